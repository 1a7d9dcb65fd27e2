declare module 'virtual:course' {
  import type { ChapterMeta } from './model/course';
  export const chapters: readonly ChapterMeta[];
  export const glossaryTerms: readonly { id: string; term: string; short: string }[];
}

declare module 'virtual:search-index' {
  /** A serialized MiniSearch index (load with MiniSearch.loadJSON and searchOptions). */
  const index: string;
  export default index;
}
