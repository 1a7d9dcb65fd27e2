import { useState } from 'react';
import { useHydrated } from '../lib/useHydrated';
import { kindOf, type Grade } from '../model/quiz/kinds';
import type { Question } from '../model/quiz/types';
import type { ChapterSummary } from '../model/course';
import { QuestionView } from './views';

interface Props {
  readonly chapter: ChapterSummary;
  readonly question: Question;
  readonly index: number;
  readonly seed: string;
  /** The checked response from saved progress, if any (already validated). */
  readonly saved: { response: unknown } | null;
  readonly onCheck: (response: unknown, grade: Grade) => void;
}

export function QuestionCard({ chapter, question, index, seed, saved, onCheck }: Props) {
  const kind = kindOf(question);
  const [draft, setDraft] = useState<unknown>(() => kind.initial(question, seed));
  const response = saved ? saved.response : draft;
  const grade = saved ? kind.grade(question, saved.response) : null;
  const idBase = `q-${question.id}`;
  const section = chapter.headings.find((h) => h.id === question.section);
  // The prerendered quiz is readable at once; its controls work once its code has loaded.
  const hydrated = useHydrated();
  return (
    <li className="question" id={idBase}>
      <fieldset disabled={!hydrated}>
        <legend>
          <span className="question-number">Question {index + 1}</span>
          <span className="question-kind">{kind.label}</span>
          <span className="question-prompt">{question.prompt}</span>
        </legend>
        <QuestionView
          question={question}
          response={response}
          onChange={setDraft}
          grade={grade}
          seed={seed}
          idBase={idBase}
          live={hydrated}
        />
        {grade === null ? (
          <button
            type="button"
            className="button primary check-button"
            disabled={!kind.answered(question, response)}
            onClick={() => onCheck(response, kind.grade(question, response))}
          >
            Check answer
          </button>
        ) : (
          <div className={grade.correct ? 'verdict is-right' : 'verdict is-wrong'}>
            <p>
              <strong>{grade.correct ? 'Correct.' : 'Not correct yet.'}</strong>{' '}
              {section ? (
                <a href={`#${section.id}`} data-return-to={idBase}>
                  {grade.correct ? 'Read more' : 'Review'}: {section.text}
                </a>
              ) : null}
            </p>
          </div>
        )}
      </fieldset>
    </li>
  );
}
