import type { Plugin } from 'vite';
import { formatContentError } from '../src/model/course';
import { loadCourse } from './content/load-course';

const VIRTUAL_ID = 'virtual:course';
const RESOLVED_ID = '\0' + VIRTUAL_ID;

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
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const { course, errors, files } = await loadCourse(root);
      for (const f of files) this.addWatchFile(f);
      if (errors.length > 0) {
        this.error(`Content check failed:\n${errors.map((e) => '  ' + formatContentError(e)).join('\n')}`);
      }
      const terms = course.glossary.map(({ id: termId, term, short }) => ({ id: termId, term, short }));
      return `export const chapters = ${JSON.stringify(course.chapters)};\nexport const glossaryTerms = ${JSON.stringify(terms)};\n`;
    },
  };
}
