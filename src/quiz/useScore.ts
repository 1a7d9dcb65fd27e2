import { useEffect, useState } from 'react';
import type { SavedAnswer } from '../model/progress';
import { loadQuiz } from './quiz-data';

/**
 * How many of a chapter's saved answers are right, graded with the chapter's quiz (loaded when
 * `wanted`, as its own chunk). Null until graded.
 */
export function useScore(slug: string, live: Readonly<Record<string, SavedAnswer>>, wanted: boolean): number | null {
  const key = JSON.stringify(live);
  const [graded, setGraded] = useState<{ key: string; correct: number } | null>(null);
  useEffect(() => {
    if (!wanted) return undefined;
    let cancelled = false;
    const answers = JSON.parse(key) as Record<string, SavedAnswer>;
    void Promise.all([loadQuiz(slug), import('./grade-saved')]).then(
      ([quiz, { correctIds }]) => {
        if (!cancelled) setGraded({ key, correct: correctIds(quiz, answers).size });
      },
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [slug, key, wanted]);
  return graded?.key === key ? graded.correct : null;
}
