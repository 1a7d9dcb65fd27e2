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
  const s = backend();
  if (s) {
    try {
      return s.getItem(key);
    } catch {
      /* fall through to memory */
    }
  }
  return memory.get(key) ?? null;
}

export function writeItem(key: string, value: string): boolean {
  memory.set(key, value);
  const s = backend();
  if (!s) return false;
  try {
    s.setItem(key, value);
    return true;
  } catch {
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
