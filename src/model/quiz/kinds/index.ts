import type { Question, QuestionKind } from '../types';
import { multipleChoice, singleChoice } from './choice';
import { matchProducts } from './match';
import { orderLayers } from './order';
import { pickLayer } from './pick-layer';
import type { KindModel } from './shared';
import { trueFalse } from './true-false';

export type { Grade, KindModel, ValidationContext } from './shared';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own response type
type KindTable = { [K in QuestionKind]: KindModel<Extract<Question, { kind: K }>, any> };

/** The one registry of question kinds: adding a kind is one module plus one line here. */
export const kindModels = {
  single: singleChoice,
  multiple: multipleChoice,
  'true-false': trueFalse,
  order: orderLayers,
  match: matchProducts,
  'pick-layer': pickLayer,
} as const satisfies KindTable;

/** Look up a question's kind table with the response type erased, for code that handles every kind alike. */
export function kindOf(q: Question): KindModel<Question, unknown> {
  return kindModels[q.kind] as unknown as KindModel<Question, unknown>;
}
