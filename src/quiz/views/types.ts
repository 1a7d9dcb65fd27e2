import type { ReactNode } from 'react';
import type { Grade } from '../../model/quiz/kinds';
import type { Question } from '../../model/quiz/types';

export interface ViewProps<Q extends Question, R> {
  readonly question: Q;
  readonly response: R;
  readonly onChange: (r: R) => void;
  /** The grade once checked; the view then shows feedback and locks. */
  readonly grade: Grade | null;
  /** Seeds the shuffle of choices for this attempt. */
  readonly seed: string;
  /** Prefix for element ids inside this question. */
  readonly idBase: string;
  /**
   * False in the prerendered card, until its code has loaded: form fields are drawn as stand-ins
   * (src/lib/StandIn.tsx) in the same place and size, then replaced by the working fields.
   */
  readonly live: boolean;
}

/** A kind's question on paper (the print handout and its answer key); loaded only by the print page. */
export interface PrintViews<Q extends Question> {
  /** What the learner is asked, with no answer given away; `seed` is the widget's first shuffle. */
  readonly Prompt: (props: { readonly q: Q; readonly seed: string }) => ReactNode;
  /** The answer and why, for the answer key. */
  readonly Answer: (props: { readonly q: Q }) => ReactNode;
}
