import { useReading } from '../lesson/reading-store';
import { statusLabel } from '../model/progress';
import { readPercent } from '../model/reading';
import { useChapterStatus } from '../quiz/fingerprints';

/** "Read 40% · Quiz score 3 of 11" on a home page card; nothing until the learner has started. */
export function ChapterCardProgress({ slug }: { slug: string }) {
  const reading = useReading()[slug];
  const status = useChapterStatus(slug);
  if (!reading && status.kind === 'not-started') return null;
  const parts = [`Read ${readPercent(reading)}%`];
  if (status.kind !== 'not-started') parts.push(statusLabel(status));
  return <span className="chapter-progress">{parts.join(' · ')}</span>;
}
