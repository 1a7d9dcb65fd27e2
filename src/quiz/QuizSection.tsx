import { use, useState } from 'react';
import { useChapter } from '../lesson/ChapterContext';
import { kindOf } from '../model/quiz/kinds';
import { questionHash } from '../model/quiz/validate';
import { storageAvailable } from '../lib/storage';
import { useHydrated } from '../lib/useHydrated';
import { pruneProgress, useProgress, writeProgress } from './progress';
import { loadQuiz } from './quiz-data';
import { QuestionCard } from './QuestionCard';
import { ReturnToQuestion } from './ReturnToQuestion';

/** The self-quiz at the end of a chapter: answers are saved per chapter and survive reloads. */
export default function QuizSection() {
  const chapter = useChapter();
  const quiz = use(loadQuiz(chapter.slug));
  const hydrated = useHydrated();
  const questions = quiz.questions.map((q) => ({ q, hash: questionHash(q) }));
  const progress = pruneProgress(
    useProgress(chapter.slug),
    questions.map(({ q, hash }) => ({ id: q.id, hash })),
  );
  const [announcement, setAnnouncement] = useState('');
  // After Retry, focus goes to the first question that was reset (cards remount with the new attempt).
  const [focusId, setFocusId] = useState<string | null>(null);
  const saved = (id: string) => {
    const a = progress.answers[id];
    const q = quiz.questions.find((x) => x.id === id);
    if (!a || !q) return null;
    const response = kindOf(q).parse(q, a.response);
    return response === null ? null : { response };
  };
  const answered = questions.filter(({ q }) => saved(q.id) !== null);
  const correct = answered.filter(({ q }) => progress.answers[q.id]?.correct).length;
  const save = (answers: typeof progress.answers, attempt = progress.attempt) =>
    writeProgress(chapter.slug, { attempt, answers });
  const retryMissed = () => {
    const kept = Object.fromEntries(Object.entries(progress.answers).filter(([, a]) => a.correct));
    save(kept, progress.attempt + 1);
    setFocusId(questions.find(({ q }) => progress.answers[q.id]?.correct === false)?.q.id ?? null);
    setAnnouncement('The questions you missed are reset. Try them again.');
  };
  const startOver = () => {
    save({}, progress.attempt + 1);
    setFocusId(questions[0]?.q.id ?? null);
    setAnnouncement('All answers cleared. The quiz starts over.');
  };
  return (
    <section id="quiz" className="quiz" aria-labelledby="quiz-title" data-interactive={hydrated}>
      <h2 id="quiz-title">Self-quiz</h2>
      <p>
        {questions.length} questions. Each answer is explained as soon as you check it
        {hydrated && !storageAvailable()
          ? '. Your browser is not letting us save, so answers last until you leave.'
          : ', and your answers are saved in this browser.'}
      </p>
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
              save({ ...progress.answers, [q.id]: { hash, response, correct: grade.correct } });
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
          <button type="button" className="button" onClick={startOver} disabled={answered.length === 0}>
            Start over
          </button>
        </div>
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </div>
      <ReturnToQuestion />
    </section>
  );
}
