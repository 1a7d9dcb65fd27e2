import type { TrueFalseQuestion } from '../../model/quiz/types';
import { MarkStandIn } from '../../lib/StandIn';
import type { ViewProps } from './types';

export function TrueFalseView({
  question,
  response,
  onChange,
  grade,
  idBase,
  live,
}: ViewProps<TrueFalseQuestion, boolean | null>) {
  const options = [
    { value: true, label: 'True' },
    { value: false, label: 'False' },
  ];
  return (
    <ul className="choices true-false">
      {options.map((o) => {
        const chosen = response === o.value;
        return (
          <li
            key={o.label}
            className={grade !== null && chosen ? (grade.correct ? 'is-right' : 'is-wrong') : undefined}
          >
            <label>
              {live ? (
                <input
                  type="radio"
                  name={idBase}
                  checked={chosen}
                  disabled={grade !== null}
                  onChange={() => onChange(o.value)}
                />
              ) : (
                <MarkStandIn round />
              )}
              <span>{o.label}</span>
            </label>
          </li>
        );
      })}
      {grade !== null && response !== null ? (
        <li className="choice-why-row">
          <p className="choice-why">
            <strong>{grade.correct ? 'Right: ' : `Not quite, it is ${question.answer ? 'true' : 'false'}: `}</strong>
            {response ? question.whyTrue : question.whyFalse}
          </p>
        </li>
      ) : null}
    </ul>
  );
}
