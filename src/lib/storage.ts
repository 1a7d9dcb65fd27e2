/**
 * localStorage that never throws: private mode, disabled storage or a full quota fall back to
 * memory for the session, so the course keeps working and nothing crashes.
 */
const memory = new Map<string, string>();

function backend(): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    const s = window.localStorage;
    const probe = '__rz_probe__';
    s.setItem(probe, probe);
    s.removeItem(probe);
    return s;
  } catch {
    return null;
  }
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

export function writeItem(key: string, value: string): boolean {
  const s = backend();
  try {
    if (!s) throw new Error('no storage');
    s.setItem(key, value);
    memory.delete(key);
    return true;
  } catch {
    memory.set(key, value);
    return false;
  }
}

export function removeItem(key: string): void {
  memory.delete(key);
  try {
    backend()?.removeItem(key);
  } catch {
    /* nothing to remove */
  }
}

export function storageAvailable(): boolean {
  return backend() !== null;
}

/** Keys in storage with the given prefix (memory and real storage merged). */
export function keysWithPrefix(prefix: string): string[] {
  const keys = new Set([...memory.keys()].filter((k) => k.startsWith(prefix)));
  const s = backend();
  if (s) {
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k?.startsWith(prefix)) keys.add(k);
    }
  }
  return [...keys];
}
