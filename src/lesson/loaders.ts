import { use, type ComponentType } from 'react';
import type { MDXComponents } from 'mdx/types';
import { chapters } from '../lib/course';
import { NO_OUTLINE, type ChapterEntry, type ChapterSummary, type LessonDetails } from '../model/course';

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

const withOutline = new Map<string, ChapterSummary>();

/**
 * The chapter with its outline (sections, deep dives, diagrams), which travels in the lesson's chunk:
 * suspends until that chunk is in (at once when it already is). One object per chapter, so memoized
 * children do not re-render. A chapter without a lesson file has an empty outline.
 */
export function useLessonChapter(entry: ChapterEntry): ChapterSummary {
  const known = withOutline.get(entry.slug);
  if (known) return known;
  const lesson = loadLesson(entry.slug);
  const outline = lesson ? use(lesson).details.outline : NO_OUTLINE;
  const chapter: ChapterSummary = { ...entry, ...outline };
  withOutline.set(entry.slug, chapter);
  return chapter;
}
