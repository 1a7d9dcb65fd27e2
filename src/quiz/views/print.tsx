/** Each question kind on paper: the handout's prompt and the answer key's answer (see PrintViews). */
import { getArchitecture } from '../../model/architectures';
import { findProduct } from '../../model/products';
import { directionWords, inDirection, orderAnswer, orderStart } from '../../model/quiz/kinds/order';
import { pathWhy, trapWords } from '../../model/quiz/kinds/predict-path';
import { seededShuffle } from '../../model/quiz/random';
import type {
  MatchProductsQuestion,
  MultipleChoiceQuestion,
  OrderLayersQuestion,
  PickLayerQuestion,
  PredictPathQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from '../../model/quiz/types';
import { findLayer, placeLayers, type PlacedLayer } from '../../model/stack';
import type { Architecture, ArchitectureId } from '../../model/types';
import type { PrintViews } from './types';

function layerLabel(q: { architecture: ArchitectureId }, id: string) {
  return findLayer(getArchitecture(q.architecture), id)?.label ?? id;
}

export const choicePrint: PrintViews<SingleChoiceQuestion | MultipleChoiceQuestion> = {
  Prompt: ({ q, seed }) => (
    <ol type="a">
      {seededShuffle(q.choices, seed).map((c) => (
        <li key={c.id}>{c.text}</li>
      ))}
    </ol>
  ),
  Answer: ({ q }) => (
    <ul>
      {q.choices
        .filter((c) => c.correct)
        .map((c) => (
          <li key={c.id}>
            <strong>{c.text}</strong>: {c.why}
          </li>
        ))}
    </ul>
  ),
};

export const trueFalsePrint: PrintViews<TrueFalseQuestion> = {
  Prompt: () => <p>True or false?</p>,
  Answer: ({ q }) => (
    <p>
      <strong>{q.answer ? 'True' : 'False'}</strong>: {q.answer ? q.whyTrue : q.whyFalse}
    </p>
  ),
};

export const orderPrint: PrintViews<OrderLayersQuestion> = {
  Prompt: ({ q, seed }) => {
    // Shuffled as the widget starts it: never the answer, never its exact reverse.
    const cards = orderStart(orderAnswer(q), seed);
    return (
      <>
        <ol type="A" className="print-letters">
          {cards.map((id) => (
            <li key={id}>{layerLabel(q, id)}</li>
          ))}
        </ol>
        <p className="print-answer-line">
          Write the letters in order, {directionWords[q.direction].counting}:{' '}
          {cards.map((id) => (
            <span key={id} className="answer-space" />
          ))}
        </p>
      </>
    );
  },
  Answer: ({ q }) => (
    <p>
      <strong>
        {inDirection(orderAnswer(q), q.direction)
          .map((id) => layerLabel(q, id))
          .join(' → ')}
      </strong>{' '}
      ({directionWords[q.direction].counting}): {q.why}
    </p>
  ),
};

export const matchPrint: PrintViews<MatchProductsQuestion> = {
  Prompt: ({ q }) => (
    <p>
      Products: {q.products.map((p) => findProduct(p)?.name ?? p).join(', ')}. Approaches:{' '}
      {q.options.map((o) => getArchitecture(o).shortName).join(', ')}.
    </p>
  ),
  Answer: ({ q }) => (
    <ul>
      {q.products.map((p) => {
        const product = findProduct(p);
        return (
          <li key={p}>
            <strong>
              {product?.name ?? p}: {product ? getArchitecture(product.architecture).shortName : '?'}
            </strong>
            . {q.why[p]}
          </li>
        );
      })}
    </ul>
  ),
};

/** The layers a pick-the-layer question lists, lettered from the top of the stack down, left to right. */
function printedLayers(arch: Architecture): PlacedLayer['layer'][] {
  return placeLayers(arch)
    .sort((a, b) => a.row - b.row || a.colStart - b.colStart)
    .map((p) => p.layer);
}

/** A layer's label, with its column where another layer has the same label (one QEMU per VM). */
function distinctName(arch: Architecture, layer: PlacedLayer['layer']): string {
  if (!layer.columns || arch.layers.filter((l) => l.label === layer.label).length < 2) return layer.label;
  return `${layer.label} (${layer.columns.map((c) => arch.columns.find((x) => x.id === c)?.label ?? c).join(', ')})`;
}

/** The letter of a layer in a printed list: A for the first. */
export const printLetter = (index: number) => String.fromCharCode(65 + index);

export const pickLayerPrint: PrintViews<PickLayerQuestion> = {
  Prompt: ({ q }) => {
    const arch = getArchitecture(q.architecture);
    return (
      <>
        <p>Layers of {arch.shortName}, from the top of the stack:</p>
        <ol type="A" className="print-letters">
          {printedLayers(arch).map((l) => (
            <li key={l.id}>{distinctName(arch, l)}</li>
          ))}
        </ol>
        <p className="print-answer-line">
          Letter: <span className="answer-space" />
        </p>
      </>
    );
  },
  Answer: ({ q }) => {
    const arch = getArchitecture(q.architecture);
    const letter = printLetter(printedLayers(arch).findIndex((l) => l.id === q.answer));
    return (
      <p>
        <strong>
          {letter}. {layerLabel(q, q.answer)}
        </strong>
        : {q.whyRight}
      </p>
    );
  },
};

export const predictPathPrint: PrintViews<PredictPathQuestion> = {
  Prompt: ({ q }) => (
    <>
      <p>
        Design: {q.derived.designName}. Instruction: <code>{q.instruction}</code>. Layers, from the top of the stack:
      </p>
      <ol type="A" className="print-letters">
        {q.derived.layers.map((l) => (
          <li key={l.id}>{l.text}</li>
        ))}
      </ol>
      <p className="print-answer-line">
        Letter: <span className="answer-space" /> Does it trap? yes / no
      </p>
    </>
  ),
  Answer: ({ q }) => {
    const d = q.derived;
    const index = d.layers.findIndex((l) => l.id === d.layer);
    return (
      <p>
        <strong>
          {printLetter(index)}. {d.layers[index]?.text ?? d.layer}; {trapWords(d.traps)}
        </strong>
        : {pathWhy(d)}
      </p>
    );
  },
};
