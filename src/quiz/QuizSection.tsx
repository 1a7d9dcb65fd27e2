import { use, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useChapter } from '../lib/ChapterContext';
import { legacyQuestionHash, questionHash } from '../model/quiz/question-hash';
import { clearedEntries, liveAnswers, type SavedAnswer } from '../model/progress';
import { storageState, subscribeStorageState, type StorageState } from '../lib/storage';
import { useHydrated } from '../lib/useHydrated';
import { correctIds, savedResponse } from './grade-saved';
import { updateProgress, useProgress } from './progress';
import { loadQuiz } from './quiz-data';
import { QuestionCard } from './QuestionCard';
import { ReturnToQuestion } from './ReturnToQuestion';

/** When an answer was given or cleared (called from event handlers only). */
const timeNow = () => Date.now();

function useStorageState(): StorageState {
  return useSyncExternalStore(subscribeStorageState, storageState, () => 'saved');
}

/**
 * The self-quiz at the end of a chapter, under its heading (see QuizIsland): answers are saved per
 * chapter and survive reloads.
 */
export default function QuizSection() {
  const chapter = useChapter();
  const quiz = use(loadQuiz(chapter.slug));
  const hydrated = useHydrated();
  const storage = useStorageState();
  const questions = quiz.questions.map((q) => ({ q, hash: questionHash(q) }));
  const progress = useProgress(chapter.slug);
  const live = liveAnswers(
    progress,
    quiz.questions.map((q) => ({ id: q.id, hash: questionHash(q), legacy: legacyQuestionHash(q) })),
  );
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [undo, setUndo] = useState<{ text: string; restore: Record<string, SavedAnswer>; at: number } | null>(null);
  const [lastStorage, setLastStorage] = useState(storage);
  const [recovered, setRecovered] = useState(false);
  if (lastStorage !== storage) {
    setLastStorage(storage);
    setRecovered(lastStorage === 'failing' && storage === 'saved');
  }
  const keepButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) keepButton.current?.focus();
  }, [confirming]);

  // After Retry, focus goes to the first question that was reset (cards remount with the new attempt).
  const [focusId, setFocusId] = useState<string | null>(null);
  const saved = (id: string) => {
    const q = quiz.questions.find((x) => x.id === id);
    return q ? savedResponse(q, live[id]) : null;
  };
  const answered = questions.filter(({ q }) => saved(q.id) !== null);
  const right = correctIds(quiz, live);
  const correct = answered.filter(({ q }) => right.has(q.id)).length;

  /** Clear some answers (as markers with a time, so a merge does not bring them back), with an undo. */
  const clear = (ids: string[], text: string, done: string) => {
    const now = timeNow();
    const restore = Object.fromEntries(ids.flatMap((id) => (live[id] ? [[id, live[id]]] : [])));
    updateProgress(chapter.slug, { answers: clearedEntries(restore, now), attempt: progress.attempt + 1 });
    setUndo({ text, restore, at: now });
    // Focus goes to the first question that was reset (cards remount with the new attempt).
    setFocusId(questions.find(({ q }) => Object.hasOwn(restore, q.id))?.q.id ?? null);
    setAnnouncement(done);
  };
  const retryMissed = () =>
    clear(
      answered.filter(({ q }) => !right.has(q.id)).map(({ q }) => q.id),
      'The questions you missed are reset.',
      'The questions you missed are reset. Try them again.',
    );
  const startOver = () => {
    setConfirming(false);
    clear(
      Object.keys(live),
      'All answers cleared.',
      'All answers cleared. The quiz starts over. Undo brings them back.',
    );
  };
  const undoLast = () => {
    if (!undo) return;
    const at = Math.max(timeNow(), undo.at + 1);
    const answers = Object.fromEntries(Object.entries(undo.restore).map(([id, a]) => [id, { ...a, at }]));
    updateProgress(chapter.slug, { answers, attempt: progress.attempt + 1 });
    setUndo(null);
    setAnnouncement('Your answers are back.');
  };

  return (
    <div className="quiz-body" data-interactive={hydrated}>
      <p>
        {questions.length} questions. Each answer is explained as soon as you check it
        {!hydrated || storage === 'saved'
          ? ', and your answers are saved in this browser.'
          : storage === 'unavailable'
            ? '. Your browser is not letting us save, so answers last until you leave.'
            : '. Your answers are not being saved right now (see below).'}
      </p>
      {hydrated && storage === 'failing' ? (
        <div className="error-box storage-alert" role="alert">
          <p>
            <strong>Your latest answers could not be saved:</strong> this browser&rsquo;s storage for this site is full.
            They are kept only while this page is open, so closing or reloading it would lose them. Free some space (for
            example, remove other data this site&rsquo;s address holds); they are saved as soon as there is room.
          </p>
        </div>
      ) : null}
      {hydrated && recovered && storage === 'saved' ? (
        <p className="transfer-ok" role="status">
          Your answers are saved again.
        </p>
      ) : null}
      <ol className="questions">
        {questions.map(({ q, hash }, i) => (
          <QuestionCard
            key={`${q.id}:${progress.attempt}`}
            chapter={chapter}
            question={q}
            index={i}
            seed={`${chapter.slug}:${q.id}:${progress.attempt}`}
            saved={saved(q.id)}
            focusOnMount={focusId === q.id}
            onCheck={(response, grade) => {
              setUndo(null);
              updateProgress(chapter.slug, { answers: { [q.id]: { hash, response, at: timeNow() } } });
              setAnnouncement(
                `Question ${i + 1}: ${grade.correct ? 'correct' : 'not correct'}. The explanation is shown below it.`,
              );
            }}
          />
        ))}
      </ol>
      <div className="quiz-summary">
        <p className="score" aria-live="polite">
          Score: {correct} of {questions.length}
          {answered.length < questions.length ? ` (${questions.length - answered.length} not answered yet)` : ''}
        </p>
        <div className="quiz-actions">
          <button type="button" className="button" onClick={retryMissed} disabled={answered.length === correct}>
            Retry the ones I missed
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setConfirming(true)}
            disabled={answered.length === 0}
            aria-expanded={confirming}
          >
            Start over
          </button>
        </div>
        {confirming ? (
          <div className="quiz-confirm" role="group" aria-labelledby="quiz-confirm-text">
            <p id="quiz-confirm-text">
              Clear all {answered.length} of your answers in this chapter? You can undo this right after.
            </p>
            <button type="button" className="button" onClick={startOver}>
              Clear my answers
            </button>{' '}
            <button type="button" className="button" ref={keepButton} onClick={() => setConfirming(false)}>
              Keep them
            </button>
          </div>
        ) : null}
        {undo ? (
          <p className="quiz-undo">
            {undo.text}{' '}
            <button type="button" className="button" onClick={undoLast}>
              Undo
            </button>
          </p>
        ) : null}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </div>
      <ReturnToQuestion />
    </div>
  );
}
