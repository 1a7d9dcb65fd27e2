/**
 * Saved level completion: which levels a learner has solved, and when. Versioned in its storage
 * key; anything malformed, oversized or about levels that no longer exist is dropped, never thrown.
 */
import * as v from 'valibot';

export const LEVEL_PROGRESS_KEY = 'rz:machine-levels:v1';
const MAX_BYTES = 20_000;

const LevelId = v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/));
const SolvedSchema = v.object({ at: v.pipe(v.number(), v.finite(), v.minValue(0)) });
const LevelProgressSchema = v.object({ solved: v.record(LevelId, SolvedSchema) });

export type LevelProgress = v.InferOutput<typeof LevelProgressSchema>;

export const EMPTY_LEVEL_PROGRESS: LevelProgress = Object.freeze({ solved: Object.freeze({}) });

/**
 * Parse saved or imported data; `known` drops levels this version of the course does not have (leave it
 * out to keep them, as a write must: a newer build in another tab may know them).
 */
export function parseLevelProgress(raw: unknown, known?: readonly string[]): LevelProgress | null {
  let data = raw;
  if (typeof raw === 'string') {
    if (raw.length > MAX_BYTES) return null;
    try {
      data = JSON.parse(raw);
    } catch {
      return null;
    }
  }
  // valibot's record accepts an array; saved progress never has one.
  if (typeof data === 'object' && data !== null && Array.isArray((data as { solved?: unknown }).solved)) return null;
  const parsed = v.safeParse(LevelProgressSchema, data);
  if (!parsed.success) return null;
  if (!known) return parsed.output;
  const solved = Object.fromEntries(Object.entries(parsed.output.solved).filter(([id]) => known.includes(id)));
  return { solved };
}

export function markSolved(p: LevelProgress, id: string, now: number): LevelProgress {
  if (p.solved[id]) return p;
  return { solved: { ...p.solved, [id]: { at: now } } };
}

export function serializeLevelProgress(p: LevelProgress): string {
  return JSON.stringify(p);
}

/** Combine two records (an import into what is saved): a level solved in either stays solved. */
export function mergeLevelProgress(a: LevelProgress, b: LevelProgress): LevelProgress {
  const solved: Record<string, { at: number }> = { ...b.solved };
  for (const [id, s] of Object.entries(a.solved)) {
    const other = solved[id];
    solved[id] = other && other.at < s.at ? other : s;
  }
  return { solved };
}

export interface LevelImport {
  /** Levels to mark solved here, with when they were solved (never later than the import). */
  readonly add: Readonly<Record<string, { readonly at: number }>>;
  /** Levels in the file that are solved here already (this browser's record is kept as it is). */
  readonly kept: number;
  /** Entries in the file that name no level of this build, or are unreadable. */
  readonly ignored: number;
}

/**
 * Merge a progress file's level section into what is solved here, level by level: a level solved in
 * the file is added unless it is solved here already; anything else in the file is counted, not written.
 */
export function planLevelImport(
  value: unknown,
  current: LevelProgress,
  known: readonly string[],
  now: number,
): LevelImport {
  const solved = typeof value === 'object' && value !== null ? (value as { solved?: unknown }).solved : undefined;
  const entries = typeof solved === 'object' && solved !== null && !Array.isArray(solved) ? Object.entries(solved) : [];
  const add: Record<string, { at: number }> = {};
  let kept = 0;
  let ignored = 0;
  for (const [id, entry] of entries) {
    const parsed = v.safeParse(SolvedSchema, entry);
    if (!v.is(LevelId, id) || !known.includes(id) || !parsed.success) ignored++;
    else if (Object.hasOwn(current.solved, id)) kept++;
    else add[id] = { at: Math.min(parsed.output.at, now) };
  }
  return { add, kept, ignored };
}

/** A sentence for the learner about a level import. */
export function describeLevelImport({ add, kept, ignored }: LevelImport): string {
  const added = Object.keys(add).length;
  const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
  const parts = [`${n(added, 'solved level', 'solved levels')} added`];
  if (kept > 0) parts.push(`${n(kept, 'level', 'levels')} already solved here kept`);
  if (ignored > 0) parts.push(`${n(ignored, 'entry', 'entries')} ignored (levels this course no longer has)`);
  return `Machine levels: ${parts.join(', ')}.`;
}

/** The same progress without the given levels (what undoing an import does). */
export function withoutLevels(p: LevelProgress, ids: readonly string[]): LevelProgress {
  return { solved: Object.fromEntries(Object.entries(p.solved).filter(([id]) => !ids.includes(id))) };
}
