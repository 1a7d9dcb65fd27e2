/** Chromium flags Lighthouse's browser gets in the benchmark. */
export declare const LIGHTHOUSE_CHROME_FLAGS: string[];
/** One sentence on how the host compares with the CPU Lighthouse's 4x slowdown is calibrated for. */
export declare function hostCalibration(benchmarkIndex: number | null | undefined, cpuSlowdown?: number): string;
/** The bench's command line: --no-build, --runs=N, --nav-runs=N, --routes=/,/slug, --cpu-slowdown=X. */
export declare function benchOptions(argv: string[]): {
  build: boolean;
  runs: number;
  navRuns: number;
  routes: string[] | null;
  cpuSlowdown: number | null;
};
/** `page` with its generated section (between the bench markers) replaced by `markdown`; null without markers. */
export declare function withBenchSection(page: string, markdown: string): string | null;
