// Types of the modules served by scripts/vite-course-plugin.ts. An ambient module cannot import our
// types by relative path, so the data is typed where the app takes it in (src/lib/course.ts and
// src/app/course-details.ts).
declare module 'virtual:course' {
  export const chapters: readonly unknown[];
}

declare module 'virtual:course-outline' {
  export const outlines: Readonly<Record<string, unknown>>;
}

declare module 'virtual:quiz-fingerprints' {
  export const fingerprints: Readonly<Record<string, unknown>>;
}

declare module 'virtual:course-details' {
  export const chapters: readonly unknown[];
}

declare module 'virtual:search-index' {
  /** A serialized MiniSearch index (load with MiniSearch.loadJSON and searchOptions). */
  const index: string;
  export default index;
}

declare module 'virtual:lms-downloads' {
  /** The LMS files built into lms/ (scripts/lms/main.ts); typed in src/app/LmsDownloads.tsx. */
  export const downloads: readonly unknown[];
  export const notes: unknown;
}
