/**
 * localStorage that never throws, and says how saving is going. Private mode or disabled storage
 * ("unavailable") and a full quota ("failing") keep values in memory for the session, so the course
 * keeps working; while a write is failing it is retried every few seconds and when the page comes
 * back into view, and the page asks before it is closed with unsaved values.
 */
export type StorageState = 'saved' | 'unavailable' | 'failing';

const memory = new Map<string, string>();
const listeners = new Set<() => void>();
/** How to combine a value kept in memory with what storage now holds, per key prefix (default: mine wins). */
const mergers: [prefix: string, merge: (mine: string, stored: string | null) => string][] = [];
let state: StorageState = 'saved';
let retryTimer: ReturnType<typeof setInterval> | undefined;
const RETRY_MS = 4000;

/** The storage that last passed the probe: every read asks for the backend, and a probe is two writes. */
let probed: Storage | null = null;

function backend(): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    const s = window.localStorage;
    if (s === probed) return s;
    const probe = '__rz_probe__';
    s.setItem(probe, probe);
    s.removeItem(probe);
    probed = s;
    return s;
  } catch {
    return null;
  }
}

function setState(next: StorageState): void {
  if (next === state) return;
  state = next;
  if (typeof window !== 'undefined') {
    if (next === 'failing' && retryTimer === undefined) retryTimer = setInterval(flushUnsaved, RETRY_MS);
    if (next !== 'failing' && retryTimer !== undefined) {
      clearInterval(retryTimer);
      retryTimer = undefined;
    }
  }
  for (const l of listeners) l();
}

/** Try again to store every value held only in memory. True if nothing is left unsaved. */
export function flushUnsaved(): boolean {
  if (memory.size === 0) return true;
  const s = backend();
  if (!s) return false;
  for (const [key, value] of [...memory]) {
    try {
      const merge = mergers.find(([p]) => key.startsWith(p))?.[1];
      s.setItem(key, merge ? merge(value, s.getItem(key)) : value);
      memory.delete(key);
    } catch {
      /* still full */
    }
  }
  if (memory.size === 0) setState('saved');
  return memory.size === 0;
}

if (typeof window !== 'undefined') {
  const retry = () => {
    if (state === 'failing') flushUnsaved();
  };
  window.addEventListener('storage', retry);
  window.addEventListener('focus', retry);
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', retry);
  window.addEventListener('beforeunload', (e) => {
    // Answers that could not be saved would be lost: let the browser ask first.
    if (state === 'failing' && !flushUnsaved()) e.preventDefault();
  });
}

export function readItem(key: string): string | null {
  // A value kept in memory is newer than storage: it is there only because saving it failed.
  const unsaved = memory.get(key);
  if (unsaved !== undefined) return unsaved;
  const s = backend();
  if (s) {
    try {
      return s.getItem(key);
    } catch {
      /* fall through to memory */
    }
  }
  return null;
}

/** What storage holds for a key, ignoring anything kept in memory. */
export function readStored(key: string): string | null {
  try {
    return backend()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeItem(key: string, value: string): boolean {
  const s = backend();
  try {
    if (!s) throw new Error('no storage');
    s.setItem(key, value);
    memory.delete(key);
    if (memory.size === 0) setState('saved');
    return true;
  } catch {
    memory.set(key, value);
    // Storage that works but refuses this value is full: that is a failure the learner must hear of.
    setState(s ? 'failing' : 'unavailable');
    return false;
  }
}

export function storageAvailable(): boolean {
  return backend() !== null;
}

/** "saved", "unavailable" (nothing can be stored) or "failing" (a write was refused, e.g. quota). */
export function storageState(): StorageState {
  if (state === 'saved' && typeof window !== 'undefined') {
    availableAtStart ??= storageAvailable();
    if (!availableAtStart) return 'unavailable';
  }
  return state;
}
let availableAtStart: boolean | undefined;

export function subscribeStorageState(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Register how a retried value is combined with what another tab stored meanwhile. */
export function mergeOnRetry(prefix: string, merge: (mine: string, stored: string | null) => string): void {
  mergers.push([prefix, merge]);
}
