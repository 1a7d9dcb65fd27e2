import { useEffect } from 'react';
import { useHydrated } from '../lib/useHydrated';
import type { ChapterEntry } from '../model/course';
import { useLessonChapter } from './loaders';
import { noteReading, readReading } from './reading-store';
import { useActiveSection } from '../lib/useActiveSection';

/** Saves the section being read, as it changes, for "Continue where you left off" and read progress. */
export function ReadingTracker({ entry }: { entry: ChapterEntry }) {
  const chapter = useLessonChapter(entry);
  const ids = chapter.headings.map((h) => h.id);
  const active = useActiveSection(ids);
  const hydrated = useHydrated();
  useEffect(() => {
    if (!hydrated) return;
    // Opening a chapter shows its top before any scrolling: keep the place already saved.
    if (active === null && readReading()[chapter.slug]) return;
    noteReading(chapter.slug, active, active === null ? -1 : ids.indexOf(active), ids.length);
    // ids derive from chapter; the section in view is what changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, active, chapter.slug]);
  return null;
}
