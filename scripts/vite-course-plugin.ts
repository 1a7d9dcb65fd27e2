import type { Plugin } from 'vite';
import MiniSearch from 'minisearch';
import { formatContentError } from '../src/model/course';
import { searchOptions, type SearchDoc } from '../src/model/search';
import { loadCourse } from './content/load-course';

const VIRTUAL_ID = 'virtual:course';
const RESOLVED_ID = '\0' + VIRTUAL_ID;
const SEARCH_ID = 'virtual:search-index';
const RESOLVED_SEARCH_ID = '\0' + SEARCH_ID;

/**
 * Serves `virtual:course`: the metadata of every chapter (frontmatter, headings, quiz fingerprints)
 * and the glossary's short definitions. Any content error fails the build with file and field named.
 */
export function coursePlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'ring-zero-course',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === SEARCH_ID) return RESOLVED_SEARCH_ID;
      return undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID && id !== RESOLVED_SEARCH_ID) return undefined;
      const { course, errors, files, searchDocs } = await loadCourse(root);
      for (const f of files) this.addWatchFile(f);
      if (errors.length > 0) {
        this.error(`Content check failed:\n${errors.map((e) => '  ' + formatContentError(e)).join('\n')}`);
      }
      if (id === RESOLVED_SEARCH_ID) {
        // The index is built here, at build time, and loaded by the search dialog on first open.
        const index = new MiniSearch<SearchDoc>(searchOptions);
        index.addAll(searchDocs);
        return `export default ${JSON.stringify(JSON.stringify(index))};\n`;
      }
      const terms = course.glossary.map(({ id: termId, term, short }) => ({ id: termId, term, short }));
      return `export const chapters = ${JSON.stringify(course.chapters)};\nexport const glossaryTerms = ${JSON.stringify(terms)};\n`;
    },
  };
}
