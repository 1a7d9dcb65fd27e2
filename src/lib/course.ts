import * as course from 'virtual:course';
import type { ChapterEntry } from '../model/course';

/** Every chapter's entry, in course order, made at build time from content/. */
export const chapters = course.chapters as readonly ChapterEntry[];

export function chapterBySlug(slug: string | undefined): ChapterEntry | undefined {
  return chapters.find((c) => c.slug === slug);
}

export function neighbours(slug: string): { prev?: ChapterEntry; next?: ChapterEntry } {
  const i = chapters.findIndex((c) => c.slug === slug);
  return { prev: i > 0 ? chapters[i - 1] : undefined, next: i >= 0 ? chapters[i + 1] : undefined };
}
