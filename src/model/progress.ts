/**
 * Saved quiz progress as data: what a chapter's saved answers look like, how two copies of them merge,
 * and which of them still answer the questions of this build. No React, no storage (see
 * src/quiz/progress.ts for the browser side).
 *
 * Each answer carries the fingerprint of the question it answers (`hash`, see questionHash) and the
 * time it was given (`at`). Clearing an answer ("Start over", "Retry the ones I missed") writes a
 * `cleared` marker with its own time instead of deleting it, so that two copies (two tabs, two devices,
 * an import) merge question by question, newest first, and nothing is lost to whoever wrote last.
 * Whether an answer is right is never stored: it is graded from the response and the current key.
 */
import * as v from 'valibot';

/** Chapter slugs and question ids: lowercase letters, digits and dashes (never "__proto__"). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Anything bigger than this is not something we wrote: ignore it rather than parse it. */
export const MAX_SAVED_BYTES = 200_000;
/** Responses are small (an id, a list, a map); deeper or larger values are not ours. */
const MAX_RESPONSE_DEPTH = 8;
const MAX_RESPONSE_NODES = 500;
const LATEST_TIME = 8.64e15; // the largest valid Date

const Time = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(LATEST_TIME));
const EntrySchema = v.object({
  hash: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  response: v.optional(v.unknown()),
  at: v.optional(Time),
  cleared: v.optional(v.literal(true)),
});
const ChapterSchema = v.object({
  attempt: v.optional(v.unknown()),
  updated: v.optional(v.unknown()),
  answers: v.record(v.string(), v.unknown()),
});

export interface SavedAnswer {
  readonly hash: string;
  /** When it was given (or cleared), in ms since 1970. */
  readonly at: number;
  readonly response?: unknown;
  /** A cleared answer: remembered so that a merge does not bring the old one back. */
  readonly cleared?: true;
}

export interface ChapterProgress {
  /** Bumped by "start over" and "retry"; seeds the choice shuffle. */
  readonly attempt: number;
  readonly answers: Readonly<Record<string, SavedAnswer>>;
  /** When the learner last answered, for "continue where you left off". */
  readonly updated: number;
}

/** What the app knows about a question: its id, its fingerprint, and the fingerprint older builds used. */
export interface QuestionRef {
  readonly id: string;
  readonly hash: string;
  readonly legacy?: string;
}

export const EMPTY_PROGRESS: ChapterProgress = Object.freeze({ attempt: 0, answers: Object.freeze({}), updated: 0 });

/** Is this small and shallow enough to be a response we saved? (Walks without recursion.) */
function plausibleResponse(value: unknown): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (++nodes > MAX_RESPONSE_NODES || depth > MAX_RESPONSE_DEPTH) return false;
    if (typeof node === 'string' && node.length > 200) return false;
    if (typeof node === 'object' && node !== null)
      for (const child of Object.values(node as object)) stack.push([child, depth + 1]);
  }
  return true;
}

/** One chapter's progress from parsed JSON; null if it is not progress at all. Bad entries are dropped. */
export function readChapter(data: unknown): ChapterProgress | null {
  const parsed = v.safeParse(ChapterSchema, data);
  if (!parsed.success || Array.isArray((data as { answers?: unknown }).answers)) return null;
  const { attempt, updated, answers } = parsed.output;
  const updatedAt = v.is(Time, updated) ? updated : 0;
  const entries: [string, SavedAnswer][] = [];
  for (const [id, raw] of Object.entries(answers)) {
    const entry = v.safeParse(EntrySchema, raw);
    if (!ID_PATTERN.test(id) || !entry.success) continue;
    const { hash, response, cleared } = entry.output;
    const at = entry.output.at ?? updatedAt;
    if (cleared) entries.push([id, { hash, at, cleared }]);
    else if (Object.hasOwn(raw as object, 'response') && plausibleResponse(response))
      entries.push([id, { hash, at, response }]);
  }
  return {
    attempt: typeof attempt === 'number' && Number.isSafeInteger(attempt) && attempt >= 0 ? attempt : 0,
    answers: Object.fromEntries(entries),
    updated: updatedAt,
  };
}

/** Parse a stored string; anything malformed or oversized yields null (and is reported by the caller). */
export function parseChapter(raw: string | null): ChapterProgress | null {
  if (raw === null || raw.length > MAX_SAVED_BYTES) return null;
  try {
    return readChapter(JSON.parse(raw));
  } catch {
    return null;
  }
}

/** An entry with its fields in one fixed order, so equal entries serialize equally everywhere. */
function canonical(a: SavedAnswer): SavedAnswer {
  return a.cleared ? { hash: a.hash, at: a.at, cleared: true } : { hash: a.hash, at: a.at, response: a.response };
}

/** The later of two entries for one question; a tie is broken the same way everywhere. */
function later(a: SavedAnswer, b: SavedAnswer): SavedAnswer {
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return JSON.stringify(canonical(a)) >= JSON.stringify(canonical(b)) ? a : b;
}

/** Merge two copies of a chapter, question by question, newest first. Order does not matter. */
export function mergeChapters(a: ChapterProgress, b: ChapterProgress): ChapterProgress {
  const answers: Record<string, SavedAnswer> = Object.fromEntries(Object.entries(a.answers));
  for (const [id, entry] of Object.entries(b.answers)) {
    const mine = Object.hasOwn(answers, id) ? answers[id] : undefined;
    answers[id] = mine ? later(mine, entry) : entry;
  }
  return {
    attempt: Math.max(a.attempt, b.attempt),
    answers: Object.fromEntries(
      Object.entries(answers)
        .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
        .map(([id, e]) => [id, canonical(e)]),
    ),
    updated: Math.max(a.updated, b.updated),
  };
}

/**
 * The answers that still answer a question of this build, keyed by question id, with their hash
 * brought up to date (an answer saved under the older whole-question fingerprint still counts).
 * Everything else stays in storage untouched: a newer build in another tab may know it.
 */
export function liveAnswers(p: ChapterProgress, questions: readonly QuestionRef[]): Record<string, SavedAnswer> {
  const out: Record<string, SavedAnswer> = {};
  for (const q of questions) {
    const a = Object.hasOwn(p.answers, q.id) ? p.answers[q.id] : undefined;
    if (!a || a.cleared) continue;
    if (a.hash === q.hash) out[q.id] = a;
    else if (q.legacy !== undefined && a.hash === q.legacy) out[q.id] = { ...a, hash: q.hash };
  }
  return out;
}

/** Markers that clear the given answers at time `at`. */
export function clearedEntries(answers: Record<string, SavedAnswer>, at: number): Record<string, SavedAnswer> {
  return Object.fromEntries(
    Object.entries(answers).map(([id, a]) => [id, { hash: a.hash, at, cleared: true as const }]),
  );
}

export type ChapterStatus =
  | { readonly kind: 'not-started' }
  | { readonly kind: 'in-progress'; readonly answered: number; readonly total: number }
  | { readonly kind: 'done'; readonly total: number; readonly correct: number | null };

/** How far a chapter is; `correct` is the graded score, when the caller has graded it (null if not). */
export function chapterStatus(
  p: ChapterProgress,
  questions: readonly QuestionRef[],
  correct: number | null = null,
): ChapterStatus {
  const answered = Object.keys(liveAnswers(p, questions)).length;
  const total = questions.length;
  if (answered === 0) return { kind: 'not-started' };
  if (answered < total) return { kind: 'in-progress', answered, total };
  return { kind: 'done', total, correct };
}

export function statusLabel(s: ChapterStatus): string {
  switch (s.kind) {
    case 'not-started':
      return 'Not started';
    case 'in-progress':
      return `In progress: ${s.answered} of ${s.total} answered`;
    case 'done':
      return s.correct === null ? `All ${s.total} questions answered` : `Quiz score ${s.correct} of ${s.total}`;
    default: {
      const unreachable: never = s;
      return unreachable;
    }
  }
}
