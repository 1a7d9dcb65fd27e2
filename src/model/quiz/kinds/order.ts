import { getArchitecture } from '../../architectures';
import { columnStack } from '../../stack';
import { seededShuffle } from '../random';
import type { OrderLayersQuestion } from '../types';
import { isArchId, nonEmpty, type KindModel } from './shared';

/** The right answer, from the model: the column's layers from the hardware up. */
export function orderAnswer(q: OrderLayersQuestion): string[] {
  return columnStack(getArchitecture(q.architecture), q.column).map((l) => l.id);
}

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

export const orderLayers: KindModel<OrderLayersQuestion, string[]> = {
  kind: 'order',
  label: 'Order the layers',
  initial: (q, seed) => {
    const answer = orderAnswer(q);
    const shuffled = seededShuffle(answer, seed);
    // Never hand the learner a stack that is already right.
    return sameOrder(shuffled, answer) ? [...answer].reverse() : shuffled;
  },
  answered: () => true,
  grade: (q, r) => {
    const answer = orderAnswer(q);
    const parts = Object.fromEntries(answer.map((id, i) => [id, r[i] === id]));
    return { correct: sameOrder(r, answer), parts };
  },
  validate: (q, ctx) => {
    const problems: [string, string][] = [];
    if (!isArchId(ctx, q.architecture)) return [['architecture', `"${String(q.architecture)}" is not an architecture`]];
    const arch = ctx.architecture(q.architecture);
    if (!arch?.columns.some((c) => c.id === q.column))
      problems.push(['column', `"${q.column}" is not a column of ${q.architecture}`]);
    if (!nonEmpty(q.why)) problems.push(['why', 'missing']);
    return problems;
  },
  parse: (q, v) => {
    const answer = orderAnswer(q);
    return Array.isArray(v) &&
      v.every((id) => typeof id === 'string') &&
      v.length === answer.length &&
      [...v].sort().join() === [...answer].sort().join()
      ? (v as string[])
      : null;
  },
};
