#!/usr/bin/env -S npx tsx
// Performance report for the built site: Lighthouse (mobile, simulated throttling) on the home page and every
// chapter, compared with a script-free copy of each chapter (the "physical limit" for LCP), plus JS chunk sizes
// client-side navigation times, and how soon the first diagram is usable on slow 3G. Writes bench-results/latest.{json,md} and the
// generated section of docs/performance.md.
//
//   npx tsx scripts/bench.ts [--no-build] [--runs=3] [--nav-runs=5] [--routes=/,/privilege-rings]
//
// It is a report: exit code 0 even when targets are missed, non-zero only when the benchmark itself fails.
/* global window, document, MutationObserver -- the navigation timer below runs inside the page */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContextOptions, type Page } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result as LighthouseResult } from 'lighthouse';
import {
  chapterMachineCode,
  machineChunkFiles,
  machineFirstLoad,
  machineFrames,
  machineMarkdown,
  timeMachineRuns,
  type MachineResults,
} from './bench-machine';
import {
  firstLine,
  median,
  type ChapterScripts,
  type ChunkSize,
  type MarkdownTable,
  type ServedSite,
  type WholeChapter,
} from './bench-shared';
import { measureSlow3g, slow3gMarkdown, SLOW3G_ROUTES, type Slow3gResult } from './bench-slow3g';
import { browserPath, CHROMIUM_ARGS, scriptContext } from './browser';
import { applyEdits, parseHtml } from './html';
import { compressFile } from './precompress';
import { createServer } from './serve';

/** The sandbox: measured by Lighthouse like the chapters, and against its own budgets (bench-machine.ts). */
const MACHINE_ROUTE = '/machine';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
type Scores = Record<Category, number | null>;

/** One value per Lighthouse category. */
function byCategory<T>(value: (id: Category) => T): Record<Category, T> {
  return {
    performance: value('performance'),
    accessibility: value('accessibility'),
    'best-practices': value('best-practices'),
    seo: value('seo'),
  };
}

declare global {
  interface Window {
    __benchNavigation?: Promise<number>;
  }
}

interface Chapter {
  slug: string;
  title: string;
}

interface FirstLoadChunk {
  file: string;
  transferSize: number | null;
  target: string;
}

interface Targets {
  lcpRatio: number | null;
  pass: Record<Category, boolean> & { lcp: boolean | null; cls: boolean; js: boolean | null };
}

/** One route's Lighthouse medians, its script-free copy's, and the targets. */
interface RouteResult extends Targets {
  route: string;
  ours: LighthouseMedians;
  limit: LighthouseMedians | null;
  firstLoadChunks: FirstLoadChunk[];
}

interface Navigation {
  from: string;
  to: string;
  median: number | null;
  times: number[];
  error: string | null;
}

interface BenchResults {
  meta: {
    date: string;
    commit: string;
    runs: number;
    navRuns: number;
    lighthouseVersion: string | null;
    browser: string;
    cpus: number;
    benchmarkIndex: number | null;
    cpuSlowdown: number;
    targets: typeof TARGETS;
    durationMs: number;
  };
  routes: RouteResult[];
  chunks: ChunkSize[];
  navigation: Navigation[];
  wholeChapter: WholeChapter[];
  machine: MachineResults;
  slow3g: Slow3gResult[];
}
const TARGETS = { score: 100, lcpRatio: 1.15, cls: 0, jsBytes: 102400 };
/** Lighthouse's own mobile CPU multiplier; `--cpu-slowdown=X` replaces it for a calibration check. */
const DEFAULT_CPU_SLOWDOWN = 4;
const RESULTS_DIR = path.resolve('bench-results');
const PERFORMANCE_DOC = path.resolve('docs/performance.md');
const MARKERS = { start: '<!-- bench:start -->', end: '<!-- bench:end -->' };
// Bounds on everything that waits, so a hung browser or server cannot hang the report.
const LIGHTHOUSE_TIMEOUT_MS = 180_000;
const LIGHTHOUSE_ATTEMPTS = 2;
const NAV_HYDRATION_TIMEOUT_MS = 20_000;
const NAV_TIMEOUT_MS = 15_000;
const BUILD_TIMEOUT_MS = 600_000;

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

function log(line: string): void {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`);
}

/** The command line, read with node:util's parseArgs (unknown options and stray words are errors). */
export function benchOptions(argv: string[]): {
  build: boolean;
  runs: number;
  navRuns: number;
  routes: string[] | null;
  cpuSlowdown: number | null;
} {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      'no-build': { type: 'boolean', default: false },
      runs: { type: 'string', default: '3' },
      'nav-runs': { type: 'string', default: '5' },
      routes: { type: 'string' },
      'cpu-slowdown': { type: 'string' },
    },
  });
  return {
    build: !values['no-build'],
    runs: positiveInt('--runs', values.runs),
    navRuns: positiveInt('--nav-runs', values['nav-runs']),
    routes: values.routes ? values.routes.split(',').map((r) => r.trim() || '/') : null,
    cpuSlowdown: values['cpu-slowdown'] === undefined ? null : positiveNumber('--cpu-slowdown', values['cpu-slowdown']),
  };
}

function positiveInt(key: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${key} needs a positive whole number, got "${value}"`);
  return n;
}

function positiveNumber(key: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${key} needs a positive number, got "${value}"`);
  return n;
}

/** Rejects after `ms`, so a stuck promise becomes an error instead of a hang. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const kb = (bytes: number | null | undefined) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value: number | null | undefined) => (value == null ? '—' : `${Math.round(value)} ms`);
const score = (value: number | null | undefined) => (value == null ? '—' : String(Math.round(value)));
const mark = (pass: boolean | null | undefined) => (pass == null ? 'n/a' : pass ? 'pass' : '**FAIL**');

// ---------------------------------------------------------------------------------------------------------------
// Build, snapshot and serve

function buildSite(): Promise<void> {
  log('building: npx tsx scripts/build.ts');
  return withTimeout(
    new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], { stdio: 'inherit' });
      child.on('error', reject);
      child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build exited with code ${code}`))));
    }),
    BUILD_TIMEOUT_MS,
    'The build',
  );
}

/** Chapters come from the server bundle the build just wrote, so slugs and titles match the pages. */
async function loadChapters(): Promise<Chapter[]> {
  const entry = path.resolve('dist-ssr/entry-server.js');
  // The bundle is src/entry-server.tsx as Vite built it; `chapters` is checked below all the same.
  const server = (await import(pathToFileURL(entry).href)) as Partial<typeof import('../src/entry-server')>;
  if (!Array.isArray(server.chapters) || server.chapters.length === 0) throw new Error(`${entry} exports no chapters`);
  return server.chapters.map((c) => ({ slug: c.slug, title: c.title }));
}

/** Removes every <script> element and modulepreload link: what the browser must do without any JavaScript. */
function stripScripts(html: string): string {
  const removed = parseHtml(html).querySelectorAll('script, link[rel="modulepreload"]');
  return applyEdits(
    html,
    removed.map((el) => ({ range: el.range, text: '' })),
  );
}

/**
 * Copies dist/ twice into a temp dir: "ours" as built, and "limit" with the scripts of each page in
 * `routes` (the chapters and /machine) stripped.
 * Serving a snapshot rather than dist/ itself keeps a long run consistent if someone rebuilds meanwhile.
 */
async function makeSnapshots(routes: string[]): Promise<{ root: string; ours: string; limit: string }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ring-zero-bench-'));
  const ours = path.join(root, 'ours');
  const limit = path.join(root, 'limit');
  await cp('dist', ours, { recursive: true });
  await cp('dist', limit, { recursive: true });
  for (const route of routes) {
    const file = path.join(limit, route.slice(1), 'index.html');
    await writeFile(file, stripScripts(await readFile(file, 'utf8')));
    // Served the same way as ours: replace the build's precompressed copies of the page.
    await compressFile(file);
  }
  return { root, ours, limit };
}

function basePrefix(): string {
  return ('/' + (process.env.BASE_PATH ?? '/') + '/').replace(/\/+/g, '/');
}

/** Serves a directory like the production host (gzip, 404.html) on a free port of 127.0.0.1. */
async function serve(dir: string): Promise<ServedSite & { close(): Promise<void> }> {
  const server = createServer({ dir, base: basePrefix() });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server is not listening on a port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: (route: string) => origin + basePrefix() + route.replace(/^\//, ''),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Lighthouse

/**
 * Lighthouse's Chromium gets chrome-launcher's default flags (what the lighthouse CLI uses, among them
 * `--disable-features=…,RenderDocument`) plus ours: headless and CHROMIUM_ARGS. Nothing else.
 *
 * An earlier version added `--disable-features=PaintHolding` against an observed first paint held for
 * 1–2 s. That flag replaced chrome-launcher's whole --disable-features list (the last one wins), so it
 * really switched RenderDocument, Translate and others back on. The held paint itself went away once
 * the page stopped forcing ~60 style and layout passes on DOMContentLoaded (src/lib/StandIn.tsx).
 */
export const LIGHTHOUSE_CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

/**
 * One Lighthouse run in a fresh Chrome, so no run inherits another's cache, storage or warmed-up process.
 * `cpuSlowdown` replaces Lighthouse's 4x CPU multiplier (the rest of its mobile throttling stays).
 */
async function lighthouseOnce(url: string, cpuSlowdown: number | null): Promise<LighthouseSummary> {
  const chrome = await chromeLauncher.launch({
    chromePath: browserPath(),
    chromeFlags: LIGHTHOUSE_CHROME_FLAGS,
    logLevel: 'silent',
  });
  try {
    // Default config = mobile form factor with simulated throttling; only the four categories we report.
    const result = await withTimeout(
      lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
        ...(cpuSlowdown ? { throttling: { cpuSlowdownMultiplier: cpuSlowdown } } : {}),
      }),
      LIGHTHOUSE_TIMEOUT_MS,
      `Lighthouse on ${url}`,
    );
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
    if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    return summarizeLhr(lhr);
  } finally {
    await chrome.kill();
  }
}

/** Retries once: a single flaky Chrome start should not cost a 15-minute report. */
async function lighthouseRun(url: string, cpuSlowdown: number | null): Promise<LighthouseSummary> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseOnce(url, cpuSlowdown);
    } catch (error) {
      if (attempt >= LIGHTHOUSE_ATTEMPTS) throw error;
      log(`  retrying after error: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

interface LighthouseRequest {
  url: string;
  resourceType: string | null;
  transferSize: number | null;
  target: string;
}

interface FailedAudit {
  id: string;
  score: number;
  displayValue: string | null;
  items: string[];
}

/** The numbers we report from one Lighthouse run. */
interface LighthouseSummary {
  scores: Scores;
  fcp: number | null;
  lcp: number | null;
  tbt: number | null;
  cls: number | null;
  jsBytes: number;
  totalBytes: number;
  requestCount: number;
  requests: LighthouseRequest[];
  observedLcp: number | null;
  lcpElement: string | null;
  lcpPhases: { phase: string | null; timing: number | null }[];
  failedAudits: Record<Category, FailedAudit[]>;
  lighthouseVersion: string;
  benchmarkIndex: number | null;
  cpuSlowdown: number | null;
}

/** Medians over runs, plus the lists of the run with the median LCP. */
type LighthouseMedians = Omit<LighthouseSummary, 'requestCount' | 'jsBytes' | 'totalBytes'> & {
  runs: number;
  jsBytes: number | null;
  totalBytes: number | null;
  requestCount: number | null;
  perRun: Pick<LighthouseSummary, 'scores' | 'fcp' | 'lcp' | 'tbt' | 'cls' | 'jsBytes' | 'benchmarkIndex'>[];
};

/**
 * The rows of an audit's details. Lighthouse types them per audit (tables, lists, debug data); the few
 * fields read here are read as plain values and checked where they are used.
 */
type Row = Record<string, unknown>;
function detailRows(details: unknown): Row[] {
  if (typeof details !== 'object' || details === null || !('items' in details)) return [];
  return Array.isArray(details.items) ? (details.items as Row[]) : [];
}
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
/** `row.node.snippet`, `row.source.url`: a string field of an object field. */
const nested = (v: unknown, key: string): string | null =>
  typeof v === 'object' && v !== null && key in v ? str((v as Row)[key]) : null;

/** The numbers we report from one Lighthouse result, plus enough detail to explain a missed target. */
function summarizeLhr(lhr: LighthouseResult): LighthouseSummary {
  const audit = (id: string) => lhr.audits[id];
  const summary = detailRows(audit('resource-summary')?.details);
  const row = (type: string) => summary.find((item) => item.resourceType === type);
  const requests = detailRows(audit('network-requests')?.details).map((r) => ({
    url: str(r.url) ?? '',
    resourceType: str(r.resourceType),
    transferSize: num(r.transferSize),
    // 'page', or 'worker' for what a service worker fetched (e.g. a precache) during the load.
    target: str(r.sessionTargetType) ?? 'page',
  }));
  const lcpDetails = detailRows(audit('largest-contentful-paint-element')?.details);
  const categoryScore = (id: Category) => {
    const value = lhr.categories[id]?.score;
    return value == null ? null : value * 100;
  };
  return {
    scores: byCategory(categoryScore),
    fcp: audit('first-contentful-paint')?.numericValue ?? null,
    lcp: audit('largest-contentful-paint')?.numericValue ?? null,
    tbt: audit('total-blocking-time')?.numericValue ?? null,
    cls: audit('cumulative-layout-shift')?.numericValue ?? null,
    jsBytes: num(row('script')?.transferSize) ?? 0,
    totalBytes: num(row('total')?.transferSize) ?? 0,
    requestCount: num(row('total')?.requestCount) ?? requests.length,
    requests,
    observedLcp: num(detailRows(audit('metrics')?.details)[0]?.observedLargestContentfulPaint),
    lcpElement: nested(detailRows(lcpDetails[0])[0]?.node, 'snippet'),
    lcpPhases: detailRows(lcpDetails[1]).map((p) => ({ phase: str(p.phase), timing: num(p.timing) })),
    failedAudits: failedAudits(lhr),
    lighthouseVersion: lhr.lighthouseVersion,
    // Lighthouse's CPU benchmark: low or scattered values mean a busy machine and inflated CPU-bound metrics.
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    cpuSlowdown: lhr.configSettings?.throttling?.cpuSlowdownMultiplier ?? null,
  };
}

/** Audits that cost points in some category, by category: the to-do list when a score is below 100. */
function failedAudits(lhr: LighthouseResult): Record<Category, FailedAudit[]> {
  const failed = (id: Category) =>
    (lhr.categories[id]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .flatMap((ref) => {
        const a = lhr.audits[ref.id];
        if (a === undefined || typeof a.score !== 'number' || a.score >= 1) return [];
        return [{ id: a.id, score: a.score, displayValue: a.displayValue ?? null, items: auditItems(a) }];
      });
  return byCategory(failed);
}

/** A few lines of what an audit found (console messages, offending URLs or nodes), for the JSON report. */
function auditItems(audit: LighthouseResult['audits'][string]): string[] {
  return detailRows(audit.details)
    .slice(0, 5)
    .map((item) => str(item.description) ?? nested(item.node, 'snippet') ?? str(item.url) ?? nested(item.source, 'url'))
    .filter((text): text is string => Boolean(text))
    .map((text) => text.slice(0, 300));
}

/** Medians over runs; the run with the median LCP stands in for lists (requests, LCP element, failed audits). */
function aggregateRuns(runs: LighthouseSummary[]): LighthouseMedians {
  const pick = (
    key: 'fcp' | 'lcp' | 'tbt' | 'cls' | 'jsBytes' | 'totalBytes' | 'requestCount' | 'observedLcp' | 'benchmarkIndex',
  ) => median(runs.map((r) => r[key]));
  const lcp = pick('lcp');
  const distance = (r: LighthouseSummary) => Math.abs((r.lcp ?? Infinity) - (lcp ?? 0));
  const [first] = runs;
  if (!first) throw new Error('no Lighthouse run to aggregate');
  const representative = runs.reduce((best, r) => (distance(r) < distance(best) ? r : best), first);
  const scoreMedian = (id: Category) => median(runs.map((r) => r.scores[id]));
  return {
    runs: runs.length,
    scores: byCategory(scoreMedian),
    fcp: pick('fcp'),
    lcp,
    tbt: pick('tbt'),
    cls: pick('cls'),
    jsBytes: pick('jsBytes'),
    totalBytes: pick('totalBytes'),
    requestCount: pick('requestCount'),
    observedLcp: pick('observedLcp'),
    lcpElement: representative.lcpElement,
    lcpPhases: representative.lcpPhases,
    failedAudits: representative.failedAudits,
    requests: representative.requests,
    lighthouseVersion: representative.lighthouseVersion,
    benchmarkIndex: pick('benchmarkIndex'),
    // The CPU multiplier Lighthouse says it applied (4 unless --cpu-slowdown).
    cpuSlowdown: representative.cpuSlowdown,
    // Per-run numbers only; the bulky lists are kept once, from the representative run.
    perRun: runs.map((r) => ({
      scores: r.scores,
      fcp: r.fcp,
      lcp: r.lcp,
      tbt: r.tbt,
      cls: r.cls,
      jsBytes: r.jsBytes,
      benchmarkIndex: r.benchmarkIndex,
    })),
  };
}

/** Runs Lighthouse `runs` times on `url`, printing a line per run. */
async function measureRoute(
  url: string,
  label: string,
  runs: number,
  progress: { done: number; total: number },
  cpuSlowdown: number | null,
): Promise<LighthouseMedians> {
  const results: LighthouseSummary[] = [];
  for (let i = 1; i <= runs; i++) {
    progress.done++;
    const run = await lighthouseRun(url, cpuSlowdown);
    results.push(run);
    log(
      `[${progress.done}/${progress.total}] ${label} run ${i}/${runs}: ` +
        CATEGORIES.map((id) => `${id} ${score(run.scores[id])}`).join(', ') +
        `; LCP ${ms(run.lcp)}, TBT ${ms(run.tbt)}, CLS ${run.cls?.toFixed(3)}, JS ${kb(run.jsBytes)}`,
    );
  }
  return aggregateRuns(results);
}

// ---------------------------------------------------------------------------------------------------------------
// JS chunks

/** Every built JS chunk with its raw, gzip (zlib's default level) and Brotli (quality 11, as served) size. */
async function chunkSizes(dir: string): Promise<ChunkSize[]> {
  const assets = path.join(dir, 'assets');
  const files = (await readdir(assets)).filter((f) => f.endsWith('.js')).sort();
  const chunks: ChunkSize[] = [];
  for (const file of files) {
    const content = await readFile(path.join(assets, file));
    chunks.push({
      file,
      bytes: (await stat(path.join(assets, file))).size,
      gzipBytes: gzipSync(content).length,
      brotliBytes: brotliCompressSync(content, {
        params: { [zlibConstants.BROTLI_PARAM_QUALITY]: zlibConstants.BROTLI_MAX_QUALITY },
      }).length,
    });
  }
  return chunks.sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** The scripts a route's first load requested, by file name, with what went over the wire. */
function firstLoadChunks(requests: LighthouseRequest[]): FirstLoadChunk[] {
  return requests
    .filter((r) => r.resourceType === 'Script')
    .map((r) => ({ file: path.basename(new URL(r.url).pathname), transferSize: r.transferSize, target: r.target }));
}

/** One line per route and category listing the audits that cost points, so a missed score says why. */
function lostPointsRows(routes: RouteResult[]): string[][] {
  return routes.flatMap((r) =>
    CATEGORIES.filter((id) => r.ours.failedAudits[id].length > 0).map((id) => [
      `\`${r.route}\``,
      id,
      r.ours.failedAudits[id]
        .map((a) => `${a.id} (${Math.round(a.score * 100)}${a.displayValue ? `, ${a.displayValue}` : ''})`)
        .join(', '),
    ]),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Client-side navigation

/** Resolves once React has hydrated the link: it then carries React's props, so a click is routed client-side. */
async function waitForHydratedLink(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (sel: string) => {
      const link = document.querySelector(sel);
      if (!link) return false;
      return (
        document.documentElement.dataset.hydrated === 'true' ||
        Object.keys(link).some((key) => key.startsWith('__reactProps$'))
      );
    },
    selector,
    { timeout: NAV_HYDRATION_TIMEOUT_MS },
  );
}

/**
 * In the page: remember when the click event fires and resolve with the time until the h1 reads `title`.
 * The promise lives on window, so if the click caused a full page load it is gone and we notice.
 */
function armNavigationTimer(title: string, timeoutMs: number): void {
  window.__benchNavigation = new Promise<number>((resolve, reject) => {
    let clickedAt: number | null = null;
    const arrived = () => document.querySelector('h1')?.textContent?.trim() === title;
    const observer = new MutationObserver(() => {
      if (clickedAt === null || !arrived()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now() - clickedAt);
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`h1 did not become "${title}" within ${timeoutMs} ms`));
    }, timeoutMs);
    // The click event's timeStamp is on the same clock as performance.now().
    document.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/** One navigation from `from` to `to`, in a fresh context so the next chapter's chunk is not already cached. */
async function navigateOnce(browser: Browser, fromUrl: string, to: Chapter): Promise<number> {
  const context = await scriptContext(browser);
  try {
    const page = await context.newPage();
    await page.goto(fromUrl, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
    const next = 'nav[aria-label="Previous and next chapter"] a[rel="next"]';
    await waitForHydratedLink(page, next);
    await page.evaluate(`(${armNavigationTimer.toString()})(${JSON.stringify(to.title)}, ${NAV_TIMEOUT_MS})`);
    await page.click(next, { timeout: NAV_TIMEOUT_MS });
    const elapsed = await page.evaluate(() => {
      if (!window.__benchNavigation) throw new Error('the click caused a full page load, not a client-side one');
      return window.__benchNavigation;
    });
    return elapsed;
  } finally {
    await context.close();
  }
}

/** Median navigation time for each consecutive chapter pair whose first chapter is being measured. */
async function measureNavigations(
  server: ServedSite,
  chapters: Chapter[],
  selected: Set<string>,
  runs: number,
): Promise<Navigation[]> {
  const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
  const results: Navigation[] = [];
  try {
    for (let i = 0; i < chapters.length - 1; i++) {
      const [from, to] = [chapters[i], chapters[i + 1]];
      if (!from || !to || !selected.has(`/${from.slug}`)) continue;
      const times: number[] = [];
      let error: string | null = null;
      for (let run = 0; run < runs && !error; run++) {
        try {
          times.push(await navigateOnce(browser, server.url(`/${from.slug}`), to));
        } catch (e) {
          // A navigation that never arrives is a finding about the site, reported in the table, not a crash.
          error = firstLine(e);
        }
      }
      const result = { from: `/${from.slug}`, to: `/${to.slug}`, median: median(times), times, error };
      results.push(result);
      log(`navigation ${result.from} → ${result.to}: ${error ? `error: ${error}` : `median ${ms(result.median)}`}`);
    }
  } finally {
    await browser.close();
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// JavaScript of a whole chapter

/** Scrolls a chapter to its end, a screen at a time, and sums the JavaScript transferred. */
async function wholeChapterJs(
  browser: Browser,
  url: string,
  contextOptions: BrowserContextOptions,
): Promise<ChapterScripts> {
  const context = await scriptContext(browser, contextOptions);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout: NAV_TIMEOUT_MS });
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, {
      timeout: NAV_HYDRATION_TIMEOUT_MS,
    });
    for (let i = 0; i < 200; i++) {
      const atEnd = await page.evaluate(() => {
        window.scrollBy(0, window.innerHeight * 0.8);
        return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
      });
      await page.waitForTimeout(150);
      if (atEnd) break;
    }
    await page.waitForLoadState('networkidle', { timeout: NAV_TIMEOUT_MS });
    return await page.evaluate(() => {
      const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
        (e) => e.initiatorType === 'script' || e.name.endsWith('.js'),
      );
      return {
        bytes: scripts.reduce((n, e) => n + e.transferSize, 0),
        count: scripts.length,
        files: scripts.map((e) => new URL(e.name).pathname.split('/').pop() ?? ''),
        embedsMachine: document.querySelector('[data-machine-embed]') !== null,
      };
    });
  } finally {
    await context.close();
  }
}

async function measureWholeChapters(server: ServedSite, routes: string[]): Promise<WholeChapter[]> {
  const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
  const results: WholeChapter[] = [];
  try {
    for (const route of routes.filter((r) => r !== '/' && r !== MACHINE_ROUTE)) {
      try {
        const phone = await wholeChapterJs(browser, server.url(route), {
          viewport: { width: 412, height: 823 },
          isMobile: true,
          hasTouch: true,
          deviceScaleFactor: 1.75,
        });
        const wide = await wholeChapterJs(browser, server.url(route), { viewport: { width: 1400, height: 900 } });
        results.push({ route, phone, wide });
        log(`${route}: whole chapter JS ${kb(phone.bytes)} on a phone, ${kb(wide.bytes)} on a wide screen`);
      } catch (e) {
        results.push({ route, error: firstLine(e) });
      }
    }
  } finally {
    await browser.close();
  }
  return results;
}

// ---------------------------------------------------------------------------------------------------------------
// The machine

/** The machine's budgets (see bench-machine.ts); a failure to measure is reported, not thrown. */
async function measureMachine(
  server: ServedSite,
  dir: string,
  chunks: ChunkSize[],
  chapters: Chapter[],
  wholeChapter: WholeChapter[],
): Promise<MachineResults> {
  const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
  try {
    const machineFiles = await machineChunkFiles(
      path.join(dir, 'assets'),
      chunks.map((c) => c.file),
    );
    const [first] = chapters;
    if (!first) throw new Error('the course has no chapter');
    const firstLoad = await machineFirstLoad(browser, server, `/${first.slug}`, chunks, NAV_TIMEOUT_MS * 2);
    for (const f of firstLoad)
      log(`/machine first load, ${f.device}: ${kb(f.extra)} more JavaScript (Brotli) than ${f.chapterRoute}`);
    const frames = await machineFrames(browser, server, NAV_TIMEOUT_MS * 2);
    log(`stepping /machine: ${frames.stepping.longFrames} long frame(s), ${frames.stepping.longTasks} long task(s)`);
    const runs = await timeMachineRuns();
    for (const r of runs) log(`10,000 instructions under ${r.design}: median ${ms(r.median)}`);
    const chapterCode = chapterMachineCode(wholeChapter, machineFiles);
    return { machineFiles, firstLoad, frames, runs, chapters: chapterCode, load: os.loadavg() };
  } catch (e) {
    const error = firstLine(e);
    log(`the machine could not be measured: ${error}`);
    return { error };
  } finally {
    await browser.close();
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Targets and report

function evaluateTargets(route: string, ours: LighthouseMedians, limit: LighthouseMedians | null): Targets {
  const isChapter = route !== '/' && route !== MACHINE_ROUTE;
  const ratio = limit && ours.lcp != null && limit.lcp ? ours.lcp / limit.lcp : null;
  return {
    lcpRatio: ratio,
    pass: {
      ...byCategory((id) => ours.scores[id] === TARGETS.score),
      lcp: ratio == null ? null : ratio <= TARGETS.lcpRatio,
      cls: ours.cls == null ? false : ours.cls === TARGETS.cls,
      // The JavaScript budget is for a chapter's first load.
      js: isChapter ? ours.jsBytes !== null && ours.jsBytes <= TARGETS.jsBytes : null,
    },
  };
}

/** A Markdown table; `textColumns` is how many leading columns hold text (left-aligned), the rest are numbers. */
const table: MarkdownTable = (headings, rows, textColumns = 1) => {
  return [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map((_, i) => (i < textColumns ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
};

/**
 * Lighthouse's simulated 4x CPU slowdown turns a host in the "high-end desktop" bracket, benchmarkIndex
 * 1500-2000, into a mid-tier phone (Lighthouse docs/throttling.md, "Calibrating the CPU slowdown"). On
 * a faster host the CPU-bound numbers (TBT above all) come out lower than that phone's, on a slower one
 * higher: nearly the same code scored 87-99 on the chapters at benchmarkIndex ~1400 (a noisy VM) and
 * 100 at ~2700.
 */
export function hostCalibration(benchmarkIndex: number | null | undefined, cpuSlowdown = DEFAULT_CPU_SLOWDOWN): string {
  if (!benchmarkIndex) return 'Lighthouse reported no benchmarkIndex for this host.';
  const index = Math.round(benchmarkIndex);
  // A slower simulated CPU on a fast host stands in for a slower host at the default slowdown.
  const effective = Math.round((benchmarkIndex * DEFAULT_CPU_SLOWDOWN) / cpuSlowdown);
  const where =
    effective > 2000
      ? 'faster than that, so CPU-bound numbers (TBT above all) read lower than on a calibrated host'
      : effective < 1500
        ? 'slower than that, so CPU-bound numbers (TBT above all) read higher than on a calibrated host'
        : 'within that range';
  const host =
    cpuSlowdown === DEFAULT_CPU_SLOWDOWN
      ? `this host's median was ${index}`
      : `this host's median was ${index}, and this run's ${cpuSlowdown}× slowdown makes it stand in for a ` +
        `host of about ${effective} at 4×`;
  return (
    `Lighthouse's 4× CPU slowdown is calibrated for a host with benchmarkIndex 1500–2000 ` +
    `(its docs/throttling.md); ${host}, ${where}.`
  );
}

function markdownReport(results: BenchResults): string {
  const { meta, routes, chunks, navigation } = results;
  const cpuSlowdown = meta.cpuSlowdown ?? DEFAULT_CPU_SLOWDOWN;
  const lines = [
    `_Ring Zero benchmark, ${meta.date}, commit ${meta.commit}. Lighthouse ${meta.lighthouseVersion}, mobile, ` +
      `simulated throttling (CPU ${cpuSlowdown}× slower), median of ${meta.runs} run(s); ${meta.browser}; ` +
      `${meta.cpus} CPU(s), Lighthouse benchmarkIndex ${Math.round(meta.benchmarkIndex ?? 0)}; ` +
      `Chromium flags \`${LIGHTHOUSE_CHROME_FLAGS.join(' ')}\`. Took ${(meta.durationMs / 60000).toFixed(1)} min._`,
    '',
    `_${hostCalibration(meta.benchmarkIndex, cpuSlowdown)}_`,
    '',
    '#### Lighthouse (medians)',
    '',
    table(
      [
        'Route',
        'Perf',
        'A11y',
        'BP',
        'SEO',
        'FCP',
        'LCP',
        'Script-free LCP',
        'LCP ÷ limit',
        'TBT',
        'CLS',
        'JS',
        'Total',
        'Requests',
      ],
      routes.map((r) => [
        `\`${r.route}\``,
        ...CATEGORIES.map((id) => score(r.ours.scores[id])),
        ms(r.ours.fcp),
        ms(r.ours.lcp),
        ms(r.limit?.lcp),
        r.lcpRatio == null ? '—' : `${r.lcpRatio.toFixed(2)}×`,
        ms(r.ours.tbt),
        r.ours.cls == null ? '—' : r.ours.cls.toFixed(3),
        kb(r.ours.jsBytes),
        kb(r.ours.totalBytes),
        String(r.ours.requestCount ?? '—'),
      ]),
    ),
    '',
    '#### Targets',
    '',
    table(
      ['Route', 'Perf 100', 'A11y 100', 'BP 100', 'SEO 100', 'LCP ≤ 1.15× limit', 'CLS 0', 'JS ≤ 100 KB'],
      routes.map((r) => [
        `\`${r.route}\``,
        ...CATEGORIES.map((id) => mark(r.pass[id])),
        mark(r.pass.lcp),
        mark(r.pass.cls),
        mark(r.pass.js),
      ]),
    ),
    '',
    '#### JavaScript requested on first load (transfer size)',
    '',
    table(
      ['Route', 'Chunks'],
      routes.map((r) => [
        `\`${r.route}\``,
        r.firstLoadChunks
          .map((c) => `${c.file} ${kb(c.transferSize)}${c.target === 'page' ? '' : ` (${c.target})`}`)
          .join(', ') || 'none',
      ]),
      2,
    ),
    '',
    '#### Audits costing points (run with the median LCP)',
    '',
    table(['Route', 'Category', 'Audits (score, value)'], lostPointsRows(routes), 3),
    '',
    '#### Built chunks',
    '',
    table(
      ['Chunk', 'Size', 'Gzip', 'Brotli (served)'],
      chunks.map((c) => [c.file, kb(c.bytes), kb(c.gzipBytes), kb(c.brotliBytes)]),
    ),
  ];
  if (results.wholeChapter?.length > 0) {
    lines.push(
      '',
      '#### JavaScript after reading a whole chapter (every island loaded)',
      '',
      "Diagrams and the quiz load as they come near the viewport, so Lighthouse's first load does not include them. " +
        'This is what a chapter costs once a learner has scrolled to its end (Playwright, transfer sizes, unthrottled): ' +
        'on a phone (inline diagrams, quiz) and on a wide screen (the side panel, quiz).',
      '',
      table(
        ['Route', 'Phone: JS', 'Phone: scripts', 'Wide screen: JS', 'Wide screen: scripts'],
        results.wholeChapter.map((w) =>
          w.error !== undefined
            ? [`\`${w.route}\``, `error: ${w.error}`, '—', '—', '—']
            : [`\`${w.route}\``, kb(w.phone.bytes), String(w.phone.count), kb(w.wide.bytes), String(w.wide.count)],
        ),
      ),
    );
  }
  if (results.machine) {
    const lcpRow = routes.find((r) => r.route === MACHINE_ROUTE) ?? null;
    lines.push(...machineMarkdown(results.machine, lcpRow, (h, rows) => table(h, rows, 4)));
  }
  if (results.slow3g?.length > 0) lines.push(...slow3gMarkdown(results.slow3g, table));
  if (navigation.length > 0) {
    lines.push(
      '',
      `#### Client-side navigation (click "Next" → new h1; median of ${meta.navRuns}, unthrottled)`,
      '',
      table(
        ['From', 'To', 'Median', 'Runs (ms)'],
        navigation.map((n) => [
          `\`${n.from}\``,
          `\`${n.to}\``,
          n.error ? `error: ${n.error}` : n.median === null ? '—' : `${n.median.toFixed(1)} ms`,
          n.times.map((t) => t.toFixed(1)).join(', ') || '—',
        ]),
        2,
      ),
    );
  }
  return lines.join('\n') + '\n';
}

/**
 * A run at Lighthouse's own settings is `latest` and goes into docs/performance.md; one with another CPU slowdown
 * (a calibration check) is written beside it as `cpu-<X>x` and leaves both alone.
 */
async function writeResults(results: BenchResults, cpuSlowdown: number | null): Promise<string> {
  await mkdir(RESULTS_DIR, { recursive: true });
  const markdown = markdownReport(results);
  const name = cpuSlowdown ? `cpu-${cpuSlowdown}x` : 'latest';
  await writeFile(path.join(RESULTS_DIR, `${name}.json`), JSON.stringify(results, null, 2) + '\n');
  await writeFile(path.join(RESULTS_DIR, `${name}.md`), markdown);
  log(`wrote ${path.relative('.', RESULTS_DIR)}/${name}.json and ${name}.md`);
  if (!cpuSlowdown) await updatePerformanceDoc(markdown);
  return markdown;
}

/** `page` with its generated section (between the bench markers) replaced by `markdown`; null without markers. */
export function withBenchSection(page: string, markdown: string): string | null {
  const start = page.indexOf(MARKERS.start);
  const end = page.indexOf(MARKERS.end, start);
  if (start === -1 || end === -1) return null;
  return page.slice(0, start + MARKERS.start.length) + '\n\n' + markdown + '\n' + page.slice(end);
}

/** Replaces the generated section of docs/performance.md; a page without the markers (or no page) is left alone. */
async function updatePerformanceDoc(markdown: string): Promise<void> {
  let page: string;
  try {
    page = await readFile(PERFORMANCE_DOC, 'utf8');
  } catch {
    return;
  }
  const updated = withBenchSection(page, markdown);
  if (updated === null) return;
  await writeFile(PERFORMANCE_DOC, updated);
  log('updated the generated section of docs/performance.md');
}

function browserVersion(): string {
  const browser = browserPath();
  if (!browser) return 'unknown browser';
  const result = spawnSync(browser, ['--version'], { encoding: 'utf8', timeout: 10_000 });
  return result.status === 0 ? result.stdout.trim() : 'unknown browser';
}

/** The commit being measured, "+dirty" when tracked files have changes (the build includes them). */
function gitCommit(): string {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8', timeout: 10_000 });
  if (head.status !== 0) return 'unknown';
  // The bench's own outputs do not count: they change with every run.
  const args = ['status', '--porcelain', '--untracked-files=no', '--', '.', ':!bench-results', ':!docs/performance.md'];
  const status = spawnSync('git', args, { encoding: 'utf8', timeout: 10_000 });
  return head.stdout.trim() + (status.status === 0 && status.stdout.trim() ? '+dirty' : '');
}

// ---------------------------------------------------------------------------------------------------------------
// Main

async function main() {
  const started = Date.now();
  // Taken before building, so the report names the code that was built even if commits land meanwhile.
  const commit = gitCommit();
  const options = benchOptions(process.argv.slice(2));
  if (!browserPath()) throw new Error('No Chromium found: set CHROME_PATH or install one.');
  if (options.build) await buildSite();
  const chapters = await loadChapters();
  const allRoutes = ['/', ...chapters.map((c) => `/${c.slug}`), MACHINE_ROUTE];
  const routes = options.routes ?? allRoutes;
  const unknown = routes.filter((r) => !allRoutes.includes(r));
  if (unknown.length > 0) throw new Error(`Unknown route(s): ${unknown.join(', ')}. Known: ${allRoutes.join(', ')}`);
  const selected = new Set(routes);

  const snapshots = await makeSnapshots(allRoutes.filter((r) => r !== '/'));
  const ours = await serve(snapshots.ours);
  const limit = await serve(snapshots.limit);
  try {
    // Every route but the home page is compared with its script-free copy.
    const chapterCount = routes.filter((r) => r !== '/').length;
    const progress = { done: 0, total: (routes.length + chapterCount) * options.runs };
    log(`Lighthouse: ${routes.length} route(s) + ${chapterCount} script-free page(s), ${options.runs} run(s) each`);

    const routeResults: RouteResult[] = [];
    for (const route of routes) {
      const oursResult = await measureRoute(ours.url(route), route, options.runs, progress, options.cpuSlowdown);
      const limitResult =
        route === '/'
          ? null
          : await measureRoute(limit.url(route), `${route} (script-free)`, options.runs, progress, options.cpuSlowdown);
      const { lcpRatio, pass } = evaluateTargets(route, oursResult, limitResult);
      routeResults.push({
        route,
        ours: oursResult,
        limit: limitResult,
        lcpRatio,
        pass,
        firstLoadChunks: firstLoadChunks(oursResult.requests),
      });
      if (lcpRatio != null) log(`${route}: LCP ${ms(oursResult.lcp)} = ${lcpRatio.toFixed(2)}× the script-free limit`);
    }

    log(`client-side navigation, ${options.navRuns} run(s) per chapter pair`);
    const navigation = await measureNavigations(ours, chapters, selected, options.navRuns);
    log('JavaScript after scrolling each chapter to its end');
    const wholeChapter = await measureWholeChapters(ours, routes);
    const chunks = await chunkSizes(snapshots.ours);
    log('the machine: first-load JavaScript, machine code in chapters, run times, frames while stepping');
    const machine = await measureMachine(ours, snapshots.ours, chunks, chapters, wholeChapter);
    const slowRoutes = SLOW3G_ROUTES.filter((r) => selected.has(r));
    log(`the first diagram on slow 3G: ${slowRoutes.join(', ') || 'no chapter selected'}`);
    const slow3g = slowRoutes.length > 0 ? await measureSlow3g(ours, slowRoutes, options.runs, log) : [];
    const results: BenchResults = {
      meta: {
        date: new Date().toISOString(),
        commit,
        runs: options.runs,
        navRuns: options.navRuns,
        lighthouseVersion: routeResults[0]?.ours.lighthouseVersion ?? null,
        browser: browserVersion(),
        cpus: os.cpus().length,
        benchmarkIndex: median(routeResults.flatMap((r) => [r.ours.benchmarkIndex, r.limit?.benchmarkIndex])),
        cpuSlowdown: routeResults[0]?.ours.cpuSlowdown ?? options.cpuSlowdown ?? DEFAULT_CPU_SLOWDOWN,
        targets: TARGETS,
        durationMs: Date.now() - started,
      },
      routes: routeResults,
      chunks,
      navigation,
      wholeChapter,
      machine,
      slow3g,
    };
    const markdown = await writeResults(results, options.cpuSlowdown);
    console.log('\n' + markdown);
  } finally {
    await ours.close();
    await limit.close();
    await rm(snapshots.root, { recursive: true, force: true });
  }
  log(`done in ${((Date.now() - started) / 60000).toFixed(1)} min`);
}

// Run as a script (npm run bench), not when a test imports a helper.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    await main();
  } catch (error) {
    console.error(`\nBenchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  }
}
