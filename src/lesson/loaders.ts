import type { ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import { chapters } from '../lib/course';
import type { LessonDetails } from '../model/course';

type LessonComponent = ComponentType<{ components?: MDXComponents }>;

/** A compiled lesson: the MDX content plus what the build attached to it (see vite-course-plugin). */
export interface LessonModule {
  readonly default: LessonComponent;
  readonly details: LessonDetails;
}

const lessonModules = import.meta.glob<LessonModule>('/content/*.mdx');
const loaded = new Map<string, Promise<LessonModule>>();

/**
 * One chunk per lesson, loaded once and cached, so `use(loadLesson(slug))` gives the same promise on
 * every render (and in the prerender). Undefined for a chapter without a lesson file.
 */
export function loadLesson(slug: string): Promise<LessonModule> | undefined {
  const existing = loaded.get(slug);
  if (existing) return existing;
  const chapter = chapters.find((c) => c.slug === slug);
  const load = chapter ? lessonModules[chapter.file] : undefined;
  if (!load) return undefined;
  const promise = load();
  loaded.set(slug, promise);
  return promise;
}
