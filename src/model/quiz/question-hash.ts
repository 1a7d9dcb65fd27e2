/**
 * The fingerprints that key a learner's saved answers to the questions they answer. The browser loads
 * this (src/quiz/QuizSection.tsx) and the build writes the same fingerprints into the course
 * (scripts/content/load-course.ts).
 */
import { fingerprint } from './random';
import type { Question } from './types';

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
