import { architectures } from '../architectures';
import type { ContentError } from '../course';
import { findProduct } from '../products';
import { buildOf, kindModels, kindOf, type ValidationContext } from './kinds';
import { fingerprint } from './random';
import type { Question } from './types';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Kinds a chapter's quiz mixes at least (docs/authoring.md, "Quizzes"). */
const MIN_KINDS = 2;

export function modelContext(sections: Iterable<string>): ValidationContext {
  return {
    sections: new Set(sections),
    architecture: (id) => architectures.find((a) => a.id === id),
    product: findProduct,
  };
}

/** Fields that explain or locate a question but never decide which answer is right. */
const PROSE = (key: string) => key === 'prompt' || key === 'section' || key === 'text' || key.startsWith('why');

/**
 * What decides correctness: the question without its prompt, section, choice wording and explanations
 * (ids, kinds, choices' right/wrong flags, answers, layers, products). To change what a choice means,
 * give it a new id.
 */
export function answerKey(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(answerKey);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => !PROSE(k))
      .map(([k, v]) => [k, answerKey(v)]),
  );
}

/**
 * The fingerprint that keys saved answers. It covers only the answer key, so a typo fix in a prompt or
 * an explanation keeps every learner's answer; a changed key makes old answers to it stop counting.
 */
export function questionHash(q: Question): string {
  return 'k' + fingerprint(answerKey(q));
}

/** The fingerprint builds before 2026-12 saved answers under (the whole question): still accepted. */
export function legacyQuestionHash(q: Question): string {
  return fingerprint(q);
}

/**
 * Validate a chapter's quiz as authored. Every message names the file, the question and the field,
 * so a broken quiz fails the build with something a writer can act on.
 */
export function validateQuiz(file: string, data: unknown, ctx: ValidationContext, minQuestions = 8): ContentError[] {
  const errors: ContentError[] = [];
  const questions = (data as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(questions)) {
    return [{ file, field: 'questions', message: 'the default export must be { questions: [...] }' }];
  }
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
    const q = raw as Question;
    const where = `questions[${i}]${typeof q?.id === 'string' ? ` (${q.id})` : ''}`;
    const err = (field: string, message: string) => errors.push({ file, field: `${where}.${field}`, message });
    if (typeof q !== 'object' || q === null) return err('', 'is not an object');
    if (typeof q.id !== 'string' || !ID_PATTERN.test(q.id)) err('id', 'must be lowercase letters, digits and dashes');
    else if (ids.has(q.id)) err('id', `"${q.id}" is used by another question`);
    ids.add(q.id);
    if (typeof q.prompt !== 'string' || q.prompt.trim() === '') err('prompt', 'missing');
    if (typeof q.section !== 'string' || !ctx.sections.has(q.section))
      err('section', `"${String(q.section)}" is not a section of this chapter`);
    if (!Object.hasOwn(kindModels, q.kind))
      return err('kind', `"${String(q.kind)}" is not a question kind (${Object.keys(kindModels).join(', ')})`);
    for (const [field, message] of kindOf(q).validate(q, ctx)) err(field, message);
    for (const [field, text] of buildOf(q).explanations(q))
      if (VERDICT.test(text))
        err(field, `starts with a verdict ("${VERDICT.exec(text)?.[1] ?? ''}"): the quiz shows the verdict already`);
  });
  return errors;
}

/** An explanation that opens with the verdict the quiz already shows ("Right: Right. …"). */
const VERDICT = /^\s*(right|correct|wrong|incorrect|exactly|not quite|yes|no|true|false|partly)\s*[.:!,;—–-]/i;
