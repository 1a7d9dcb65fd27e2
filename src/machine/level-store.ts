/** Saved level completion in localStorage (key in the model), shared by every view that shows it. */
import { readItem, writeItem } from '../lib/storage';
import type { ProgressSection } from '../model/progress-file';
import { useClientValue } from '../lib/useHydrated';
import {
  describeLevelImport,
  EMPTY_LEVEL_PROGRESS,
  LEVEL_PROGRESS_KEY,
  markSolved,
  mergeLevelProgress,
  parseLevelProgress,
  planLevelImport,
  serializeLevelProgress,
  withoutLevels,
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

function subscribeLevels(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** What is saved; unreadable data is ignored (and left in place, in case a newer version wrote it). */
function readLevelProgress(): LevelProgress {
  const raw = readItem(LEVEL_PROGRESS_KEY);
  if (cache && cache.raw === raw) return cache.value;
  const parsed = raw === null ? null : parseLevelProgress(raw, known);
  if (raw !== null && parsed === null) console.warn('Ring Zero: saved machine levels are unreadable and were ignored.');
  cache = { raw, value: parsed ?? EMPTY_LEVEL_PROGRESS };
  return cache.value;
}

export function saveSolved(id: string): void {
  if (readLevelProgress().solved[id]) return;
  updateLevels((p) => markSolved(p, id, Date.now()));
}

/**
 * Read what is stored now, change it, and write it back: a change never undoes another tab's, and
 * levels this build does not know (a newer build saved them) are kept.
 */
function updateLevels(change: (p: LevelProgress) => LevelProgress): void {
  const stored = parseLevelProgress(readItem(LEVEL_PROGRESS_KEY) ?? '') ?? EMPTY_LEVEL_PROGRESS;
  writeItem(LEVEL_PROGRESS_KEY, serializeLevelProgress(change(stored)));
  emit();
}

/** The machine levels' section of the progress file (src/model/progress-file.ts). */
export const levelSection: ProgressSection = {
  name: 'levels',
  exportValue() {
    const p = readLevelProgress();
    return Object.keys(p.solved).length > 0 ? p : undefined;
  },
  describeExport(value) {
    const n = Object.keys((value as LevelProgress).solved).length;
    return `${n} solved machine ${n === 1 ? 'level' : 'levels'}`;
  },
  importValue(value, now) {
    const plan = planLevelImport(value, readLevelProgress(), known, now);
    const added = Object.keys(plan.add);
    if (added.length > 0) updateLevels((p) => mergeLevelProgress(p, { solved: plan.add }));
    return {
      summary: describeLevelImport(plan),
      changed: added.length > 0,
      undo: () => updateLevels((p) => withoutLevels(p, added)),
    };
  },
};

/** The server and the hydrating render see nothing solved, so the HTML matches. */
export function useLevelProgress(): LevelProgress {
  return useClientValue(subscribeLevels, readLevelProgress, EMPTY_LEVEL_PROGRESS);
}
