import type { Question } from '../../model/quiz/types';
import { MultipleChoiceView, SingleChoiceView } from './ChoiceView';
import { MatchView } from './MatchView';
import { OrderView } from './OrderView';
import { PickLayerView } from './PickLayerView';
import { TrueFalseView } from './TrueFalseView';
import type { ViewProps } from './types';
import type { MatchResponse } from '../../model/quiz/kinds/match';

/** One view per question kind, mirroring the kind models in src/model/quiz/kinds. */
export function QuestionView(props: ViewProps<Question, unknown>) {
  const { question } = props;
  // Each kind's response was produced by that kind's own model (initial/parse), so the casts hold.
  switch (question.kind) {
    case 'single':
      return <SingleChoiceView {...(props as ViewProps<typeof question, string | null>)} question={question} />;
    case 'multiple':
      return <MultipleChoiceView {...(props as ViewProps<typeof question, string[]>)} question={question} />;
    case 'true-false':
      return <TrueFalseView {...(props as ViewProps<typeof question, boolean | null>)} question={question} />;
    case 'order':
      return <OrderView {...(props as ViewProps<typeof question, string[]>)} question={question} />;
    case 'match':
      return <MatchView {...(props as ViewProps<typeof question, MatchResponse>)} question={question} />;
    case 'pick-layer':
      return <PickLayerView {...(props as ViewProps<typeof question, string | null>)} question={question} />;
    default: {
      const unreachable: never = question;
      return unreachable;
    }
  }
}
