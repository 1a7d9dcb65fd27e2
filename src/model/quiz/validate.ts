/**
 * The content check of a chapter's quiz (build only: the browser loads src/model/quiz/question-hash.ts,
 * never this): the quiz file's schema, built from each kind's schema in the registry, and the rules no
 * schema says alone.
 */
import * as v from 'valibot';
import { architectures } from '../architectures';
import { issueMessage } from '../content-schema';
import type { ContentError } from '../course';
import { findProduct } from '../products';
import { ID_PATTERN } from '../progress';
import { buildOf, kindModels, kindSchemas, type ValidationContext } from './kinds';
import type { AuthoredQuestion } from './types';

/** Kinds a chapter's quiz mixes at least (docs/authoring.md, "Quizzes"). */
const MIN_KINDS = 2;

export function modelContext(sections: Iterable<string>): ValidationContext {
  return {
    sections: new Set(sections),
    architecture: (id) => architectures.find((a) => a.id === id),
    product: findProduct,
  };
}

const SHAPE = 'the default export must be { questions: [...] }';

/**
 * A quiz file as authored (content/*.quiz.ts): a list of questions, each of one of the kinds in the
 * registry (src/model/quiz/kinds), told apart by `kind`; a kind is registered there once.
 */
const quizFileSchema = v.object(
  {
    questions: v.array(
      v.variant('kind', kindSchemas(), (issue) =>
        issue.path
          ? `"${String(issue.input)}" is not a question kind (${Object.keys(kindModels).join(', ')})`
          : 'is not an object',
      ),
      SHAPE,
    ),
  },
  SHAPE,
);

/** Where in a question an issue is, as authors read it: `choices[1].why`, `why.xen` ('' for the question itself). */
function fieldIn(path: readonly v.IssuePathItem[]): string {
  return path
    .map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`))
    .join('')
    .replace(/^\./, '');
}

/**
 * Validate a chapter's quiz as authored, before the build derives anything (a `derived` field is not
 * one an author writes): the file against its schema, then what no schema says alone
 * (the number of questions and kinds, unique ids, sections of this chapter, each kind's `check` against
 * the model, explanations that do not open with a verdict). Every message names the file, the question
 * and the field, so a broken quiz fails the build with something a writer can act on. A question that
 * does not have its kind's shape reports that alone; its kind's checks run once it does.
 */
export function validateQuiz(file: string, data: unknown, ctx: ValidationContext, minQuestions = 8): ContentError[] {
  const parsed = v.safeParse(quizFileSchema, data);
  const issues = parsed.issues ?? [];
  const questions = (data as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(questions) || issues.some((i) => (i.path?.length ?? 0) < 2))
    return [{ file, field: 'questions', message: SHAPE }];
  const errors: ContentError[] = [];
  if (questions.length < minQuestions)
    errors.push({
      file,
      field: 'questions',
      message: `has ${questions.length} questions; at least ${minQuestions} are needed`,
    });
  // A quiz of one kind tests recall of one form; docs/authoring.md asks for at least two.
  const kinds = new Set(questions.map((q: unknown) => (q as { kind?: unknown } | null)?.kind).filter(Boolean));
  if (questions.length > 0 && kinds.size < MIN_KINDS)
    errors.push({
      file,
      field: 'questions',
      message: `every question is of kind ${[...kinds].map((k) => `"${String(k)}"`).join('') || 'none'}; use at least ${MIN_KINDS} kinds`,
    });
  const ids = new Set<string>();
  questions.forEach((raw: unknown, i) => {
    const q = raw as AuthoredQuestion;
    const where = `questions[${i}]${typeof q?.id === 'string' ? ` (${q.id})` : ''}`;
    const err = (field: string, message: string) =>
      errors.push({ file, field: field ? `${where}.${field}` : where, message });
    const own = issues.filter((issue) => issue.path?.[1]?.key === i);
    for (const issue of own) err(fieldIn(issue.path?.slice(2) ?? []), issueMessage(issue, quizFileSchema));
    if (typeof q?.id === 'string' && ID_PATTERN.test(q.id)) {
      if (ids.has(q.id)) err('id', `"${q.id}" is used by another question`);
      ids.add(q.id);
    }
    if (typeof q?.section === 'string' && !ctx.sections.has(q.section))
      err('section', `"${q.section}" is not a section of this chapter`);
    // The kind's checks and the explanations need the question's shape (valibot's "typed").
    if (own.some((issue) => issue.kind === 'schema')) return;
    for (const [field, message] of buildOf(q).check(q, ctx)) err(field, message);
    for (const [field, text] of buildOf(q).explanations(q))
      if (VERDICT.test(text))
        err(field, `starts with a verdict ("${VERDICT.exec(text)?.[1] ?? ''}"): the quiz shows the verdict already`);
  });
  return errors;
}

/** An explanation that opens with the verdict the quiz already shows ("Right: Right. …"). */
const VERDICT = /^\s*(right|correct|wrong|incorrect|exactly|not quite|yes|no|true|false|partly)\s*[.:!,;—–-]/i;
