/**
 * Saved level completion: which levels a learner has solved, and when. Versioned in its storage
 * key; anything malformed, oversized or about levels that no longer exist is dropped, never thrown.
 */
import * as v from 'valibot';

export const LEVEL_PROGRESS_KEY = 'rz:machine-levels:v1';
const MAX_BYTES = 20_000;

const SolvedSchema = v.object({ at: v.pipe(v.number(), v.finite(), v.minValue(0)) });
const LevelProgressSchema = v.object({
  solved: v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,60}$/)), SolvedSchema),
});

export type LevelProgress = v.InferOutput<typeof LevelProgressSchema>;

export const EMPTY_LEVEL_PROGRESS: LevelProgress = Object.freeze({ solved: Object.freeze({}) });

/** Parse saved or imported data; `known` drops levels this version of the course does not have. */
export function parseLevelProgress(raw: unknown, known: readonly string[]): LevelProgress | null {
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
