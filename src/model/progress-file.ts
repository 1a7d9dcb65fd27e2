/**
 * The progress file a learner exports and imports on another device: a table of named sections
 * (`quiz`, `levels`; other saved state adds its own, see ProgressSection), read as data with
 * JSON.parse, never run. A section this build does not know is skipped on import.
 *
 * Version 2: { format, version: 2, exported, sections: { quiz: { chapters: { <slug>: ChapterProgress } },
 * levels: LevelProgress (src/model/machine/level-progress.ts) } }. Adding a section needs no new version.
 * Version 1 (until 2026-12): { format, version: 1, exported, chapters } is still read, as a quiz section.
 */
import * as v from 'valibot';
import {
  ID_PATTERN,
  liveAnswers,
  mergeChapters,
  readChapter,
  type ChapterProgress,
  type QuestionRef,
  type SavedAnswer,
} from './progress';

const FILE_FORMAT = 'ring-zero-progress';
const FILE_VERSION = 2;
/** Real exports are a few kilobytes; anything far larger is not one of ours. */
export const MAX_FILE_BYTES = 1_000_000;

export interface ProgressFile {
  readonly format: typeof FILE_FORMAT;
  readonly version: typeof FILE_VERSION;
  readonly exported: string;
  readonly sections: Readonly<Record<string, unknown>>;
}

/** What importing one section did. */
interface SectionImport {
  /** What happened, in a sentence for the learner. */
  readonly summary: string;
  /** Whether anything was written (and so can be undone). */
  readonly changed: boolean;
  readonly undo: () => void;
}

/**
 * One named section of the file: the saved state it carries, and how it is exported and merged on
 * import. Each lives beside the store it reads and writes; src/app/progress-sections.ts lists them.
 */
export interface ProgressSection {
  /** The key in the file's `sections` table. */
  readonly name: string;
  /** The value to export, or undefined when there is nothing to save. */
  exportValue(): unknown;
  /** What an exported value holds, for the learner ("quiz answers for 3 chapters"). */
  describeExport(value: unknown): string;
  /** Merge an imported value into this browser's state (never replace it), with a one-step undo. */
  importValue(value: unknown, now: number): SectionImport;
}

export function buildFile(sections: Record<string, unknown>, now: Date): ProgressFile {
  return { format: FILE_FORMAT, version: FILE_VERSION, exported: now.toISOString(), sections };
}

const Head = v.object({ format: v.literal(FILE_FORMAT), version: v.unknown() });
const V1 = v.object({ chapters: v.record(v.string(), v.unknown()) });
const V2 = v.object({ sections: v.record(v.string(), v.unknown()) });
const QuizSection = v.object({ chapters: v.record(v.string(), v.unknown()) });

export type FileResult =
  | { readonly ok: true; readonly sections: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly error: string };

/** Read a progress file's text into its sections; any bytes give a clear error, never a throw. */
export function parseFile(text: string): FileResult {
  if (text.length > MAX_FILE_BYTES)
    return { ok: false, error: 'This file is too large to be a Ring Zero progress file.' };
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, error: 'This file is not a Ring Zero progress file (it is not valid JSON).' };
  }
  const head = v.safeParse(Head, data);
  if (!head.success) return { ok: false, error: 'This file is not a Ring Zero progress file.' };
  if (head.output.version === 1) {
    const v1 = v.safeParse(V1, data);
    if (!v1.success) return { ok: false, error: 'This progress file has no chapters in it.' };
    return { ok: true, sections: { quiz: { chapters: v1.output.chapters } } };
  }
  if (head.output.version === FILE_VERSION) {
    const v2 = v.safeParse(V2, data);
    if (!v2.success) return { ok: false, error: 'This progress file has no sections in it.' };
    return { ok: true, sections: v2.output.sections };
  }
  const shown = JSON.stringify(head.output.version) ?? 'none';
  return {
    ok: false,
    error: `This progress file has version ${shown.slice(0, 20)}, which this course cannot read.`,
  };
}

export interface QuizImport {
  /** What to store, per chapter: only the entries the import adds (merge them into what is stored). */
  readonly changes: Record<string, Record<string, SavedAnswer>>;
  /** What undoes it, per chapter: the entries that were there before, or cleared markers. */
  readonly undo: Record<string, Record<string, SavedAnswer>>;
  /** Answers taken from the file (new, or newer than this browser's). */
  readonly added: number;
  /** Answers this browser keeps because its own is the same or newer. */
  readonly kept: number;
  /** Answers in the file that answer no current question, or a changed one, or are unreadable. */
  readonly ignored: number;
}

/**
 * Merge a file's quiz section into this browser's progress, question by question: an imported answer
 * is taken only if it answers a question of this build as it is now and is newer than the one here.
 * Nothing that fails those checks is written. `now` stamps the undo markers.
 */
export function planQuizImport(
  section: unknown,
  current: (slug: string) => ChapterProgress,
  questions: Readonly<Record<string, readonly QuestionRef[]>>,
  now: number,
): QuizImport {
  const changes: Record<string, Record<string, SavedAnswer>> = {};
  const undo: Record<string, Record<string, SavedAnswer>> = {};
  let added = 0;
  let kept = 0;
  let ignored = 0;
  const parsed = v.safeParse(QuizSection, section);
  const chapters = parsed.success ? parsed.output.chapters : {};
  for (const [slug, raw] of Object.entries(chapters)) {
    const refs = ID_PATTERN.test(slug) && Object.hasOwn(questions, slug) ? questions[slug] : undefined;
    const incoming = readChapter(raw);
    const count = (p: unknown) =>
      typeof p === 'object' && p !== null && typeof (p as { answers?: unknown }).answers === 'object'
        ? Object.keys((p as { answers: object }).answers ?? {}).length
        : 0;
    if (!refs || !incoming) {
      ignored += count(raw);
      continue;
    }
    const theirs = liveAnswers(incoming, refs);
    ignored += count(raw) - Object.keys(theirs).length;
    const here = current(slug);
    const ours = liveAnswers(here, refs);
    for (const [id, given] of Object.entries(theirs)) {
      // A file cannot claim an answer from the future (it would beat every answer given later).
      const answer = { ...given, at: Math.min(given.at, now) };
      const mine = ours[id];
      if (mine && (mine.at >= answer.at || JSON.stringify(mine.response) === JSON.stringify(answer.response))) {
        kept++;
        continue;
      }
      // Newer than anything stored here for this question (live or not), so the merge takes it.
      const stored = Object.hasOwn(here.answers, id) ? here.answers[id] : undefined;
      const at = Math.max(answer.at, (stored?.at ?? 0) + 1);
      (changes[slug] ??= {})[id] = { hash: answer.hash, response: answer.response, at };
      (undo[slug] ??= {})[id] = mine
        ? { ...mine, at: Math.max(now, at) + 1 }
        : { hash: answer.hash, at: Math.max(now, at) + 1, cleared: true };
      added++;
    }
  }
  return { changes, undo, added, kept, ignored };
}

/** A sentence for the learner about an import. */
export function describeImport({ added, kept, ignored }: Pick<QuizImport, 'added' | 'kept' | 'ignored'>): string {
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const parts = [`${n(added, 'answer', 'answers')} added`];
  if (kept > 0) parts.push(`${n(kept, 'answer', 'answers')} already here kept`);
  if (ignored > 0) parts.push(`${n(ignored, 'answer', 'answers')} ignored (questions that changed or no longer exist)`);
  return `Imported: ${parts.join(', ')}.`;
}

/** Apply an import plan to plain progress (what the browser side does with storage; used by tests). */
export function applyChanges(p: ChapterProgress, entries: Record<string, SavedAnswer>, at: number): ChapterProgress {
  return mergeChapters(p, { attempt: 0, answers: entries, updated: at });
}
