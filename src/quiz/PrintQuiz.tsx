import { use } from 'react';
import { getArchitecture } from '../model/architectures';
import { findProduct } from '../model/products';
import { orderAnswer } from '../model/quiz/kinds/order';
import { seededShuffle } from '../model/quiz/random';
import type { Question } from '../model/quiz/types';
import { findLayer } from '../model/stack';
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
    case 'order':
      return (
        <p>
          Put in order, from the hardware up:{' '}
          {seededShuffle(orderAnswer(q), seed)
            .map((id) => layerLabel(q, id))
            .join(' · ')}
        </p>
      );
    case 'match':
      return (
        <p>
          Products: {q.products.map((p) => findProduct(p)?.name ?? p).join(', ')}. Approaches:{' '}
          {q.options.map((o) => getArchitecture(o).shortName).join(', ')}.
        </p>
      );
    case 'pick-layer':
      return (
        <p>
          Layers of {getArchitecture(q.architecture).shortName}:{' '}
          {getArchitecture(q.architecture)
            .layers.map((l) => l.label)
            .join(' · ')}
        </p>
      );
    default: {
      const unreachable: never = q;
      return unreachable;
    }
  }
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
            {orderAnswer(q)
              .map((id) => layerLabel(q, id))
              .join(' → ')}
          </strong>{' '}
          (from the hardware up): {q.why}
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
    case 'pick-layer':
      return (
        <p>
          <strong>{layerLabel(q, q.answer)}</strong>: {q.whyRight}
        </p>
      );
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
