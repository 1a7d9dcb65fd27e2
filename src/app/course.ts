import { chapters, glossaryTerms } from 'virtual:course';
import type { ChapterMeta } from '../model/course';

export { chapters, glossaryTerms };

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
