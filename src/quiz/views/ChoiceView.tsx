import { seededShuffle } from '../../model/quiz/random';
import type { MultipleChoiceQuestion, SingleChoiceQuestion } from '../../model/quiz/types';
import { MarkStandIn } from '../../lib/StandIn';
import type { ViewProps } from './types';

export function SingleChoiceView({
  question,
  response,
  onChange,
  grade,
  seed,
  idBase,
  live,
}: ViewProps<SingleChoiceQuestion, string | null>) {
  const choices = seededShuffle(question.choices, seed);
  return (
    <ul className="choices">
      {choices.map((c) => {
        const chosen = response === c.id;
        const show = grade !== null && (chosen || c.correct);
        return (
          <li key={c.id} className={show ? (c.correct ? 'is-right' : 'is-wrong') : undefined}>
            <label>
              {live ? (
                <input
                  type="radio"
                  name={idBase}
                  value={c.id}
                  checked={chosen}
                  disabled={grade !== null}
                  onChange={() => onChange(c.id)}
                />
              ) : (
                <MarkStandIn round />
              )}
              <span>{c.text}</span>
            </label>
            {show ? (
              <p className="choice-why">
                <strong>{c.correct ? 'Right: ' : 'Not quite: '}</strong>
                {c.why}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

export function MultipleChoiceView({
  question,
  response,
  onChange,
  grade,
  seed,
  live,
}: ViewProps<MultipleChoiceQuestion, string[]>) {
  const choices = seededShuffle(question.choices, seed);
  const toggle = (id: string) => onChange(response.includes(id) ? response.filter((x) => x !== id) : [...response, id]);
  return (
    <ul className="choices">
      {choices.map((c) => {
        const chosen = response.includes(c.id);
        const right = grade?.parts?.[c.id];
        return (
          <li key={c.id} className={grade === null ? undefined : right ? 'is-right' : 'is-wrong'}>
            <label>
              {live ? (
                <input type="checkbox" checked={chosen} disabled={grade !== null} onChange={() => toggle(c.id)} />
              ) : (
                <MarkStandIn round={false} />
              )}
              <span>{c.text}</span>
            </label>
            {grade !== null ? (
              <p className="choice-why">
                <strong>
                  {c.correct ? 'Should be selected' : 'Should not be selected'}
                  {right ? ' (you got this one): ' : ' (you missed this one): '}
                </strong>
                {c.why}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
