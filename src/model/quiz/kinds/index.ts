import type { Question, QuestionKind } from '../types';
import { multipleChoice, multipleChoiceBuild, singleChoice, singleChoiceBuild } from './choice';
import { matchBuild, matchProducts } from './match';
import { orderBuild, orderLayers } from './order';
import { pickLayer, pickLayerBuild } from './pick-layer';
import { predictPath, predictPathBuild } from './predict-path';
import type { KindBuild, KindModel } from './shared';
import { trueFalse, trueFalseBuild } from './true-false';

export type { Grade, KindBuild, KindModel, ValidationContext } from './shared';

/** The question of one kind. */
export type QuestionOf<K extends QuestionKind> = Extract<Question, { kind: K }>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own response type
type KindTable = { [K in QuestionKind]: KindModel<QuestionOf<K>, any> };

/**
 * The registry of question kinds: per kind, its model (this table, which the browser loads) and what
 * only the build needs (`kindBuilds`: the schema and checks of the content check, the explanations it
 * reads, the LMS export). Both are keyed by every kind, so a kind missing from either, or a module
 * registered under another kind, fails `tsc`. The views are registered the same way in src/quiz/views.
 */
export const kindModels = {
  single: singleChoice,
  multiple: multipleChoice,
  'true-false': trueFalse,
  order: orderLayers,
  match: matchProducts,
  'pick-layer': pickLayer,
  'predict-path': predictPath,
} as const satisfies KindTable;

/** The learner's response to a question of kind K (what is saved). */
export type ResponseOf<K extends QuestionKind> = ReturnType<(typeof kindModels)[K]['initial']>;

/** Look up a question's kind table with the response type erased, for code that handles every kind alike. */
export function kindOf(q: Question): KindModel<Question, unknown> {
  return kindModels[q.kind] as unknown as KindModel<Question, unknown>;
}

const kindBuilds: { readonly [K in QuestionKind]: KindBuild<QuestionOf<K>> } = {
  single: singleChoiceBuild,
  multiple: multipleChoiceBuild,
  'true-false': trueFalseBuild,
  order: orderBuild,
  match: matchBuild,
  'pick-layer': pickLayerBuild,
  'predict-path': predictPathBuild,
};

/** The kinds' schemas, for the quiz file's schema (src/model/quiz/validate.ts) to tell them apart by `kind`. */
export function kindSchemas(): KindBuild<Question>['schema'][] {
  return Object.values(kindBuilds).map((b) => b.schema as KindBuild<Question>['schema']);
}

/** A question's build-time methods, with its type erased for code that handles every kind alike. */
export function buildOf(q: { readonly kind: QuestionKind }): KindBuild<Question> {
  return kindBuilds[q.kind] as KindBuild<Question>;
}
