import type { ChapterFrontmatter } from './frontmatter';
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

/** The outline of a chapter that has no lesson file yet. */
export const NO_OUTLINE: ChapterOutline = { headings: [], deepDives: [], diagrams: [] };

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
