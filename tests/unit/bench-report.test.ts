import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { benchOptions, hostCalibration, withBenchSection } from '../../scripts/bench';

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

describe('where the bench writes its tables', () => {
  it('replaces only the generated section of docs/performance.md, keeping the prose around it', () => {
    const page = readFileSync('docs/performance.md', 'utf8');
    const updated = withBenchSection(page, '_new tables_\n');
    expect(updated).not.toBeNull();
    expect(updated).toContain('<!-- bench:start -->\n\n_new tables_\n\n<!-- bench:end -->');
    expect(updated).toContain('## How a chapter loads, and why');
    expect(updated?.startsWith(page.slice(0, page.indexOf('<!-- bench:start -->')))).toBe(true);
  });

  it('leaves the README alone: it has no generated section', () => {
    expect(withBenchSection(readFileSync('README.md', 'utf8'), 'x')).toBeNull();
  });
});
