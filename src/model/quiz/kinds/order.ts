import * as v from 'valibot';
import { architectureIds, getArchitecture } from '../../architectures';
import { filled } from '../../content-schema';
import { columnStack } from '../../stack';
import { seededShuffle } from '../random';
import type { OrderDirection, OrderLayersQuestion } from '../types';
import { layerName } from '../export-shape';
import { questionSchema, texts, type KindBuild, type KindModel } from './shared';

const DIRECTIONS = ['hardware-up', 'top-down'] as const;

export const orderSchema = questionSchema('order', {
  architecture: v.picklist(architectureIds, (issue) => `"${String(issue.input)}" is not an architecture`),
  /** Which column of the stack to build (e.g. "g1"); the answer is that column from the hardware up. */
  column: filled('missing'),
  /**
   * Which way the learner lists the layers, and so which way the widget shows them: `hardware-up`
   * (first card is the hardware) or `top-down` (first card is the top of the stack). The prompt must
   * say the same ("from the hardware up" / "from the top down"); the build checks it.
   */
  direction: v.picklist(DIRECTIONS, `must be ${DIRECTIONS.join(' or ')}`),
  why: filled('missing'),
});

/** The right answer, from the model: the column's layers from the hardware up. */
export function orderAnswer(q: OrderLayersQuestion): string[] {
  return columnStack(getArchitecture(q.architecture), q.column).map((l) => l.id);
}

/** A hardware-up list shown the way the question asks for it (the widget, the handout). */
export function inDirection<T>(hardwareUp: readonly T[], direction: OrderDirection): T[] {
  return direction === 'hardware-up' ? [...hardwareUp] : [...hardwareUp].reverse();
}

/** How a learner reads the list: the words the prompt must contain, and what the first card is. */
export const directionWords: Record<OrderDirection, { prompt: RegExp; first: string; counting: string }> = {
  'hardware-up': { prompt: /from the hardware up/i, first: 'the hardware', counting: 'counting from the hardware' },
  'top-down': { prompt: /from the top down/i, first: 'the top of the stack', counting: 'counting from the top' },
};

function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

/**
 * A starting arrangement that is neither the answer nor its exact reverse (a learner who lists the
 * other way round must not be handed the answer either). Needs three or more layers, which the
 * content check enforces: swapping the first two cards of either order gives one that is neither.
 */
export function orderStart(answer: readonly string[], seed: string): string[] {
  const shuffled = seededShuffle(answer, seed);
  const reverse = [...answer].reverse();
  if (!sameOrder(shuffled, answer) && !sameOrder(shuffled, reverse)) return shuffled;
  const [a, b, ...rest] = shuffled;
  return a === undefined || b === undefined ? shuffled : [b, a, ...rest];
}

export const orderLayers: KindModel<OrderLayersQuestion, string[]> = {
  kind: 'order',
  label: 'Order the layers',
  initial: (q, seed) => orderStart(orderAnswer(q), seed),
  answered: () => true,
  grade: (q, r) => {
    const answer = orderAnswer(q);
    const parts = Object.fromEntries(answer.map((id, i) => [id, r[i] === id]));
    return { correct: sameOrder(r, answer), parts };
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

export const orderBuild: KindBuild<OrderLayersQuestion> = {
  schema: orderSchema,
  check: (q, ctx) => {
    const problems: [string, string][] = [];
    const arch = ctx.architecture(q.architecture);
    if (!arch?.columns.some((c) => c.id === q.column))
      problems.push(['column', `"${q.column}" is not a column of ${q.architecture}`]);
    else if (columnStack(arch, q.column).length < 3)
      problems.push(['column', `"${q.column}" has fewer than three layers: nothing to put in order`]);
    const other = q.direction === 'hardware-up' ? 'top-down' : 'hardware-up';
    if (!directionWords[q.direction].prompt.test(q.prompt) || directionWords[other].prompt.test(q.prompt))
      problems.push([
        'prompt',
        `must say "${q.direction === 'hardware-up' ? 'from the hardware up' : 'from the top down'}" (direction is ${q.direction}), so the prompt and the widget agree`,
      ]);
    return problems;
  },
  explanations: (q) => texts('why', q.why),
  export: (q) => {
    const arch = getArchitecture(q.architecture);
    const items = inDirection(orderAnswer(q), q.direction).map((id) => layerName(arch, id));
    return { shape: 'order', items, firstItem: directionWords[q.direction].first, why: q.why };
  },
};
