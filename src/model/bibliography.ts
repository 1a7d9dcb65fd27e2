import type { ContentError, Reference } from './course';

/**
 * One source of the course, kept once in content/bibliography.ts. Chapters cite it by key in their
 * frontmatter (`references: [- xen03]`), so every chapter prints the same authors, title and year.
 */
export interface Source {
  /** Lowercase letters, digits and dashes; the chapter's `<Cite id="…" />` uses it. */
  readonly key: string;
  /** As printed: "P. Barham, B. Dragovic and K. Fraser", or the organisation behind a document. */
  readonly authors: string;
  readonly title: string;
  /** Journal, conference, report series or website, with volume and pages where known. */
  readonly venue: string;
  /** Year of publication; for a living document (web page, manual), the year it was read. */
  readonly year: number;
  /** True for documents that change between releases: printed as "as of <year>". */
  readonly living?: boolean;
  /** https:// address or DOI link. */
  readonly url?: string;
}

const SOURCE_KEY_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The text a chapter's reference list shows for a source. */
export function formatSource(s: Source): string {
  const title = /[.?!]$/.test(s.title) ? s.title : `${s.title}.`;
  const when = s.living ? `as of ${s.year}` : String(s.year);
  return `${s.authors}. "${title}" ${s.venue}, ${when}.`;
}

export function sourceToReference(s: Source): Reference {
  return s.url === undefined ? { id: s.key, text: formatSource(s) } : { id: s.key, text: formatSource(s), url: s.url };
}

function text(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

/** Check the bibliography's entries; returns the usable ones by key and every problem, by entry. */
export function checkBibliography(
  file: string,
  data: unknown,
): { sources: ReadonlyMap<string, Source>; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const sources = new Map<string, Source>();
  if (!Array.isArray(data))
    return { sources, errors: [{ file, field: 'default export', message: 'must be an array of sources' }] };
  data.forEach((raw: unknown, i) => {
    const s = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Source, unknown>>;
    const where = `[${i}]${text(s.key) ? ` (${s.key})` : ''}`;
    const before = errors.length;
    const err = (field: string, message: string) => errors.push({ file, field: `${where}.${field}`, message });
    if (!text(s.key)) err('key', 'missing');
    else if (!SOURCE_KEY_PATTERN.test(s.key)) err('key', `"${s.key}" must be lowercase letters, digits and dashes`);
    else if (sources.has(s.key)) err('key', `"${s.key}" is listed twice`);
    for (const field of ['authors', 'title', 'venue'] as const) if (!text(s[field])) err(field, 'missing');
    if (typeof s.year !== 'number' || !Number.isInteger(s.year) || s.year < 1900 || s.year > 2100)
      err('year', 'must be a four-digit year');
    if (s.url !== undefined && !(typeof s.url === 'string' && /^https:\/\/\S+$/.test(s.url)))
      err('url', 'must be an https:// address');
    if (errors.length === before && text(s.key)) sources.set(s.key, s as Source);
  });
  return { sources, errors };
}
