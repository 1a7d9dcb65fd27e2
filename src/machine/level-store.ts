/** Saved level completion in localStorage (key in the model), shared by every view that shows it. */
import { readItem, writeItem } from '../lib/storage';
import { useClientValue } from '../lib/useHydrated';
import {
  EMPTY_LEVEL_PROGRESS,
  LEVEL_PROGRESS_KEY,
  markSolved,
  mergeLevelProgress,
  parseLevelProgress,
  serializeLevelProgress,
  type LevelProgress,
} from '../model/machine/level-progress';
import { levels } from '../model/machine/levels';

const listeners = new Set<() => void>();
const known = levels.map((l) => l.id);
let cache: { raw: string | null; value: LevelProgress } | null = null;

function emit() {
  for (const l of listeners) l();
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === null || e.key === LEVEL_PROGRESS_KEY) emit();
  });
}

export function subscribeLevels(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What is saved; unreadable data is ignored (and left in place, in case a newer version wrote it). */
export function readLevelProgress(): LevelProgress {
  const raw = readItem(LEVEL_PROGRESS_KEY);
  if (cache && cache.raw === raw) return cache.value;
  const parsed = raw === null ? null : parseLevelProgress(raw, known);
  if (raw !== null && parsed === null) console.warn('Ring Zero: saved machine levels are unreadable and were ignored.');
  cache = { raw, value: parsed ?? EMPTY_LEVEL_PROGRESS };
  return cache.value;
}

export function saveSolved(id: string): void {
  const before = readLevelProgress();
  const after = markSolved(before, id, Date.now());
  if (after === before) return;
  writeItem(LEVEL_PROGRESS_KEY, serializeLevelProgress(after));
  emit();
}

/** For import: add solved levels from a progress file to what is saved. */
export function importLevelProgress(data: unknown): boolean {
  const incoming = parseLevelProgress(data, known);
  if (!incoming) return false;
  writeItem(LEVEL_PROGRESS_KEY, serializeLevelProgress(mergeLevelProgress(readLevelProgress(), incoming)));
  emit();
  return true;
}

/** The server and the hydrating render see nothing solved, so the HTML matches. */
export function useLevelProgress(): LevelProgress {
  return useClientValue(subscribeLevels, readLevelProgress, EMPTY_LEVEL_PROGRESS);
}
