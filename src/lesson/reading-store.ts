/**
 * The browser side of src/model/reading.ts: one storage key (rz:reading:v1), written as the learner
 * reads, read by "Continue where you left off" and the chapter cards. Damaged data reads as an empty
 * log and is replaced on the next write; quiz answers live under their own keys and are never touched.
 */
import { useSyncExternalStore } from 'react';
import { readItem, writeItem } from '../lib/storage';
import type { ProgressSection } from '../model/progress-file';
import {
  describeReadingImport,
  parseReading,
  planReadingImport,
  READING_KEY,
  recordReading,
  type ChapterReading,
  type ReadingLog,
} from '../model/reading';

const listeners = new Set<() => void>();
let cache: { raw: string | null; log: ReadingLog } | null = null;
const EMPTY: ReadingLog = Object.freeze({});

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === null || e.key === READING_KEY) for (const l of listeners) l();
  });
}

export function subscribeReading(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function readReading(): ReadingLog {
  const raw = readItem(READING_KEY);
  if (!cache || cache.raw !== raw) cache = { raw, log: raw === null ? EMPTY : parseReading(raw) };
  return cache.log;
}

/** Remember that the section at `index` of `sections` headings (-1: the introduction) is being read. */
export function noteReading(slug: string, section: string | null, index: number, sections: number): void {
  writeItem(READING_KEY, JSON.stringify(recordReading(readReading(), slug, section, index, sections, Date.now())));
  for (const l of listeners) l();
}

/** The server, and the hydrating render, see an empty log, so the HTML matches. */
export function useReading(): ReadingLog {
  return useSyncExternalStore(subscribeReading, readReading, () => EMPTY);
}

/** Read what is stored now, change it and write it back, so another tab's reading is never undone. */
function updateReading(change: (log: ReadingLog) => ReadingLog): void {
  writeItem(READING_KEY, JSON.stringify(change(parseReading(readItem(READING_KEY) ?? ''))));
  for (const l of listeners) l();
}

/** The reading places' section of the progress file (src/model/progress-file.ts). */
export const readingSection: ProgressSection = {
  name: 'reading',
  exportValue() {
    const log = readReading();
    return Object.keys(log).length > 0 ? log : undefined;
  },
  describeExport(value) {
    const n = Object.keys(value as ReadingLog).length;
    return `reading places in ${n} ${n === 1 ? 'chapter' : 'chapters'}`;
  },
  importValue(value, now) {
    const before = readReading();
    const plan = planReadingImport(value, before, now);
    const slugs = Object.keys(plan.changes);
    if (slugs.length > 0) updateReading((log) => ({ ...log, ...plan.changes }));
    return {
      summary: describeReadingImport(plan),
      changed: slugs.length > 0,
      // Put back each chapter as it was before the import (or forget it, if it was not there).
      undo: () =>
        updateReading((log) => {
          const out: Record<string, ChapterReading> = { ...log };
          for (const slug of slugs) {
            const was = before[slug];
            if (was) out[slug] = was;
            else delete out[slug];
          }
          return out;
        }),
    };
  },
};
