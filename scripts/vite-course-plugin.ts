import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import MiniSearch from 'minisearch';
import {
  chapterEntry,
  chapterOutline,
  formatContentError,
  lessonDetails,
  quizFingerprints,
  termIdsIn,
} from '../src/model/course';
import { searchOptions, type SearchDoc } from '../src/model/search';
import { loadCourse, loadQuizData } from './content/load-course';

const COURSE_ID = 'virtual:course';
const OUTLINE_ID = 'virtual:course-outline';
const FINGERPRINTS_ID = 'virtual:quiz-fingerprints';
const DETAILS_ID = 'virtual:course-details';
const SEARCH_ID = 'virtual:search-index';
const VIRTUAL = new Set([COURSE_ID, OUTLINE_ID, FINGERPRINTS_ID, DETAILS_ID, SEARCH_ID]);

/**
 * Serves the course data made at build time from content/, split by who needs it:
 * - `virtual:course` (main bundle): every chapter's entry (slug, title, summary, number of questions);
 * - `virtual:quiz-fingerprints`: each question's fingerprints, loaded when saved answers need checking
 *   (a first visit has none, so it never downloads them);
 * - each lesson's MDX module also exports `details` (objectives, references, the glossary terms it
 *   uses, and its outline: sections, deep dives, diagrams), so that travels with the lesson instead of
 *   with every page;
 * - `virtual:course-outline` (the home page's "continue" card and the embed page): every chapter's outline;
 * - `virtual:course-details` (the instructors' page only): everything, including quiz prompts;
 * - `virtual:search-index`: the prebuilt MiniSearch index, loaded when search first opens.
 * Any content error fails the build with file and field named.
 */
export function coursePlugin(): Plugin {
  let root = process.cwd();
  let loading: ReturnType<typeof loadCourse> | null = null;
  const load = () => (loading ??= loadCourse(root));
  return {
    name: 'ring-zero-course',
    configResolved(config) {
      root = config.root;
    },
    watchChange() {
      loading = null;
    },
    resolveId(id) {
      return VIRTUAL.has(id) ? '\0' + id : undefined;
    },
    async load(id) {
      if (/[\\/]content[\\/][^\\/]+\.quiz\.ts$/.test(id)) {
        // A chapter's quiz reaches the browser as data, with the answers the build derives (from the
        // machine, for predict-the-path questions) filled in: chapters load no machine code.
        const { quiz, errors } = await loadQuizData(id);
        if (errors.length > 0) this.error(errors.map(formatContentError).join('\n'));
        return `export default ${JSON.stringify(quiz)};\n`;
      }
      if (!id.startsWith('\0') || !VIRTUAL.has(id.slice(1))) return undefined;
      const { course, errors, files, searchDocs } = await load();
      for (const f of files) this.addWatchFile(f);
      if (errors.length > 0) {
        this.error(`Content check failed:\n${errors.map((e) => '  ' + formatContentError(e)).join('\n')}`);
      }
      if (id === '\0' + SEARCH_ID) {
        // The index is built here, at build time, and loaded by the search dialog on first open.
        const index = new MiniSearch<SearchDoc>(searchOptions);
        index.addAll(searchDocs);
        return `export default ${JSON.stringify(JSON.stringify(index))};\n`;
      }
      if (id === '\0' + DETAILS_ID) {
        return `export const chapters = ${JSON.stringify(course.chapters)};\n`;
      }
      if (id === '\0' + FINGERPRINTS_ID) {
        const fingerprints = Object.fromEntries(course.chapters.map((c) => [c.slug, quizFingerprints(c)]));
        return `export const fingerprints = ${JSON.stringify(fingerprints)};\n`;
      }
      if (id === '\0' + OUTLINE_ID) {
        const outlines = Object.fromEntries(course.chapters.map((c) => [c.slug, chapterOutline(c)]));
        return `export const outlines = ${JSON.stringify(outlines)};\n`;
      }
      return `export const chapters = ${JSON.stringify(course.chapters.map(chapterEntry))};\n`;
    },
    async transform(code, id) {
      if (!id.endsWith('.mdx')) return undefined;
      const file =
        '/' +
        path
          .relative(root, id.split('?')[0] ?? id)
          .split(path.sep)
          .join('/');
      const { course } = await load();
      const chapter = course.chapters.find((c) => c.file === file);
      if (!chapter) return undefined;
      const details = lessonDetails(chapter, termIdsIn(await readFile(id, 'utf8')), course.glossary);
      return { code: `${code}\nexport const details = ${JSON.stringify(details)};\n`, map: null };
    },
  };
}
