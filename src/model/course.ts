import { isArchitectureId } from './architectures';
import { sourceToReference, type Source } from './bibliography';
import { RESERVED_SLUGS } from './pages';
import type { Step } from './step';
import type { ArchitectureId } from './types';

export interface Reference {
  readonly id: string;
  readonly text: string;
  readonly url?: string;
}

export interface Heading {
  readonly id: string;
  readonly text: string;
  readonly depth: 2 | 3;
}

/** What a chapter's frontmatter declares (validated). */
export interface ChapterFrontmatter {
  readonly slug: string;
  readonly order: number;
  readonly title: string;
  readonly summary: string;
  readonly objectives: readonly string[];
  readonly references: readonly Reference[];
  readonly diagram?: ArchitectureId;
}

/** Everything the app knows about a chapter without loading its lesson. */
export interface ChapterMeta extends ChapterFrontmatter {
  /** Path of the MDX file relative to the project root, e.g. "/content/02-privilege-rings.mdx". */
  readonly file: string;
  readonly headings: readonly Heading[];
  /** Ids of collapsible deep dives, so a hash naming one can open it. */
  readonly deepDives: readonly { id: string; title: string }[];
  /** Diagram focus per section, in document order. */
  /** Each diagram a lesson draws, with the step it opens at (src/model/step.ts: 0-based, or null). */
  readonly diagrams: readonly { section: string | null; arch: ArchitectureId; step: Step }[];
  /** Content hash of each quiz question, so saved answers to a changed question are dropped. */
  readonly quiz: readonly { id: string; hash: string; legacy: string; prompt: string; section: string }[];
}

/** A chapter's sections, deep dives and diagrams: what its lesson page needs beyond its entry. */
export type ChapterOutline = Pick<ChapterMeta, 'headings' | 'deepDives' | 'diagrams'>;

/**
 * What every page knows about a chapter, shipped in the main bundle: enough for navigation, the page's
 * head and quiz status. Its outline (sections, deep dives, diagrams) travels with the lesson, because a
 * page needs only its own chapter's: it was a third of the course data every first visit downloaded.
 */
export interface ChapterEntry extends Omit<ChapterMeta, 'objectives' | 'references' | 'quiz' | keyof ChapterOutline> {
  /** How many questions its quiz has. Their fingerprints load when saved answers need checking. */
  readonly questions: number;
}

/** A question's fingerprints (current and legacy), which a saved answer must carry to count. */
export interface QuestionFingerprint {
  readonly id: string;
  readonly hash: string;
  readonly legacy: string;
}

/**
 * A chapter as its lesson page sees it once the lesson has loaded: the entry plus its outline (the
 * table of contents, the diagram panel, the reading tracker and the quiz read it).
 */
export type ChapterSummary = ChapterEntry & ChapterOutline;

/** A glossary term as a lesson shows it: name and one-sentence definition. */
interface TermSummary {
  readonly term: string;
  readonly short: string;
}

/** Shipped inside each lesson's chunk (`export const details` of the MDX module). */
export interface LessonDetails {
  readonly objectives: readonly string[];
  readonly references: readonly Reference[];
  /** The glossary terms this lesson uses, by id. */
  readonly terms: Readonly<Record<string, TermSummary>>;
  /** The chapter's sections, deep dives and diagrams. */
  readonly outline: ChapterOutline;
}

export function chapterEntry(c: ChapterMeta): ChapterEntry {
  const { slug, order, title, summary, diagram, file, quiz } = c;
  return {
    slug,
    order,
    title,
    summary,
    ...(diagram === undefined ? {} : { diagram }),
    file,
    questions: quiz.length,
  };
}

export function quizFingerprints(c: ChapterMeta): QuestionFingerprint[] {
  return c.quiz.map(({ id, hash, legacy }) => ({ id, hash, legacy }));
}

export function chapterOutline(c: ChapterMeta): ChapterOutline {
  return { headings: c.headings, deepDives: c.deepDives, diagrams: c.diagrams };
}

/** The Term ids a lesson's MDX source uses (validated against the glossary by the content check). */
export function termIdsIn(source: string): string[] {
  return [...new Set([...source.matchAll(/<Term\s+id="([^"]+)"/g)].map((m) => m[1] ?? ''))];
}

export function lessonDetails(
  c: ChapterMeta,
  termIds: readonly string[],
  glossary: readonly { id: string; term: string; short: string }[],
): LessonDetails {
  const terms: Record<string, TermSummary> = {};
  for (const id of termIds) {
    const g = glossary.find((e) => e.id === id);
    if (g) terms[id] = { term: g.term, short: g.short };
  }
  return { objectives: c.objectives, references: c.references, terms, outline: chapterOutline(c) };
}

export interface ContentError {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

export function formatContentError(e: ContentError): string {
  return `${e.file}: ${e.field}: ${e.message}`;
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

/**
 * Check one chapter's frontmatter; returns the typed value or the list of problems. A reference is
 * either a key of the bibliography (`- xen03`) or an inline `{ id, text, url? }` for a source cited
 * only here; an inline id that is a bibliography key is refused, so each source is typed out once.
 */
export function parseFrontmatter(
  file: string,
  data: unknown,
  sources: ReadonlyMap<string, Source> = new Map(),
): { ok: true; value: ChapterFrontmatter } | { ok: false; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const err = (field: string, message: string) => errors.push({ file, field, message });
  if (!isRecord(data)) {
    return {
      ok: false,
      errors: [{ file, field: 'frontmatter', message: 'missing: start the file with a --- YAML block' }],
    };
  }
  const { slug, order, title, summary, objectives, references, diagram } = data;
  if (!nonEmptyString(slug)) err('slug', 'missing');
  else if (!SLUG_PATTERN.test(slug)) err('slug', `"${slug}" must be lowercase letters, digits and dashes`);
  else if (RESERVED_SLUGS.includes(slug)) err('slug', `"${slug}" is reserved for a page of the app`);
  if (typeof order !== 'number' || !Number.isInteger(order) || order < 1)
    err('order', 'must be a positive whole number');
  if (!nonEmptyString(title)) err('title', 'missing');
  if (!nonEmptyString(summary)) err('summary', 'missing');
  if (!Array.isArray(objectives) || objectives.length === 0) err('objectives', 'list at least one learning objective');
  else objectives.forEach((o, i) => nonEmptyString(o) || err(`objectives[${i}]`, 'must be a sentence'));
  const resolved: Reference[] = [];
  if (!Array.isArray(references) || references.length === 0) err('references', 'list at least one reference');
  else {
    const seen = new Set<string>();
    references.forEach((r: unknown, i) => {
      const ref = resolveReference(r, sources);
      if (typeof ref === 'string') {
        err(`references[${i}]`, ref);
        return;
      }
      if (seen.has(ref.id)) err(`references[${i}]`, `"${ref.id}" is listed twice`);
      seen.add(ref.id);
      resolved.push(ref);
    });
  }
  if (diagram !== undefined && !isArchitectureId(diagram))
    err('diagram', `"${String(diagram)}" is not an architecture`);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...(data as unknown as ChapterFrontmatter), references: resolved } };
}

/** A frontmatter reference as the chapter will print it, or what is wrong with it. */
function resolveReference(r: unknown, sources: ReadonlyMap<string, Source>): Reference | string {
  if (typeof r === 'string') {
    const source = sources.get(r);
    return source ? sourceToReference(source) : `"${r}" is not a key of content/bibliography.ts`;
  }
  if (!isRecord(r) || !nonEmptyString(r.id) || !nonEmptyString(r.text))
    return 'needs a bibliography key, or an id and a text';
  if (sources.has(r.id)) return `"${r.id}" is in content/bibliography.ts: cite it by key (- ${r.id})`;
  if (r.url !== undefined && !(typeof r.url === 'string' && /^https:\/\//.test(r.url)))
    return 'url must be an https:// address';
  return r.url === undefined ? { id: r.id, text: r.text } : { id: r.id, text: r.text, url: r.url };
}

/** Course-wide checks: unique slugs and orders. */
export function checkChapterSet(chapters: readonly Pick<ChapterMeta, 'file' | 'slug' | 'order'>[]): ContentError[] {
  const errors: ContentError[] = [];
  const bySlug = new Map<string, string>();
  const byOrder = new Map<number, string>();
  for (const c of chapters) {
    const slugOwner = bySlug.get(c.slug);
    if (slugOwner) errors.push({ file: c.file, field: 'slug', message: `"${c.slug}" is also used by ${slugOwner}` });
    else bySlug.set(c.slug, c.file);
    const orderOwner = byOrder.get(c.order);
    if (orderOwner) errors.push({ file: c.file, field: 'order', message: `${c.order} is also used by ${orderOwner}` });
    else byOrder.set(c.order, c.file);
  }
  return errors;
}
