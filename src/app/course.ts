import * as course from 'virtual:course';
import type { ChapterMeta } from '../model/course';

/** Every chapter's metadata, in course order, made at build time from content/. */
export const chapters: readonly ChapterMeta[] = course.chapters;
export const glossaryTerms: readonly { id: string; term: string; short: string }[] = course.glossaryTerms;

export function chapterBySlug(slug: string | undefined): ChapterMeta | undefined {
  return chapters.find((c) => c.slug === slug);
}

export function neighbours(slug: string): { prev?: ChapterMeta; next?: ChapterMeta } {
  const i = chapters.findIndex((c) => c.slug === slug);
  return { prev: i > 0 ? chapters[i - 1] : undefined, next: i >= 0 ? chapters[i + 1] : undefined };
}

export function glossaryTerm(id: string) {
  return glossaryTerms.find((t) => t.id === id);
}
