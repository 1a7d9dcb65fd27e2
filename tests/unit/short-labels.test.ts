import { describe, expect, it } from 'vitest';
import { architectures } from '../../src/model/architectures';
import { labelsWithShortForm, longestWord, shortLabel } from '../../src/model/short-labels';

describe('short layer labels', () => {
  it('are shorter than the label they stand for, and keep its longest word no longer', () => {
    for (const label of new Set(architectures.flatMap((a) => a.layers.map((l) => l.label)))) {
      const short = shortLabel(label);
      if (short === label) continue;
      expect(short.length, label).toBeLessThan(label.length);
      expect(longestWord(short).length, label).toBeLessThanOrEqual(longestWord(label).length);
    }
  });

  it('are kept only for labels the model still has', () => {
    const labels = new Set(architectures.flatMap((a) => a.layers.map((l) => l.label)));
    for (const label of labelsWithShortForm) expect(labels.has(label), label).toBe(true);
  });

  it('leave a label with no short form whole', () => {
    expect(shortLabel('Hardware')).toBe('Hardware');
    expect(longestWord('Host OS kernel + VMM driver')).toBe('kernel');
  });
});
