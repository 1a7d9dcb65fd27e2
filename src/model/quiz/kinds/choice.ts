import type { Choice, MultipleChoiceQuestion, SingleChoiceQuestion } from '../types';
import { nonEmpty, texts, type KindBuild, type KindModel } from './shared';

function validateChoices(choices: readonly Choice[], single: boolean): [string, string][] {
  const problems: [string, string][] = [];
  if (!Array.isArray(choices) || choices.length < 2) return [['choices', 'needs at least two choices']];
  const ids = new Set<string>();
  choices.forEach((c, i) => {
    if (!nonEmpty(c.id)) problems.push([`choices[${i}].id`, 'missing']);
    else if (ids.has(c.id)) problems.push([`choices[${i}].id`, `"${c.id}" is used twice`]);
    ids.add(c.id);
    if (!nonEmpty(c.text)) problems.push([`choices[${i}].text`, 'missing']);
    if (!nonEmpty(c.why))
      problems.push([`choices[${i}].why`, 'missing: every choice explains why it is right or wrong']);
    if (typeof c.correct !== 'boolean') problems.push([`choices[${i}].correct`, 'must be true or false']);
  });
  const correct = choices.filter((c) => c.correct === true).length;
  if (correct === 0) problems.push(['choices', 'no choice is marked correct']);
  if (single && correct > 1) problems.push(['choices', `a single-choice question has ${correct} correct choices`]);
  return problems;
}

export const singleChoice: KindModel<SingleChoiceQuestion, string | null> = {
  kind: 'single',
  label: 'Choose one',
  initial: () => null,
  answered: (_q, r) => r !== null,
  grade: (q, r) => ({ correct: q.choices.some((c) => c.id === r && c.correct) }),
  validate: (q) => validateChoices(q.choices, true),
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
  validate: (q) => validateChoices(q.choices, false),
  parse: (q, v) =>
    Array.isArray(v) && v.every((id) => typeof id === 'string' && q.choices.some((c) => c.id === id))
      ? [...new Set(v as string[])]
      : null,
};

export const choiceBuild: KindBuild<SingleChoiceQuestion | MultipleChoiceQuestion> = {
  explanations: (q) =>
    (Array.isArray(q.choices) ? (q.choices as Partial<Choice>[]) : []).flatMap((c, i) =>
      texts(`choices[${i}].why`, c?.why),
    ),
  export: (q) => ({
    shape: 'choice',
    multiple: q.kind === 'multiple',
    options: q.choices.map((c) => ({ text: c.text, correct: c.correct, feedback: c.why })),
  }),
};
