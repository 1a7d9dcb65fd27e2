import { use } from 'react';
import { getArchitecture } from '../model/architectures';
import { findProduct } from '../model/products';
import { directionWords, inDirection, orderAnswer, orderStart } from '../model/quiz/kinds/order';
import { seededShuffle } from '../model/quiz/random';
import type { Question } from '../model/quiz/types';
import { findLayer, placeLayers, type PlacedLayer } from '../model/stack';
import type { Architecture } from '../model/types';
import type { ChapterSummary } from '../model/course';
import { loadQuiz } from './quiz-data';

function layerLabel(q: { architecture: Parameters<typeof getArchitecture>[0] }, id: string) {
  return findLayer(getArchitecture(q.architecture), id)?.label ?? id;
}

/** What the learner is asked, with no answer given away. */
function Prompt({ q, seed }: { q: Question; seed: string }) {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return (
        <ol type="a">
          {seededShuffle(q.choices, seed).map((c) => (
            <li key={c.id}>{c.text}</li>
          ))}
        </ol>
      );
    case 'true-false':
      return <p>True or false?</p>;
    case 'order': {
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
    }
    case 'match':
      return (
        <p>
          Products: {q.products.map((p) => findProduct(p)?.name ?? p).join(', ')}. Approaches:{' '}
          {q.options.map((o) => getArchitecture(o).shortName).join(', ')}.
        </p>
      );
    case 'pick-layer': {
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
    }
    default: {
      const unreachable: never = q;
      return unreachable;
    }
  }
}

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

/** The answer and why, for the answer key. */
function Answer({ q }: { q: Question }) {
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return (
        <ul>
          {q.choices
            .filter((c) => c.correct)
            .map((c) => (
              <li key={c.id}>
                <strong>{c.text}</strong>: {c.why}
              </li>
            ))}
        </ul>
      );
    case 'true-false':
      return (
        <p>
          <strong>{q.answer ? 'True' : 'False'}</strong>: {q.answer ? q.whyTrue : q.whyFalse}
        </p>
      );
    case 'order':
      return (
        <p>
          <strong>
            {inDirection(orderAnswer(q), q.direction)
              .map((id) => layerLabel(q, id))
              .join(' → ')}
          </strong>{' '}
          ({directionWords[q.direction].counting}): {q.why}
        </p>
      );
    case 'match':
      return (
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
      );
    case 'pick-layer': {
      const arch = getArchitecture(q.architecture);
      const letter = String.fromCharCode(65 + printedLayers(arch).findIndex((l) => l.id === q.answer));
      return (
        <p>
          <strong>
            {letter}. {layerLabel(q, q.answer)}
          </strong>
          : {q.whyRight}
        </p>
      );
    }
    default: {
      const unreachable: never = q;
      return unreachable;
    }
  }
}

export default function PrintQuiz({ chapter, answers }: { chapter: ChapterSummary; answers: boolean }) {
  const quiz = use(loadQuiz(chapter.slug));
  return (
    <section id="quiz" aria-labelledby="print-quiz-title">
      <h2 id="print-quiz-title">{answers ? 'Answer key' : 'Self-quiz'}</h2>
      <ol className="print-questions">
        {quiz.questions.map((q) => (
          <li key={q.id} id={`q-${q.id}`}>
            <p className="question-prompt">{q.prompt}</p>
            {answers ? <Answer q={q} /> : <Prompt q={q} seed={`${chapter.slug}:${q.id}:0`} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
