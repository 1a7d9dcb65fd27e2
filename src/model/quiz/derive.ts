/**
 * What the build fills in before a quiz reaches the course: answers computed by code the chapters must
 * not load. A predict-the-path question is answered by running its instruction on the machine
 * (`predictPath`), so its answer and explanation are the sandbox's own trace. Runs in the build only
 * (the content check, the Vite plugin, the LMS export), never in the browser.
 */
import type { ContentError } from '../course';
import { getDesign, isDesignId } from '../machine/designs';
import { pathOptions, predictPath } from '../machine/predict';
import type { AuthoredQuestion, PathDerived, PredictPathQuestion, Question } from './types';

type Authored<Q extends Question> = Extract<AuthoredQuestion, { kind: Q['kind'] }>;

/** The machine's answer to a predict-the-path question, or what is wrong with it as [field, message]. */
export function derivePath(q: Authored<PredictPathQuestion>): PathDerived | [string, string] {
  const design: unknown = q.design;
  if (!isDesignId(design)) return ['design', `"${String(design)}" is not a design of the machine`];
  const answer = typeof q.instruction === 'string' ? predictPath(design, q.instruction) : null;
  if (!answer) return ['instruction', `"${String(q.instruction)}" is not one instruction the machine can run`];
  const layers = pathOptions(design).map((l) => ({ id: l.id, text: l.label }));
  if (!layers.some((l) => l.id === answer.layer))
    return ['instruction', `the machine handles it in "${answer.layer}", which is not among the layers offered`];
  return {
    designName: getDesign(design).name,
    layers,
    from: answer.from,
    layer: answer.layer,
    traps: answer.traps,
    why: answer.explanation,
  };
}

/**
 * A quiz file as the course loads it: every question that derives its answer gets it, and any whose
 * instruction the machine cannot run fails the content check with the file, the question and the field
 * named (validateQuiz checks the rest of its shape).
 */
export function deriveQuiz(file: string, data: unknown): { quiz: unknown; errors: ContentError[] } {
  const questions = (data as { questions?: unknown } | null)?.questions;
  if (!Array.isArray(questions)) return { quiz: data, errors: [] };
  const errors: ContentError[] = [];
  const derived = questions.map((raw: unknown, i) => {
    const q = raw as AuthoredQuestion | null;
    // A design that is not one, or no instruction, is the schema's to report (src/model/quiz/validate.ts).
    if (
      q?.kind !== 'predict-path' ||
      !isDesignId(q.design) ||
      typeof q.instruction !== 'string' ||
      !q.instruction.trim()
    )
      return raw;
    const result = derivePath(q);
    if (!Array.isArray(result)) return { ...q, derived: result };
    errors.push({
      file,
      field: `questions[${i}]${typeof q.id === 'string' ? ` (${q.id})` : ''}.${result[0]}`,
      message: result[1],
    });
    return raw;
  });
  return { quiz: { ...(data as object), questions: derived }, errors };
}
