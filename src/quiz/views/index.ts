import type { ComponentType } from 'react';
import type { Question, QuestionKind } from '../../model/quiz/types';
import { MultipleChoiceView, SingleChoiceView } from './ChoiceView';
import { MatchView } from './MatchView';
import { OrderView } from './OrderView';
import { PickLayerView } from './PickLayerView';
import { TrueFalseView } from './TrueFalseView';
import type { ViewProps } from './types';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each kind has its own response type
type ViewTable = { [K in QuestionKind]: ComponentType<ViewProps<Extract<Question, { kind: K }>, any>> };

/** One view per question kind, mirroring the kind models in src/model/quiz/kinds. */
export const questionViews = {
  single: SingleChoiceView,
  multiple: MultipleChoiceView,
  'true-false': TrueFalseView,
  order: OrderView,
  match: MatchView,
  'pick-layer': PickLayerView,
} as const satisfies ViewTable;

export function viewOf(q: Question): ComponentType<ViewProps<Question, unknown>> {
  return questionViews[q.kind] as unknown as ComponentType<ViewProps<Question, unknown>>;
}
