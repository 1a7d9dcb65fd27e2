import * as v from 'valibot';
import { filled } from '../../content-schema';
import type { Choice, MultipleChoiceQuestion, SingleChoiceQuestion } from '../types';
import { questionSchema, texts, type KindBuild, type KindModel } from './shared';

const ChoiceSchema = v.strictObject(
  {
    /** Names the choice in saved answers: to change what a choice means, give it a new id. */
    id: filled('missing'),
    text: filled('missing'),
    correct: v.boolean('must be true or false'),
    /** Why this choice is right, or the misconception behind it. */
    why: filled('missing: every choice explains why it is right or wrong'),
  },
  (issue) =>
    issue.expected === 'never' ? 'is not a field of a choice' : 'must be a choice { id, text, correct, why }',
);

const TOO_FEW = 'needs at least two choices';

/** The choices of a question, at least one of them right (and, for a single choice, only one). */
function choicesSchema(single: boolean) {
  return v.pipe(
    v.array(ChoiceSchema, TOO_FEW),
    v.minLength(2, TOO_FEW),
    v.check((cs) => cs.some((c) => c.correct), 'no choice is marked correct'),
    v.check(
      (cs) => !single || cs.filter((c) => c.correct).length <= 1,
      (issue) => `a single-choice question has ${issue.input.filter((c) => c.correct).length} correct choices`,
    ),
  );
}

export const singleChoiceSchema = questionSchema('single', { choices: choicesSchema(true) });
export const multipleChoiceSchema = questionSchema('multiple', { choices: choicesSchema(false) });

export const singleChoice: KindModel<SingleChoiceQuestion, string | null> = {
  kind: 'single',
  label: 'Choose one',
  initial: () => null,
  answered: (_q, r) => r !== null,
  grade: (q, r) => ({ correct: q.choices.some((c) => c.id === r && c.correct) }),
  parse: (q, v) => (typeof v === 'string' && q.choices.some((c) => c.id === v) ? v : null),
};

export const multipleChoice: KindModel<MultipleChoiceQuestion, string[]> = {
  kind: 'multiple',
  label: 'Choose all that apply',
  initial: () => [],
  answered: (_q, r) => r.length > 0,
  grade: (q, r) => {
    const chosen = new Set(r);
    const parts = Object.fromEntries(q.choices.map((c) => [c.id, chosen.has(c.id) === c.correct]));
    return { correct: Object.values(parts).every(Boolean), parts };
  },
  parse: (q, v) =>
    Array.isArray(v) && v.every((id) => typeof id === 'string' && q.choices.some((c) => c.id === id))
      ? [...new Set(v as string[])]
      : null,
};

/** Saved answers name choices by id, so no two choices of a question share one. */
function uniqueChoiceIds(choices: readonly Choice[]): [string, string][] {
  const seen = new Set<string>();
  return choices.flatMap((c, i): [string, string][] => {
    const twice = seen.has(c.id);
    seen.add(c.id);
    return twice ? [[`choices[${i}].id`, `"${c.id}" is used twice`]] : [];
  });
}

const choiceMethods: Omit<KindBuild<SingleChoiceQuestion | MultipleChoiceQuestion>, 'schema'> = {
  check: (q) => uniqueChoiceIds(q.choices),
  explanations: (q) => q.choices.flatMap((c, i) => texts(`choices[${i}].why`, c.why)),
  export: (q) => ({
    shape: 'choice',
    multiple: q.kind === 'multiple',
    options: q.choices.map((c) => ({ text: c.text, correct: c.correct, feedback: c.why })),
  }),
};

export const singleChoiceBuild: KindBuild<SingleChoiceQuestion> = { ...choiceMethods, schema: singleChoiceSchema };
export const multipleChoiceBuild: KindBuild<MultipleChoiceQuestion> = {
  ...choiceMethods,
  schema: multipleChoiceSchema,
};
