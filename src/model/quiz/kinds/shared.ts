import * as v from 'valibot';
import { filled } from '../../content-schema';
import { ID_PATTERN } from '../../progress';
import type { Architecture, Product } from '../../types';
import type { KindExport } from '../export-shape';
import type { AuthoredQuestion, Question } from '../types';

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
  /** Accept a saved response only if it has this kind's shape and fits the question. */
  parse(q: Q, value: unknown): R | null;
}

/** A question of Q's kind as its author writes it: without what the build derives. */
type Authored<Q extends Question> = Extract<AuthoredQuestion, { kind: Q['kind'] }>;

/** A kind's schema: an object schema (so the quiz file's `v.variant` can tell the kinds apart) of its authored fields. */
type KindSchema<Q extends Question> = v.VariantOptions<'kind'>[number] & v.GenericSchema<unknown, Authored<Q>>;

/** What only the build and the LMS scripts need of a kind, kept out of the chapters' bundle. */
export interface KindBuild<Q extends Question> {
  /**
   * The kind's fields as authored: the content check parses every question against it, and
   * src/model/quiz/types.ts infers the kind's type from it.
   */
  readonly schema: KindSchema<Q>;
  /**
   * What the schema cannot say alone, run on a question it accepted: rules that need the chapter's
   * model (layers, columns, products) or that compare fields, as [field, message] pairs.
   */
  check(q: Authored<Q>, ctx: ValidationContext): [string, string][];
  /** Every explanation a learner may read, as [field, text] pairs (the content check reads them). */
  explanations(q: Authored<Q>): [string, string][];
  /** The question as one of the shapes the LMS formats carry. */
  readonly export: KindExport<Q>;
}

const ID = 'must be lowercase letters, digits and dashes';

/**
 * A kind's schema: the fields every question has (`kind`, `id`, `prompt`, `section`), then the kind's
 * own. A field the kind does not declare is refused, so a misspelt optional field (`whyLayers`) is not
 * silently ignored.
 */
// Marked pure, as valibot marks its own functions, so that a chapter's bundle drops the schemas (only the build uses them).
/* @__NO_SIDE_EFFECTS__ */
export function questionSchema<K extends string, E extends v.ObjectEntries>(kind: K, entries: E) {
  return v.strictObject(
    {
      kind: v.literal(kind),
      /** Unique within the chapter; used in URLs (#q-<id>) and saved answers. Lowercase, digits, dashes. */
      id: v.pipe(v.string(ID), v.regex(ID_PATTERN, ID)),
      prompt: filled('missing'),
      /** The id of the section (h2/h3 slug) in the same chapter that teaches this. */
      section: v.string((issue) => `"${String(issue.input)}" is not a section of this chapter`),
      ...entries,
    },
    (issue) => (issue.expected === 'never' ? `is not a field of a ${kind} question` : `must be a ${kind} question`),
  );
}

/** The [field, text] pairs of an explanation field and of a record of them (`why.<key>`). */
export function texts(field: string, value: string | Readonly<Record<string, string>> | undefined): [string, string][] {
  if (typeof value === 'string') return [[field, value]];
  return Object.entries(value ?? {}).map(([k, text]) => [`${field}.${k}`, text]);
}
