import { useEffect, useRef, useState } from 'react';
import { useHydrated } from '../lib/useHydrated';
import { kindOf, type Grade } from '../model/quiz/kinds';
import type { Question } from '../model/quiz/types';
import type { ChapterSummary } from '../model/course';
import { clearDraft, readDraft, writeDraft } from './drafts';
import { QuestionView } from './views';

interface Props {
  /** The chapter's sections, to name the one a question is about. */
  readonly chapter: Pick<ChapterSummary, 'headings'>;
  readonly question: Question;
  readonly index: number;
  readonly seed: string;
  /** The checked response from saved progress, if any (already validated). */
  readonly saved: { response: unknown } | null;
  readonly onCheck: (response: unknown, grade: Grade) => void;
  /** Move focus here when the card appears (the first question reset by "Retry the ones I missed"). */
  readonly focusOnMount?: boolean;
}

export function QuestionCard({ chapter, question, index, seed, saved, onCheck, focusOnMount = false }: Props) {
  const kind = kindOf(question);
  const [initial] = useState<unknown>(() => kind.initial(question, seed));
  const [draft, setDraft] = useState<{ value: unknown } | null>(null);
  // The prerendered quiz is readable at once; its controls work once its code has loaded.
  const hydrated = useHydrated();
  // A selection not checked yet when this tab last reloaded comes back (once hydrated: the
  // prerendered card shows the initial state).
  const kept = draft === null && hydrated ? kind.parse(question, readDraft(seed)) : null;
  const response = saved ? saved.response : draft ? draft.value : (kept ?? initial);
  const change = (next: unknown) => {
    setDraft({ value: next });
    writeDraft(seed, next);
  };
  const grade = saved ? kind.grade(question, saved.response) : null;
  const idBase = `q-${question.id}`;
  const section = chapter.headings.find((h) => h.id === question.section);
  // Check answer is replaced by the verdict: focus follows it there instead of falling to the page.
  const verdictRef = useRef<HTMLDivElement>(null);
  const checkedHere = useRef(false);
  const isGraded = grade !== null;
  useEffect(() => {
    if (isGraded && checkedHere.current) {
      checkedHere.current = false;
      verdictRef.current?.focus({ preventScroll: true });
    }
  }, [isGraded]);
  const cardRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (!focusOnMount || !cardRef.current) return;
    cardRef.current.focus({ preventScroll: true });
    cardRef.current.scrollIntoView({ block: 'start' });
  }, [focusOnMount]);
  return (
    <li className="question" id={idBase} ref={cardRef} tabIndex={-1}>
      <fieldset disabled={!hydrated}>
        <legend>
          <span className="question-number">Question {index + 1}</span>
          <span className="question-kind">{kind.label}</span>
          <span className="question-prompt">{question.prompt}</span>
        </legend>
        <QuestionView
          question={question}
          response={response}
          onChange={change}
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
            onClick={() => {
              checkedHere.current = true;
              clearDraft(seed);
              onCheck(response, kind.grade(question, response));
            }}
          >
            Check answer
          </button>
        ) : (
          <div className={grade.correct ? 'verdict is-right' : 'verdict is-wrong'} ref={verdictRef} tabIndex={-1}>
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
