import type { ComponentType } from 'react';
import type { QuestionOf, ResponseOf } from '../../model/quiz/kinds';
import type { Question, QuestionKind } from '../../model/quiz/types';
import { MultipleChoiceView, SingleChoiceView } from './ChoiceView';
import { MatchView } from './MatchView';
import { OrderView } from './OrderView';
import { PickLayerView } from './PickLayerView';
import { PredictPathView } from './PredictPathView';
import { TrueFalseView } from './TrueFalseView';
import type { PrintViews, ViewProps } from './types';

interface KindViews<K extends QuestionKind> {
  /** The interactive question in a chapter's quiz. */
  readonly Response: ComponentType<ViewProps<QuestionOf<K>, ResponseOf<K>>>;
  /** Its prompt and answer on paper, loaded only when a print page asks (not with a chapter). */
  readonly print: () => Promise<PrintViews<QuestionOf<K>>>;
}

const onPaper = () => import('./print');

/**
 * The views of every question kind, beside the models in src/model/quiz/kinds: keyed by every kind,
 * so a kind without views, or a view for another kind's question or response, fails `tsc`.
 */
export const kindViews: { readonly [K in QuestionKind]: KindViews<K> } = {
  single: { Response: SingleChoiceView, print: () => onPaper().then((m) => m.choicePrint) },
  multiple: { Response: MultipleChoiceView, print: () => onPaper().then((m) => m.choicePrint) },
  'true-false': { Response: TrueFalseView, print: () => onPaper().then((m) => m.trueFalsePrint) },
  order: { Response: OrderView, print: () => onPaper().then((m) => m.orderPrint) },
  match: { Response: MatchView, print: () => onPaper().then((m) => m.matchPrint) },
  'pick-layer': { Response: PickLayerView, print: () => onPaper().then((m) => m.pickLayerPrint) },
  'predict-path': { Response: PredictPathView, print: () => onPaper().then((m) => m.predictPathPrint) },
};

/** A question's interactive view. */
export function QuestionView(props: ViewProps<Question, unknown>) {
  // Each kind's response was produced by that kind's own model (initial/parse), so erasing it holds.
  const View = kindViews[props.question.kind].Response as ComponentType<ViewProps<Question, unknown>>;
  return <View {...props} />;
}
