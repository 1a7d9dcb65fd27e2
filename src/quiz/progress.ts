/**
 * Saved quiz answers, one storage key per chapter (so damage to one never touches another).
 * Only the learner's responses are kept, each with the fingerprint of the question it answers and
 * whether it was right when checked: the fingerprint covers the answer key, so that flag cannot go
 * stale, and it lets the sidebar show scores without downloading every chapter's quiz.
 */
import { useSyncExternalStore } from 'react';
import { readItem, writeItem, keysWithPrefix } from '../lib/storage';

export const PROGRESS_PREFIX = 'rz:quiz:v1:';
/** Anything bigger than this is not something we wrote: ignore it rather than parse it. */
export const MAX_SAVED_BYTES = 200_000;

export interface SavedAnswer {
  readonly hash: string;
  readonly response: unknown;
  readonly correct: boolean;
}

export interface ChapterProgress {
  /** Bumped by "start over" and "retry"; seeds the choice shuffle. */
  readonly attempt: number;
  readonly answers: Readonly<Record<string, SavedAnswer>>;
  /** When the learner last answered, for "continue where you left off". */
  readonly updated: number;
}

export const EMPTY_PROGRESS: ChapterProgress = Object.freeze({ attempt: 0, answers: Object.freeze({}), updated: 0 });

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parse whatever is stored; anything malformed yields null (and is reported by the caller). */
export function parseProgress(raw: string | null): ChapterProgress | null {
  if (raw === null || raw.length > MAX_SAVED_BYTES) return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(data) || !isRecord(data.answers)) return null;
  const attempt =
    typeof data.attempt === 'number' && Number.isInteger(data.attempt) && data.attempt >= 0 ? data.attempt : 0;
  const updated = typeof data.updated === 'number' && Number.isFinite(data.updated) ? data.updated : 0;
  const answers: Record<string, SavedAnswer> = {};
  for (const [id, a] of Object.entries(data.answers)) {
    if (isRecord(a) && typeof a.hash === 'string' && typeof a.correct === 'boolean' && 'response' in a)
      answers[id] = { hash: a.hash, response: a.response, correct: a.correct };
  }
  return { attempt, answers, updated };
}

/** Keep only answers to questions that still exist unchanged. */
export function pruneProgress(p: ChapterProgress, questions: readonly { id: string; hash: string }[]): ChapterProgress {
  const current = new Map(questions.map((q) => [q.id, q.hash]));
  const answers = Object.fromEntries(Object.entries(p.answers).filter(([id, a]) => current.get(id) === a.hash));
  return { ...p, answers };
}

const listeners = new Set<() => void>();
const cache = new Map<string, { raw: string | null; value: ChapterProgress }>();

function emit() {
  for (const l of listeners) l();
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
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
  const parsed = parseProgress(raw);
  if (raw !== null && parsed === null) {
    console.warn(`Ring Zero: saved quiz progress for "${slug}" is unreadable and was ignored.`);
  }
  const value = parsed ?? EMPTY_PROGRESS;
  cache.set(slug, { raw, value });
  return value;
}

/** Save a chapter's progress, stamped with the time so "continue where you left off" can find it. */
export function writeProgress(slug: string, p: Omit<ChapterProgress, 'updated'>): boolean {
  const ok = writeItem(PROGRESS_PREFIX + slug, JSON.stringify({ ...p, updated: Date.now() }));
  emit();
  return ok;
}

export function savedSlugs(): string[] {
  return keysWithPrefix(PROGRESS_PREFIX).map((k) => k.slice(PROGRESS_PREFIX.length));
}

/** The server (and the first, hydrating render) always sees no progress, so HTML matches. */
export function useProgress(slug: string): ChapterProgress {
  return useSyncExternalStore(
    subscribe,
    () => readProgress(slug),
    () => EMPTY_PROGRESS,
  );
}

export type ChapterStatus =
  | { readonly kind: 'not-started' }
  | { readonly kind: 'in-progress'; readonly answered: number; readonly total: number; readonly correct: number }
  | { readonly kind: 'done'; readonly correct: number; readonly total: number };

export function chapterStatus(p: ChapterProgress, questions: readonly { id: string; hash: string }[]): ChapterStatus {
  const answers = Object.values(pruneProgress(p, questions).answers);
  const total = questions.length;
  const correct = answers.filter((a) => a.correct).length;
  if (answers.length === 0) return { kind: 'not-started' };
  if (answers.length < total) return { kind: 'in-progress', answered: answers.length, total, correct };
  return { kind: 'done', correct, total };
}

export function statusLabel(s: ChapterStatus): string {
  switch (s.kind) {
    case 'not-started':
      return 'Not started';
    case 'in-progress':
      return `In progress: ${s.answered} of ${s.total} answered`;
    case 'done':
      return `Quiz score ${s.correct} of ${s.total}`;
    default: {
      const unreachable: never = s;
      return unreachable;
    }
  }
}
