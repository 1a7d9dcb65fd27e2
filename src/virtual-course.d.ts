declare module 'virtual:course' {
  import type { ChapterMeta } from './model/course';
  export const chapters: readonly ChapterMeta[];
  export const glossaryTerms: readonly { id: string; term: string; short: string }[];
}
