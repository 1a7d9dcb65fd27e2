/**
 * Saved quiz answers in this browser, one storage key per chapter (so damage to one never touches
 * another). The data model and its merge live in src/model/progress.ts; this is the storage side.
 *
 * Every write reads what is stored, merges question by question (newest answer wins) and writes the
 * result, so a tab never deletes what another tab, or another build, saved. Two tabs writing in the
 * same millisecond can still overwrite each other in localStorage; each tab remembers what it wrote,
 * and when the other tab's write arrives (the `storage` event) merges it back in if it was lost.
 */
import { useSyncExternalStore } from 'react';
import { mergeOnRetry, readItem, readStored, writeItem } from '../lib/storage';
import { EMPTY_PROGRESS, mergeChapters, parseChapter, type ChapterProgress, type SavedAnswer } from '../model/progress';

export { type ChapterProgress, type SavedAnswer } from '../model/progress';

export const PROGRESS_PREFIX = 'rz:quiz:v1:';

const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; value: ChapterProgress }>();
/** Everything this tab wrote, per key: merged back in if another tab's write overwrote it. */
const mine = new Map<string, ChapterProgress>();

function emit() {
  for (const l of listeners) l();
}

const serialize = (p: ChapterProgress) => JSON.stringify(p);

function mergeRaw(a: string, b: string | null): string {
  const x = parseChapter(a) ?? EMPTY_PROGRESS;
  const y = parseChapter(b) ?? EMPTY_PROGRESS;
  return serialize(mergeChapters(x, y));
}

mergeOnRetry(PROGRESS_PREFIX, mergeRaw);

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key !== null && e.key.startsWith(PROGRESS_PREFIX) && e.newValue !== null) {
      const own = mine.get(e.key);
      const theirs = parseChapter(e.newValue);
      if (own && theirs) {
        // Both sides are in canonical form (sorted ids, fixed field order), so this is equal exactly when
        // the other tab's value already holds everything this tab wrote: then nothing is written, and
        // two tabs never answer each other's repairs forever.
        const merged = mergeChapters(theirs, own);
        if (serialize(merged) !== serialize(mergeChapters(theirs, EMPTY_PROGRESS))) writeItem(e.key, serialize(merged));
      }
    }
    if (e.key === null || e.key.startsWith(PROGRESS_PREFIX)) emit();
  });
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function readProgress(slug: string): ChapterProgress {
  const raw = readItem(PROGRESS_PREFIX + slug);
  const hit = cache.get(slug);
  if (hit && hit.raw === raw) return hit.value;
  const parsed = parseChapter(raw);
  if (raw !== null && parsed === null) {
    console.warn(`Ring Zero: saved quiz progress for "${slug}" is unreadable and was ignored.`);
  }
  const value = parsed ?? EMPTY_PROGRESS;
  cache.set(slug, { raw, value });
  return value;
}

/**
 * Add answers (or cleared markers) to a chapter's saved progress, merged into whatever is stored now.
 * False if it could not be stored (it is kept in memory and retried; see storageState).
 */
export function updateProgress(
  slug: string,
  change: { readonly answers?: Readonly<Record<string, SavedAnswer>>; readonly attempt?: number },
): boolean {
  const key = PROGRESS_PREFIX + slug;
  const now = Date.now();
  const delta: ChapterProgress = { attempt: change.attempt ?? 0, answers: change.answers ?? {}, updated: now };
  mine.set(key, mergeChapters(mine.get(key) ?? EMPTY_PROGRESS, delta));
  // Merge with storage itself and with anything still unsaved in memory.
  const stored = parseChapter(readStored(key)) ?? EMPTY_PROGRESS;
  const current = parseChapter(readItem(key)) ?? EMPTY_PROGRESS;
  const ok = writeItem(key, serialize(mergeChapters(mergeChapters(stored, current), delta)));
  emit();
  return ok;
}

/** The server (and the first, hydrating render) always sees no progress, so HTML matches. */
export function useProgress(slug: string): ChapterProgress {
  return useSyncExternalStore(
    subscribe,
    () => readProgress(slug),
    () => EMPTY_PROGRESS,
  );
}
