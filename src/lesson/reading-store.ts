/**
 * The browser side of src/model/reading.ts: one storage key (rz:reading:v1), written as the learner
 * reads, read by "Continue where you left off" and the chapter cards. Damaged data reads as an empty
 * log and is replaced on the next write; quiz answers live under their own keys and are never touched.
 */
import { useSyncExternalStore } from 'react';
import { readItem, writeItem } from '../lib/storage';
import { parseReading, READING_KEY, recordReading, type ReadingLog } from '../model/reading';

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
