import { useSyncExternalStore } from 'react';
import { AppLink } from '../lib/AppLink';
import { readProgress, subscribe } from '../quiz/progress';
import { chapterStatus } from '../model/progress';
import { chapters } from './course';

/** The chapter the learner last worked on, if its quiz is not finished; else the first untouched one. */
function continueTarget(): string | null {
  let latest: { slug: string; updated: number } | null = null;
  for (const c of chapters) {
    const p = readProgress(c.slug);
    if (p.updated > 0 && (!latest || p.updated > latest.updated)) latest = { slug: c.slug, updated: p.updated };
  }
  if (!latest) return null;
  const last = chapters.find((c) => c.slug === latest.slug);
  if (last && chapterStatus(readProgress(last.slug), last.quiz).kind !== 'done') return last.slug;
  const untouched = chapters.find((c) => chapterStatus(readProgress(c.slug), c.quiz).kind !== 'done');
  return untouched?.slug ?? null;
}

export function ContinueCard() {
  const slug = useSyncExternalStore(subscribe, continueTarget, () => null);
  const chapter = chapters.find((c) => c.slug === slug);
  if (!chapter) return null;
  return (
    <AppLink className="button" to={`/${chapter.slug}`}>
      Continue where you left off: {chapter.title}
    </AppLink>
  );
}
