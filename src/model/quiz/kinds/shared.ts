import type { ArchitectureId, Architecture, Product } from '../../types';
import type { KindExport } from '../export-shape';
import type { Question } from '../types';

export interface ValidationContext {
  readonly sections: ReadonlySet<string>;
  readonly architecture: (id: string) => Architecture | undefined;
  readonly product: (id: string) => Product | undefined;
}

export interface Grade {
  readonly correct: boolean;
  /** For multi-part answers: which parts are right, keyed by part id. */
  readonly parts?: Readonly<Record<string, boolean>>;
}

/**
 * The method table every question kind implements (the view lives in src/quiz/).
 * R is the learner's response for that kind, the only thing that is saved.
 */
export interface KindModel<Q extends Question, R> {
  readonly kind: Q['kind'];
  readonly label: string;
  /** The response before the learner does anything; `seed` makes any shuffle repeatable. */
  initial(q: Q, seed: string): R;
  /** Is the response complete enough to check? */
  answered(q: Q, r: R): boolean;
  grade(q: Q, r: R): Grade;
  /** Problems with the question as authored, as [field, message] pairs. */
  validate(q: Q, ctx: ValidationContext): [string, string][];
  /** Accept a saved response only if it has this kind's shape and fits the question. */
  parse(q: Q, value: unknown): R | null;
}

/** What only the build and the LMS scripts need of a kind, kept out of the chapters' bundle. */
export interface KindBuild<Q extends Question> {
  /** Every explanation a learner may read, as [field, text] pairs (the content check reads them). */
  explanations(q: Q): [string, string][];
  /** The question as one of the shapes the LMS formats carry. */
  readonly export: KindExport<Q>;
}

export function nonEmpty(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

export function isArchId(ctx: ValidationContext, id: unknown): id is ArchitectureId {
  return typeof id === 'string' && ctx.architecture(id) !== undefined;
}

/** The [field, text] pairs of an explanation field and of a record of them (`why.<key>`), skipping what is not text. */
export function texts(field: string, value: unknown): [string, string][] {
  if (typeof value === 'string') return [[field, value]];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${field}.${k}`, v] as [string, string]] : [],
  );
}
