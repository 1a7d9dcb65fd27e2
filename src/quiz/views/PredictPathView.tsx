import { MarkStandIn } from '../../lib/StandIn';
import { pathWhy, trapWords, type PathResponse } from '../../model/quiz/kinds/predict-path';
import type { PredictPathQuestion } from '../../model/quiz/types';
import type { ViewProps } from './types';

/**
 * Two grouped radio sets: the layer that handles the instruction first (in the design's stack order,
 * top first) and whether it traps. The verdict says which part is right and why, from the machine's run.
 */
export function PredictPathView({
  question,
  response,
  onChange,
  grade,
  idBase,
  live,
}: ViewProps<PredictPathQuestion, PathResponse>) {
  const d = question.derived;
  const label = (id: string) => d.layers.find((l) => l.id === id)?.text ?? id;
  const radio = (name: string, checked: boolean, pick: () => void) =>
    live ? (
      <input type="radio" name={`${idBase}-${name}`} checked={checked} disabled={grade !== null} onChange={pick} />
    ) : (
      <MarkStandIn round />
    );
  return (
    <div className="predict-path">
      <p>
        Design: <strong>{d.designName}</strong>. Instruction: <code>{question.instruction}</code>
      </p>
      <fieldset className="predict-part">
        <legend>Which layer handles it first?</legend>
        <ul className="choices">
          {d.layers.map((l) => (
            <li key={l.id}>
              <label>
                {radio('layer', response.layer === l.id, () => onChange({ ...response, layer: l.id }))}
                <span>{l.text}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="predict-part">
        <legend>Does it trap (leave the layer that runs it)?</legend>
        <ul className="choices true-false">
          {[true, false].map((v) => (
            <li key={String(v)}>
              <label>
                {radio('traps', response.traps === v, () => onChange({ ...response, traps: v }))}
                <span>{v ? 'Yes, it traps' : 'No, it does not trap'}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {grade && response.layer !== null && response.traps !== null ? (
        <div className="choice-why">
          <p className={grade.parts?.layer ? 'is-right' : 'is-wrong'}>
            <strong>
              {grade.parts?.layer
                ? `Layer right: ${label(d.layer)}.`
                : `Layer not right: ${label(response.layer)} is not the first to handle it; ${label(d.layer)} is.`}
            </strong>
          </p>
          <p className={grade.parts?.traps ? 'is-right' : 'is-wrong'}>
            <strong>
              {grade.parts?.traps ? `Trap right: ${trapWords(d.traps)}.` : `Trap not right: ${trapWords(d.traps)}.`}
            </strong>
          </p>
          <p>What the machine did: {pathWhy(d)}</p>
        </div>
      ) : null}
    </div>
  );
}
