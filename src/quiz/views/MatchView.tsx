import { getArchitecture } from '../../model/architectures';
import type { MatchResponse } from '../../model/quiz/kinds/match';
import { matchAnswer } from '../../model/quiz/kinds/match';
import { findProduct } from '../../model/products';
import type { MatchProductsQuestion } from '../../model/quiz/types';
import type { ArchitectureId } from '../../model/types';
import type { ViewProps } from './types';

export function MatchView({
  question,
  response,
  onChange,
  grade,
  idBase,
}: ViewProps<MatchProductsQuestion, MatchResponse>) {
  return (
    <ul className="match-list">
      {question.products.map((p) => {
        const product = findProduct(p);
        const right = grade?.parts?.[p];
        const answer = matchAnswer(p);
        return (
          <li key={p} className={right === undefined ? undefined : right ? 'is-right' : 'is-wrong'}>
            <label htmlFor={`${idBase}-${p}`}>{product?.name ?? p}</label>
            <select
              id={`${idBase}-${p}`}
              value={response[p] ?? ''}
              disabled={grade !== null}
              onChange={(e) => onChange({ ...response, [p]: e.target.value as ArchitectureId | '' })}
            >
              <option value="">Choose an approach…</option>
              {question.options.map((o) => (
                <option key={o} value={o}>
                  {getArchitecture(o).shortName}
                </option>
              ))}
            </select>
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
