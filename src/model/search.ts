/**
 * Search settings shared by the build (which makes the index) and the browser (which loads it):
 * MiniSearch needs the same options on both sides.
 */
export interface SearchDoc {
  readonly id: string;
  readonly kind: 'section' | 'glossary' | 'quiz';
  /** Chapter title (or "Glossary"). */
  readonly chapter: string;
  /** Section, term or question title. */
  readonly title: string;
  /** App path with hash, e.g. "/hypervisors#paravirtualization". */
  readonly href: string;
  readonly text: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;

/** Words, plus hyphenated words joined up, so "hyperv" finds "Hyper-V" and "dom0" stays one word. */
function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    out.push(...word.split(/[-']/));
    if (/[-']/.test(word)) out.push(word.replace(/[-']/g, ''));
  }
  return out;
}

export const searchOptions = {
  fields: ['title', 'text', 'chapter'],
  storeFields: ['kind', 'chapter', 'title', 'href', 'text'],
  tokenize,
  processTerm: (term: string) => term.toLowerCase(),
  searchOptions: {
    prefix: true,
    fuzzy: 0.2,
    boost: { title: 3, chapter: 0.5 },
    combineWith: 'AND' as const,
  },
};

/** A short excerpt of `text` around the first word that matches one of `terms`. */
export function snippet(
  text: string,
  terms: readonly string[],
  radius = 90,
): { before: string; match: string; after: string } {
  const lower = text.toLowerCase();
  let at = -1;
  let length = 0;
  for (const t of terms) {
    const i = lower.indexOf(t.toLowerCase());
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
      length = t.length;
    }
  }
  if (at < 0)
    return { before: text.slice(0, radius * 2) + (text.length > radius * 2 ? '…' : ''), match: '', after: '' };
  const start = Math.max(0, at - radius);
  const end = Math.min(text.length, at + length + radius);
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, at),
    match: text.slice(at, at + length),
    after: text.slice(at + length, end) + (end < text.length ? '…' : ''),
  };
}
