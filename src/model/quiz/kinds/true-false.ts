import * as v from 'valibot';
import { filled } from '../../content-schema';
import type { TrueFalseQuestion } from '../types';
import { questionSchema, texts, type KindBuild, type KindModel } from './shared';

export const trueFalseSchema = questionSchema('true-false', {
  answer: v.boolean('must be true or false'),
  /** Shown when the learner answers "true". */
  whyTrue: filled('missing'),
  /** Shown when the learner answers "false". */
  whyFalse: filled('missing'),
});

export const trueFalse: KindModel<TrueFalseQuestion, boolean | null> = {
  kind: 'true-false',
  label: 'True or false',
  initial: () => null,
  answered: (_q, r) => r !== null,
  grade: (q, r) => ({ correct: r === q.answer }),
  parse: (_q, v) => (typeof v === 'boolean' ? v : null),
};

export const trueFalseBuild: KindBuild<TrueFalseQuestion> = {
  schema: trueFalseSchema,
  check: () => [],
  explanations: (q) => [...texts('whyTrue', q.whyTrue), ...texts('whyFalse', q.whyFalse)],
  export: (q) => ({ shape: 'true-false', answer: q.answer, whyTrue: q.whyTrue, whyFalse: q.whyFalse }),
};
