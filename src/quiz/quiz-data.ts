import { chapters } from '../lib/course';
import type { Quiz } from '../model/quiz/types';

const quizModules = import.meta.glob<{ default: Quiz }>('/content/*.quiz.ts');

type Tracked<T> = Promise<T> & { status?: 'fulfilled'; value?: T };
const cache = new Map<string, Tracked<Quiz>>();

/** The quiz of a chapter, loaded once as its own chunk; the promise is stable for React's use(). */
export function loadQuiz(slug: string): Promise<Quiz> {
  const hit = cache.get(slug);
  if (hit) return hit;
  const chapter = chapters.find((c) => c.slug === slug);
  const load = chapter ? quizModules[chapter.file.replace(/\.mdx$/, '.quiz.ts')] : undefined;
  const promise: Tracked<Quiz> = load
    ? load().then((m) => m.default)
    : Promise.reject(new Error(`No quiz file for chapter "${slug}"`));
  void promise.then(
    (value) => {
      promise.status = 'fulfilled';
      promise.value = value;
    },
    () => undefined,
  );
  cache.set(slug, promise);
  return promise;
}
