import { useSyncExternalStore } from 'react';
import { readReading, subscribeReading } from '../lesson/reading-store';
import { AppLink } from '../lib/AppLink';
import { liveAnswers } from '../model/progress';
import { continueAddress, type ChapterActivity } from '../model/reading';
import { readProgress, subscribe } from '../quiz/progress';
import { chapters } from '../lib/course';

function activity(): ChapterActivity[] {
  return chapters.map((c) => {
    const p = readProgress(c.slug);
    return {
      slug: c.slug,
      sections: c.headings.map((h) => h.id),
      questions: c.quiz.map((q) => q.id),
      answered: new Set(Object.keys(liveAnswers(p, c.quiz))),
      answeredAt: p.updated,
    };
  });
}

/** Where the learner left off: the latest chapter read or answered in, at its section or open question. */
function continueTarget(): string | null {
  return continueAddress(readReading(), activity());
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
  const to = useSyncExternalStore(subscribeBoth, continueTarget, () => null);
  const chapter = to ? chapters.find((c) => to.startsWith(`/${c.slug}/`)) : undefined;
  if (!to || !chapter) return null;
  return (
    <AppLink className="button" to={to}>
      Continue where you left off: {chapter.title}
    </AppLink>
  );
}
