import { describe, expect, it } from 'vitest';
import { COALESCE_MS, replaceRecent } from '../../src/lib/historyEntry';

describe('history entries for diagram changes', () => {
  it('adds an entry for a change, and lets rapid changes on the same page share it', () => {
    expect(replaceRecent(10_000, '/kernel-level/')).toBe(false);
    expect(replaceRecent(10_000 + 2200, '/kernel-level/')).toBe(true);
    expect(replaceRecent(10_000 + 4400, '/kernel-level/')).toBe(true);
    expect(replaceRecent(10_000 + 4400 + COALESCE_MS, '/kernel-level/')).toBe(false);
  });

  it('adds an entry for the first change on another page, however soon', () => {
    expect(replaceRecent(50_000, '/kernel-level/')).toBe(false);
    expect(replaceRecent(50_500, '/shared-kernel/')).toBe(false);
    expect(replaceRecent(51_000, '/shared-kernel/')).toBe(true);
  });
});
