/** Grading of the packaged quiz, by the export model's shapes, and each answer as a SCORM interaction. */
import type { ExportQuestion } from '../export-model';
import type { Interaction, Response } from './scorm-api';
import type { SavedAnswer } from './suspend';

const letter = (i: number) => String.fromCharCode(97 + i);

/** The targets a matching question offers, in a fixed order: every answer once, then the distractors. */
export function matchTargets(q: Extract<ExportQuestion, { shape: 'match' }>): string[] {
  return [...new Set([...q.pairs.map((p) => p.answer), ...q.distractors])].sort();
}

const sameList = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The answer that is right, in the saved form. */
export function correctAnswer(q: ExportQuestion): SavedAnswer {
  switch (q.shape) {
    case 'choice':
      return q.options.flatMap((o, i) => (o.correct ? [i] : []));
    case 'true-false':
      return q.answer;
    case 'match': {
      const targets = matchTargets(q);
      return q.pairs.map((p) => targets.indexOf(p.answer));
    }
    case 'order':
      return q.items.map((_, i) => i);
  }
}

export function isRight(q: ExportQuestion, answer: SavedAnswer): boolean {
  const right = correctAnswer(q);
  if (typeof right === 'boolean' || typeof answer === 'boolean') return answer === right;
  return q.shape === 'choice'
    ? sameList(
        [...answer].sort((a, b) => a - b),
        right,
      )
    : sameList(answer, right);
}

/** Is this a well-formed answer to this question (e.g. read back from suspend_data)? */
export function fits(q: ExportQuestion, answer: SavedAnswer): boolean {
  if (q.shape === 'true-false') return typeof answer === 'boolean';
  if (typeof answer === 'boolean') return false;
  switch (q.shape) {
    case 'choice':
      return answer.length > 0 && answer.every((i) => i < q.options.length) && (q.multiple || answer.length === 1);
    case 'match':
      return answer.length === q.pairs.length && answer.every((i) => i < matchTargets(q).length);
    case 'order':
      return answer.length === q.items.length && [...answer].sort((a, b) => a - b).every((x, i) => x === i);
  }
}

function asResponse(q: ExportQuestion, answer: SavedAnswer): Response {
  if (typeof answer === 'boolean') return answer;
  if (q.shape === 'match') return answer.map((t, i) => [String(i + 1), letter(t)] as const);
  return answer.map(letter);
}

export function toInteraction(q: ExportQuestion, answer: SavedAnswer): Interaction {
  const type = ({ choice: 'choice', 'true-false': 'true-false', match: 'matching', order: 'sequencing' } as const)[
    q.shape
  ];
  return {
    id: q.id,
    type,
    response: asResponse(q, answer),
    correct: asResponse(q, correctAnswer(q)),
    right: isRight(q, answer),
  };
}

/** A fixed shuffle per question (never the answer itself), so a reload shows the same starting order. */
export function startingOrder(q: Extract<ExportQuestion, { shape: 'order' }>): number[] {
  let seed = [...q.id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
  const order = q.items.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order.every((x, i) => x === i) ? order.reverse() : order;
}
