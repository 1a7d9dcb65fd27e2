import type { Privilege } from './types';

export const RING0 = { ring: 0, mode: 'legacy' } as const satisfies Privilege;
export const RING1 = { ring: 1, mode: 'legacy' } as const satisfies Privilege;
export const RING3 = { ring: 3, mode: 'legacy' } as const satisfies Privilege;
export const ROOT_RING0 = { ring: 0, mode: 'vmx-root' } as const satisfies Privilege;
export const ROOT_RING3 = { ring: 3, mode: 'vmx-root' } as const satisfies Privilege;
export const GUEST_RING0 = { ring: 0, mode: 'vmx-non-root' } as const satisfies Privilege;
export const GUEST_RING3 = { ring: 3, mode: 'vmx-non-root' } as const satisfies Privilege;

/**
 * A total order good enough to ask "who is most privileged in this stack?".
 * Root operation outranks non-root; within a mode, a lower ring outranks a higher one.
 */
export function privilegeRank(p: Privilege | null): number {
  if (p === null) return -1;
  const modeWeight = p.mode === 'vmx-non-root' ? 0 : 10;
  return modeWeight + (3 - p.ring);
}

export function privilegeLabel(p: Privilege | null): string {
  if (p === null) return 'hardware';
  switch (p.mode) {
    case 'legacy':
      return `ring ${p.ring}`;
    case 'vmx-root':
      return `root mode, ring ${p.ring}`;
    case 'vmx-non-root':
      return `non-root mode, ring ${p.ring}`;
    default: {
      const unreachable: never = p.mode;
      return unreachable;
    }
  }
}

/** A short key for legends and CSS: "r0", "root-r0", "guest-r3". */
export function privilegeKey(p: Privilege | null): string {
  if (p === null) return 'hw';
  const prefix = p.mode === 'legacy' ? '' : p.mode === 'vmx-root' ? 'root-' : 'guest-';
  return `${prefix}r${p.ring}`;
}

export function samePrivilege(a: Privilege | null, b: Privilege | null): boolean {
  if (a === null || b === null) return a === b;
  return a.ring === b.ring && a.mode === b.mode;
}
