import { useReading } from '../lesson/reading-store';
import type { ChapterSummary } from '../model/course';
import { chapterStatus, liveAnswers, statusLabel } from '../model/progress';
import { readPercent } from '../model/reading';
import { useProgress } from '../quiz/progress';
import { useScore } from '../quiz/useScore';

/** "Read 40% · Quiz score 3 of 11" on a home page card; nothing until the learner has started. */
export function ChapterCardProgress({ chapter }: { chapter: Pick<ChapterSummary, 'slug' | 'quiz'> }) {
  const reading = useReading()[chapter.slug];
  const progress = useProgress(chapter.slug);
  const live = liveAnswers(progress, chapter.quiz);
  const finished = Object.keys(live).length === chapter.quiz.length && chapter.quiz.length > 0;
  // The score is graded from the answers and the current key, as in the sidebar.
  const status = chapterStatus(progress, chapter.quiz, useScore(chapter.slug, live, finished));
  if (!reading && status.kind === 'not-started') return null;
  const parts = [`Read ${readPercent(reading)}%`];
  if (status.kind !== 'not-started') parts.push(statusLabel(status));
  return <span className="chapter-progress">{parts.join(' · ')}</span>;
}
