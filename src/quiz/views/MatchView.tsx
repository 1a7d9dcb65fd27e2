import { getArchitecture } from '../../model/architectures';
import type { MatchResponse } from '../../model/quiz/kinds/match';
import { matchAnswer } from '../../model/quiz/kinds/match';
import { findProduct } from '../../model/products';
import type { MatchProductsQuestion } from '../../model/quiz/types';
import type { ArchitectureId } from '../../model/types';
import { SelectStandIn } from '../../lib/StandIn';
import type { ViewProps } from './types';

const NONE = 'Choose an approach…';

export function MatchView({
  question,
  response,
  onChange,
  grade,
  idBase,
  live,
}: ViewProps<MatchProductsQuestion, MatchResponse>) {
  return (
    <ul className="match-list">
      {question.products.map((p) => {
        const product = findProduct(p);
        const right = grade?.parts?.[p];
        const answer = matchAnswer(p);
        return (
          <li key={p} className={right === undefined ? undefined : right ? 'is-right' : 'is-wrong'}>
            {live ? (
              <>
                <label htmlFor={`${idBase}-${p}`}>{product?.name ?? p}</label>
                <select
                  id={`${idBase}-${p}`}
                  value={response[p] ?? ''}
                  disabled={grade !== null}
                  onChange={(e) => onChange({ ...response, [p]: e.target.value as ArchitectureId | '' })}
                >
                  <option value="">{NONE}</option>
                  {question.options.map((o) => (
                    <option key={o} value={o}>
                      {getArchitecture(o).shortName}
                    </option>
                  ))}
                </select>
              </>
            ) : (
              <>
                <span>{product?.name ?? p}</span>
                <SelectStandIn text={response[p] ? getArchitecture(response[p]).shortName : NONE} />
              </>
            )}
            {grade ? (
              <p className="choice-why">
                <strong>
                  {right ? 'Right: ' : `Not quite, it is ${answer ? getArchitecture(answer).shortName : '?'}: `}
                </strong>
                {question.why[p]}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
