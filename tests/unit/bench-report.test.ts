import { describe, expect, it } from 'vitest';
import { hostCalibration } from '../../scripts/bench.mjs';

describe('the benchmark report says how its host compares with what Lighthouse is calibrated for', () => {
  it('places a host inside, above or below the 1500–2000 bracket', () => {
    expect(hostCalibration(1750)).toMatch(/median was 1750, within that range/);
    expect(hostCalibration(2765.4)).toMatch(/median was 2765, faster than that.*read lower/);
    expect(hostCalibration(1420)).toMatch(/median was 1420, slower than that.*read higher/);
  });

  it('says so when Lighthouse gave no index', () => {
    expect(hostCalibration(null)).toMatch(/no benchmarkIndex/);
  });
});
