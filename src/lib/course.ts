import * as course from 'virtual:course';
import type { ChapterSummary } from '../model/course';

/** Every chapter's summary, in course order, made at build time from content/. */
export const chapters = course.chapters as readonly ChapterSummary[];

export function chapterBySlug(slug: string | undefined): ChapterSummary | undefined {
  return chapters.find((c) => c.slug === slug);
}

export function neighbours(slug: string): { prev?: ChapterSummary; next?: ChapterSummary } {
  const i = chapters.findIndex((c) => c.slug === slug);
  return { prev: i > 0 ? chapters[i - 1] : undefined, next: i >= 0 ? chapters[i + 1] : undefined };
}
