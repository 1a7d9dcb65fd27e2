/**
 * Where a learner has read to, per chapter: the section last in view, how far they have got, and
 * when. Pure parsing and merging; the browser store is src/lesson/reading-store.ts.
 */
import * as v from 'valibot';

export const READING_KEY = 'rz:reading:v1';
/** Anything bigger than this is not something we wrote. */
const MAX_BYTES = 100_000;

const ChapterReadingSchema = v.object({
  /** The id of the section last in view; null for the introduction above the first heading. */
  section: v.nullable(v.pipe(v.string(), v.maxLength(200))),
  /** The furthest part reached, as a fraction of the chapter's sections (0 to 1). */
  furthest: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  /** When the learner was last reading it (ms since 1970). */
  updated: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export type ChapterReading = v.InferOutput<typeof ChapterReadingSchema>;
export type ReadingLog = Readonly<Record<string, ChapterReading>>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Read a stored or imported log. Never throws: malformed input gives an empty log, and a malformed
 * chapter entry is dropped without touching the others.
 */
export function parseReading(raw: unknown): ReadingLog {
  let data = raw;
  if (typeof raw === 'string') {
    if (raw.length > MAX_BYTES) return {};
    try {
      data = JSON.parse(raw);
    } catch {
      return {};
    }
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  const log: Record<string, ChapterReading> = {};
  for (const [slug, entry] of Object.entries(data)) {
    const parsed = v.safeParse(ChapterReadingSchema, entry);
    if (SLUG.test(slug) && parsed.success) log[slug] = parsed.output;
  }
  return log;
}

/** Two logs as one: per chapter the newer entry, keeping the furthest point either reached. */
export function mergeReading(a: ReadingLog, b: ReadingLog): ReadingLog {
  const out: Record<string, ChapterReading> = { ...a };
  for (const [slug, entry] of Object.entries(b)) {
    const mine = out[slug];
    if (!mine) out[slug] = entry;
    else {
      const newer = entry.updated > mine.updated ? entry : mine;
      out[slug] = { ...newer, furthest: Math.max(mine.furthest, entry.furthest) };
    }
  }
  return out;
}

/**
 * The log after the learner has the section at `index` (0-based, -1 for the introduction) of a
 * chapter with `sections` headings in view at time `now`.
 */
export function recordReading(
  log: ReadingLog,
  slug: string,
  section: string | null,
  index: number,
  sections: number,
  now: number,
): ReadingLog {
  const reached = sections <= 0 ? 1 : Math.min(1, Math.max(0, (index + 1) / sections));
  const before = log[slug];
  return {
    ...log,
    [slug]: { section, furthest: Math.max(before?.furthest ?? 0, reached), updated: Math.floor(now) },
  };
}

/** Read progress as a whole percentage, for a chapter card. */
export function readPercent(entry: ChapterReading | undefined): number {
  return Math.round((entry?.furthest ?? 0) * 100);
}

export interface ChapterActivity {
  readonly slug: string;
  /** Headings of the chapter, in order. */
  readonly sections: readonly string[];
  /** Question ids in order, and those answered. */
  readonly questions: readonly string[];
  readonly answered: ReadonlySet<string>;
  /** When a quiz answer was last saved (0: never). */
  readonly answeredAt: number;
}

/**
 * Where "Continue where you left off" goes: the chapter with the latest activity (reading or
 * answering). If the learner was last answering, or has read to the end, its first unanswered question;
 * otherwise the section they were reading. Null when there is no activity, or everything is done.
 */
export function continueAddress(log: ReadingLog, chapters: readonly ChapterActivity[]): string | null {
  let best: { chapter: ChapterActivity; at: number } | null = null;
  for (const c of chapters) {
    const at = Math.max(log[c.slug]?.updated ?? 0, c.answeredAt);
    if (at > 0 && (!best || at > best.at)) best = { chapter: c, at };
  }
  if (!best) return null;
  const c = best.chapter;
  const reading = log[c.slug];
  const answering = c.answeredAt >= (reading?.updated ?? 0);
  if (reading && !answering && reading.furthest < 1)
    return reading.section && c.sections.includes(reading.section) ? `/${c.slug}/#${reading.section}` : `/${c.slug}/`;
  const unanswered = c.questions.find((q) => !c.answered.has(q));
  if (unanswered) return `/${c.slug}/#q-${unanswered}`;
  // This chapter is done: the next one with a question left, from its top.
  const next = chapters.slice(chapters.indexOf(c) + 1).find((n) => n.questions.some((q) => !n.answered.has(q)));
  return next ? `/${next.slug}/` : null;
}

/** What importing a reading log would do: the entries to write, and what to say about them. */
export interface ReadingImport {
  /** Per chapter, the entry to store: the newer of the two, keeping the furthest point either reached. */
  readonly changes: ReadingLog;
  /** Chapters whose reading place the file adds or moves on. */
  readonly added: number;
  /** Chapters where this browser's place is the same or newer, and stays. */
  readonly kept: number;
  /** Entries in the file that are not a reading place this course can read. */
  readonly ignored: number;
}

/**
 * Plan the import of a file's `reading` section into `mine`. Never throws; an entry dated after `now`
 * is dated `now`, so a file cannot pin a chapter as "most recently read" for ever.
 */
export function planReadingImport(raw: unknown, mine: ReadingLog, now: number): ReadingImport {
  const total = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? Object.keys(raw).length : 0;
  const theirs = parseReading(typeof raw === 'string' ? '' : raw);
  const changes: Record<string, ChapterReading> = {};
  let kept = 0;
  for (const [slug, entry] of Object.entries(theirs)) {
    const dated = { ...entry, updated: Math.min(entry.updated, Math.floor(now)) };
    const before = mine[slug];
    const merged = mergeReading(before ? { [slug]: before } : {}, { [slug]: dated })[slug]!;
    const same =
      before &&
      before.section === merged.section &&
      before.furthest === merged.furthest &&
      before.updated === merged.updated;
    if (same) kept += 1;
    else changes[slug] = merged;
  }
  const found = Object.keys(theirs).length;
  return { changes, added: found - kept, kept, ignored: total - found };
}

/**
 * The learner-facing sentence for a reading import; empty when the file changed nothing here and held
 * nothing unreadable (reading places are a side note to the answers, so they say nothing then).
 */
export function describeReadingImport({ added, kept, ignored }: ReadingImport): string {
  if (added === 0 && ignored === 0) return '';
  const n = (k: number) => `${k} ${k === 1 ? 'chapter' : 'chapters'}`;
  const parts = [`${n(added)} added or moved on`];
  if (kept > 0) parts.push(`${n(kept)} where this browser had read as far kept`);
  if (ignored > 0) parts.push(`${ignored} unreadable ${ignored === 1 ? 'entry' : 'entries'} ignored`);
  return `Reading places: ${parts.join(', ')}.`;
}
