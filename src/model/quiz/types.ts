/**
 * The question types, inferred from each kind's schema (src/model/quiz/kinds/<kind>.ts), where every
 * authored field is declared and documented once. Types only: the schemas stay in the build.
 */
import type * as v from 'valibot';
import type { multipleChoiceSchema, singleChoiceSchema } from './kinds/choice';
import type { matchSchema } from './kinds/match';
import type { orderSchema } from './kinds/order';
import type { pickLayerSchema } from './kinds/pick-layer';
import type { predictPathSchema } from './kinds/predict-path';
import type { trueFalseSchema } from './kinds/true-false';

/** A schema's output as the app reads it: every field, list and record read-only. */
type Frozen<T> = T extends readonly (infer U)[]
  ? readonly Frozen<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;

export type SingleChoiceQuestion = Frozen<v.InferOutput<typeof singleChoiceSchema>>;
export type MultipleChoiceQuestion = Frozen<v.InferOutput<typeof multipleChoiceSchema>>;
export type Choice = SingleChoiceQuestion['choices'][number];
export type TrueFalseQuestion = Frozen<v.InferOutput<typeof trueFalseSchema>>;
export type OrderLayersQuestion = Frozen<v.InferOutput<typeof orderSchema>>;
export type OrderDirection = OrderLayersQuestion['direction'];
export type MatchProductsQuestion = Frozen<v.InferOutput<typeof matchSchema>>;
export type PickLayerQuestion = Frozen<v.InferOutput<typeof pickLayerSchema>>;
export type PredictPathQuestion = Frozen<v.InferOutput<typeof predictPathSchema>> & {
  /** The machine's answer, filled in by the build (src/model/quiz/derive.ts); authors leave it out. */
  readonly derived: PathDerived;
};

/** What running the instruction on the machine says, stored with the quiz so chapters load no machine code. */
export interface PathDerived {
  readonly designName: string;
  /** The layers a learner chooses from, in the design's stack order (top first). */
  readonly layers: readonly { readonly id: string; readonly text: string }[];
  /** The layer that runs the instruction. */
  readonly from: string;
  /** The layer that handles it first, and whether control leaves `from` to get there. */
  readonly layer: string;
  readonly traps: boolean;
  /** The run of the instruction, one sentence per event ("<layer>: <why>"). */
  readonly why: readonly string[];
}

export type Question =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | OrderLayersQuestion
  | MatchProductsQuestion
  | PickLayerQuestion
  | PredictPathQuestion;

export type QuestionKind = Question['kind'];

/** A question as its author writes it: without what the build derives. */
export type AuthoredQuestion = Question extends infer Q
  ? Q extends { derived: unknown }
    ? Omit<Q, 'derived'>
    : Q
  : never;

/** A chapter's quiz file as written (content/*.quiz.ts), the shape src/model/quiz/validate.ts checks. */
export interface QuizFile {
  readonly questions: readonly AuthoredQuestion[];
}

/** A chapter's quiz as the course loads it: the file with what the build derives filled in. */
export interface Quiz {
  readonly questions: readonly Question[];
}
