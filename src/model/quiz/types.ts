import type { DesignId } from '../machine/designs';
import type { ProductId } from '../products';
import type { ArchitectureId } from '../types';

/** Fields every question has, whatever its kind. */
interface QuestionBase {
  /** Unique within the chapter; used in URLs (#q-<id>) and saved answers. Lowercase, digits, dashes. */
  readonly id: string;
  readonly prompt: string;
  /** The id of the section (h2/h3 slug) in the same chapter that teaches this. */
  readonly section: string;
}

export interface Choice {
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  /** Why this choice is right, or the misconception behind it. */
  readonly why: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
  readonly kind: 'single';
  readonly choices: readonly Choice[];
}

export interface MultipleChoiceQuestion extends QuestionBase {
  readonly kind: 'multiple';
  readonly choices: readonly Choice[];
}

export interface TrueFalseQuestion extends QuestionBase {
  readonly kind: 'true-false';
  readonly answer: boolean;
  /** Shown when the learner answers "true". */
  readonly whyTrue: string;
  /** Shown when the learner answers "false". */
  readonly whyFalse: string;
}

export interface OrderLayersQuestion extends QuestionBase {
  readonly kind: 'order';
  readonly architecture: ArchitectureId;
  /** Which column of the stack to build (e.g. "g1"); the answer is that column from the hardware up. */
  readonly column: string;
  /**
   * Which way the learner lists the layers, and so which way the widget shows them: `hardware-up`
   * (first card is the hardware) or `top-down` (first card is the top of the stack). The prompt must
   * say the same ("from the hardware up" / "from the top down"); the build checks it.
   */
  readonly direction: OrderDirection;
  readonly why: string;
}

export type OrderDirection = 'hardware-up' | 'top-down';

export interface MatchProductsQuestion extends QuestionBase {
  readonly kind: 'match';
  /** Product ids from the model; the right approach for each comes from the model. */
  readonly products: readonly ProductId[];
  /** The approaches offered for every product. Each product's own approach must be among them. */
  readonly options: readonly ArchitectureId[];
  /** Why each product belongs where it does, keyed by product id. */
  readonly why: Readonly<Record<string, string>>;
}

export interface PickLayerQuestion extends QuestionBase {
  readonly kind: 'pick-layer';
  readonly architecture: ArchitectureId;
  /** The id of the layer that answers the question. */
  readonly answer: string;
  readonly whyRight: string;
  /** Shown for any other layer unless `whyLayer` has a specific reason for it. */
  readonly whyWrong: string;
  readonly whyLayer?: Readonly<Record<string, string>>;
}

export interface PredictPathQuestion extends QuestionBase {
  readonly kind: 'predict-path';
  /** A design of the machine (src/model/machine/designs.ts). */
  readonly design: DesignId;
  /** One instruction in the machine's syntax, as a learner would type it on /machine (`popf r0`). */
  readonly instruction: string;
  /** The machine's answer, filled in by the build (src/model/quiz/derive.ts); authors leave it out. */
  readonly derived: PathDerived;
}

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

/** A chapter's quiz file as written (content/*.quiz.ts). */
export interface QuizFile {
  readonly questions: readonly AuthoredQuestion[];
}

/** A chapter's quiz as the course loads it: the file with what the build derives filled in. */
export interface Quiz {
  readonly questions: readonly Question[];
}
