import type { TrueFalseQuestion } from '../types';
import { nonEmpty, texts, type KindBuild, type KindModel } from './shared';

export const trueFalse: KindModel<TrueFalseQuestion, boolean | null> = {
  kind: 'true-false',
  label: 'True or false',
  initial: () => null,
  answered: (_q, r) => r !== null,
  grade: (q, r) => ({ correct: r === q.answer }),
  validate: (q) => {
    const problems: [string, string][] = [];
    if (typeof q.answer !== 'boolean') problems.push(['answer', 'must be true or false']);
    if (!nonEmpty(q.whyTrue)) problems.push(['whyTrue', 'missing']);
    if (!nonEmpty(q.whyFalse)) problems.push(['whyFalse', 'missing']);
    return problems;
  },
  parse: (_q, v) => (typeof v === 'boolean' ? v : null),
};

export const trueFalseBuild: KindBuild<TrueFalseQuestion> = {
  explanations: (q) => [...texts('whyTrue', q.whyTrue), ...texts('whyFalse', q.whyFalse)],
  export: (q) => ({ shape: 'true-false', answer: q.answer, whyTrue: q.whyTrue, whyFalse: q.whyFalse }),
};
