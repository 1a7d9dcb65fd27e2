import { useSyncExternalStore } from 'react';
import { readReading, subscribeReading } from '../lesson/reading-store';
import { AppLink } from '../lib/AppLink';
import { liveAnswers } from '../model/progress';
import { continueAddress, type ChapterActivity } from '../model/reading';
import { useAllFingerprints } from '../quiz/fingerprints';
import { readProgress, subscribe } from '../quiz/progress';
import { chaptersWithOutline as chapters } from '../lib/course-outline';

type Fingerprints = NonNullable<ReturnType<typeof useAllFingerprints>>;

function activity(fingerprints: Fingerprints): ChapterActivity[] {
  return chapters.map((c) => {
    const p = readProgress(c.slug);
    const questions = fingerprints[c.slug] ?? [];
    return {
      slug: c.slug,
      sections: c.headings.map((h) => h.id),
      questions: questions.map((q) => q.id),
      answered: new Set(Object.keys(liveAnswers(p, questions))),
      answeredAt: p.updated,
    };
  });
}

/** Whether this browser holds anything to continue from (reading or answers). */
function hasSavedWork(): boolean {
  return Object.keys(readReading()).length > 0 || chapters.some((c) => readProgress(c.slug).updated > 0);
}

function subscribeBoth(listener: () => void): () => void {
  const a = subscribe(listener);
  const b = subscribeReading(listener);
  return () => {
    a();
    b();
  };
}

export function ContinueCard() {
  const saved = useSyncExternalStore(subscribeBoth, hasSavedWork, () => false);
  // Where the learner left off: the latest chapter read or answered in, at its section or open question.
  const fingerprints = useAllFingerprints(saved);
  const to = useSyncExternalStore(
    subscribeBoth,
    () => (fingerprints ? continueAddress(readReading(), activity(fingerprints)) : null),
    () => null,
  );
  const chapter = to ? chapters.find((c) => to.startsWith(`/${c.slug}/`)) : undefined;
  if (!to || !chapter) return null;
  return (
    <AppLink className="button" to={to}>
      Continue where you left off: {chapter.title}
    </AppLink>
  );
}
