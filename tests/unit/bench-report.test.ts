import { describe, expect, it } from 'vitest';
import { benchOptions, hostCalibration } from '../../scripts/bench.mjs';

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

describe('a calibration run with another CPU slowdown', () => {
  it('says which host at the default 4× the run stands in for', () => {
    // 2800 at 7× is like a 1600 host at 4×: inside the bracket.
    expect(hostCalibration(2800, 7)).toMatch(/7× slowdown makes it stand in for a host of about 1600 at 4×, within/);
    expect(hostCalibration(2800, 8)).toMatch(/about 1400 at 4×, slower than that/);
    expect(hostCalibration(2800, 4)).toMatch(/median was 2800, faster than that/);
  });
});

describe('the bench command line', () => {
  it('reads the options with their defaults, and refuses unknown ones and bad numbers', () => {
    expect(benchOptions([])).toEqual({ build: true, runs: 3, navRuns: 5, routes: null, cpuSlowdown: null });
    expect(benchOptions(['--no-build', '--runs=2', '--nav-runs=1', '--routes=/,/kvm', '--cpu-slowdown=2.5'])).toEqual({
      build: false,
      runs: 2,
      navRuns: 1,
      routes: ['/', '/kvm'],
      cpuSlowdown: 2.5,
    });
    expect(() => benchOptions(['--fast'])).toThrow(/Unknown option '--fast'/);
    expect(() => benchOptions(['--runs=0'])).toThrow(/--runs needs a positive whole number, got "0"/);
  });
});
