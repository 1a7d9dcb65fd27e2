import { useEffect, useSyncExternalStore } from 'react';
import type { QuestionFingerprint } from '../model/course';
import { chapterStatus, liveAnswers, type ChapterStatus } from '../model/progress';
import { useProgress } from './progress';
import { useScore } from './useScore';

type Fingerprints = Readonly<Record<string, readonly QuestionFingerprint[]>>;

let loaded: Fingerprints | null = null;
let loading: Promise<Fingerprints> | null = null;
const listeners = new Set<() => void>();

/**
 * Every question's fingerprints, which a saved answer must match to count (its own small chunk,
 * loaded once). Only a learner with saved answers needs them, so a first visit never downloads them.
 */
function loadFingerprints(): Promise<Fingerprints> {
  loading ??= import('virtual:quiz-fingerprints').then(
    (m) => {
      loaded = m.fingerprints as Fingerprints;
      for (const l of listeners) l();
      return loaded;
    },
    (error: unknown) => {
      loading = null; // offline or a replaced build: the next caller tries again
      throw error;
    },
  );
  return loading;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** All chapters' fingerprints, or null until loaded; `wanted` (there are saved answers) starts the load. */
export function useAllFingerprints(wanted: boolean): Fingerprints | null {
  const all = useSyncExternalStore(
    subscribe,
    () => loaded,
    () => null,
  );
  useEffect(() => {
    if (wanted && !loaded) loadFingerprints().catch(() => undefined);
  }, [wanted]);
  return all;
}

const NOT_STARTED: ChapterStatus = { kind: 'not-started' };

/**
 * A chapter's quiz status for the chapter list and the home page: from the answers saved in this
 * browser that match the current questions, graded with the current key. "Not started" while there
 * is nothing saved (and so nothing to load).
 */
export function useChapterStatus(slug: string): ChapterStatus {
  const progress = useProgress(slug);
  const all = useAllFingerprints(Object.keys(progress.answers).length > 0);
  const questions = all ? (all[slug] ?? []) : null;
  const live = questions ? liveAnswers(progress, questions) : {};
  const finished = questions !== null && questions.length > 0 && Object.keys(live).length === questions.length;
  // The score is graded from the answers and the current key, never read from storage.
  const correct = useScore(slug, live, finished);
  return questions ? chapterStatus(progress, questions, correct) : NOT_STARTED;
}
