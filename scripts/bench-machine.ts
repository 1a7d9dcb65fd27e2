// The Ring Zero machine's budgets (issue 20), measured for `npm run bench`:
//   - /machine's first-load JavaScript (Brotli, as served) at most 60 KB above a chapter's;
//   - chapters without an embedded machine load none of its code, even scrolled to their end;
//   - a 10,000-instruction program runs in under 50 ms under every design (the shipped, minified model);
//   - stepping through a trace on /machine causes no long animation frame or long task (over 50 ms).
// LCP of /machine against its script-free copy is measured by bench.ts with the chapters.
// A report, not a test: nothing here fails the run when a budget is missed.
/* global window, document -- the observers below run inside the page */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { build } from 'esbuild';
import type { DesignId } from '../src/model/machine/designs';
import type { Program } from '../src/model/machine/isa';
import type { RunResult } from '../src/model/machine/run';
import type { ChunkSize, MarkdownTable, ServedSite, WholeChapter } from './bench-shared';
import { median } from './bench-shared';
import { scriptContext } from './browser';

/** A long animation frame or long task as the page observed it (scripts and render: LoAF only). */
interface SlowEntry {
  type: string;
  duration: number;
  /** Time in scripts (event handlers, React's scheduler, animation callbacks) during the frame. */
  scripts: number;
  /** Style, layout and paint at the frame's end. */
  render: number;
}

declare global {
  interface Window {
    __slow?: SlowEntry[];
  }
}

/** What loadShippedModel imports: these exports of src/model/machine, bundled and minified. */
interface ShippedModel {
  parseProgram: typeof import('../src/model/machine/isa').parseProgram;
  runProgram: typeof import('../src/model/machine/run').runProgram;
  designIds: typeof import('../src/model/machine/designs').designIds;
  portToXen: typeof import('../src/model/machine/translate').portToXen;
  portedProgram: typeof import('../src/model/machine/translate').portedProgram;
}

export interface MachineRun {
  design: DesignId;
  program: string;
  steps: number;
  status: RunResult['status'];
  median: number | null;
  max: number;
  pass: boolean | null;
}

export interface MachineFirstLoad {
  device: string;
  chapterRoute: string;
  machineBytes: number;
  chapterBytes: number;
  extra: number;
  machineOnly: string[];
  pass: boolean;
}

interface SlowFrames {
  longFrames: number;
  longTasks: number;
  longest: number;
  /** Of the longest animation frame: its scripts and rendering; the rest of it is waiting (for the CPU). */
  longestFrame: { scripts: number; render: number } | null;
}

export interface MachineFrames {
  stepping: SlowFrames & { steps: number; pass: boolean };
  run: SlowFrames;
}

export interface ChapterMachineCode {
  route: string;
  embeds: boolean;
  loaded: string[];
  pass: boolean | null;
}

/** The machine's section of the bench results, or why it could not be measured. */
export type MachineResults =
  | {
      machineFiles: string[];
      firstLoad: MachineFirstLoad[];
      frames: MachineFrames;
      runs: MachineRun[];
      chapters: ChapterMachineCode[];
      load: number[];
      error?: undefined;
    }
  | { error: string };

export const MACHINE_TARGETS = { extraJsBytes: 60 * 1024, runMs: 50, frameMs: 50, lcpRatio: 1.15 };

/**
 * Text only the machine's code contains: the step-limit message of src/model/machine/run.ts and the
 * editor's label in src/machine/Editor.tsx. If a rewording removes both, the report says it found no
 * machine code instead of claiming that no chapter loads any.
 */
const MACHINE_MARKERS = ['the program may loop forever', 'Guest program'];

/** A kernel loop with privileged, I/O and cpuid work in every pass, and what a process can run instead. */
export const KERNEL_LOOP = "mov r0, 'x'\nloop: cli\nout 0x3f8, r0\ncpuid r1\nsti\nmov cr3, r3\njmp loop";
const PROCESS_LOOP = 'loop: add r0, 1\ncpuid r1\npushf r2\nsyscall\njmp loop';

/** The built chunks that hold machine code, by file name. */
export async function machineChunkFiles(assetsDir: string, files: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const file of files) {
    const text = await readFile(path.join(assetsDir, file), 'utf8');
    if (MACHINE_MARKERS.some((m) => text.includes(m))) found.push(file);
  }
  return found;
}

/** The model as it ships: bundled and minified by esbuild (what Vite uses), imported from a temp file. */
async function loadShippedModel(): Promise<ShippedModel> {
  const entry = [
    "export { parseProgram } from './src/model/machine/isa.ts';",
    "export { runProgram } from './src/model/machine/run.ts';",
    "export { designIds } from './src/model/machine/designs.ts';",
    "export { portToXen, portedProgram } from './src/model/machine/translate.ts';",
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ring-zero-machine-'));
  const file = path.join(dir, 'machine.mjs');
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild wrote no bundle of the machine model');
  await writeFile(file, output.text);
  try {
    // The bundle re-exports exactly the functions ShippedModel names (see `entry` above).
    return (await import(pathToFileURL(file).href)) as ShippedModel;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Each design runs a loop until the 10,000-instruction limit: the kernel loop (ported to hypercalls
 * under Xen), or, where there is no guest kernel to run it, a process loop of system calls.
 * Median and slowest of `runs` timed runs after warm-up runs.
 */
export async function timeMachineRuns(runs = 9): Promise<MachineRun[]> {
  const m = await loadShippedModel();
  const parsed = (text: string): Program => {
    const result = m.parseProgram(text);
    if (!result.ok) throw new Error(`the bench's program does not parse: ${result.errors[0]?.message ?? ''}`);
    return result.program;
  };
  const kernel = parsed(KERNEL_LOOP);
  const port = m.portToXen(kernel);
  if (!port.ok) throw new Error(`the bench's kernel loop cannot be ported to Xen: ${port.message}`);
  const programs = {
    kernel: { text: 'kernel loop', program: kernel },
    ported: { text: 'kernel loop ported to hypercalls', program: m.portedProgram(port.lines) },
    process: { text: 'process loop', program: parsed(PROCESS_LOOP) },
  };
  const which = (design: DesignId) =>
    design === 'paravirtualization'
      ? programs.ported
      : design === 'shared-kernel' || design === 'user-mode-linux'
        ? programs.process
        : programs.kernel;
  const results: MachineRun[] = [];
  for (const design of m.designIds) {
    const { text, program } = which(design);
    for (let i = 0; i < 3; i++) m.runProgram(program, design);
    const times: number[] = [];
    let last = m.runProgram(program, design);
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      last = m.runProgram(program, design);
      times.push(performance.now() - start);
    }
    results.push({
      design,
      program: text,
      steps: last.steps,
      status: last.status,
      median: median(times),
      max: Math.max(...times),
      pass: last.steps === 10_000 ? (median(times) ?? Infinity) < MACHINE_TARGETS.runMs : null,
    });
  }
  return results;
}

async function hydrated(page: Page, timeout: number): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout });
}

/** The scripts a page requests when opened (no scrolling), once it is hydrated and the network is quiet. */
async function firstLoadScripts(
  browser: Browser,
  url: string,
  contextOptions: BrowserContextOptions,
  timeout: number,
): Promise<string[]> {
  const context = await scriptContext(browser, contextOptions);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load', timeout });
    await hydrated(page, timeout);
    await page.waitForLoadState('networkidle', { timeout });
    return await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'))
        .map((e) => new URL(e.name).pathname.split('/').pop() ?? ''),
    );
  } finally {
    await context.close();
  }
}

const PHONE: BrowserContextOptions = {
  viewport: { width: 412, height: 823 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 1.75,
};
const LAPTOP: BrowserContextOptions = { viewport: { width: 1366, height: 768 } };

/**
 * First-load JavaScript of /machine and of a chapter, in Brotli bytes of the built chunks (what the
 * host serves), on a phone and on a laptop.
 */
export async function machineFirstLoad(
  browser: Browser,
  server: ServedSite,
  chapterRoute: string,
  chunks: ChunkSize[],
  timeout: number,
): Promise<MachineFirstLoad[]> {
  const brotli = new Map(chunks.map((c) => [c.file, c.brotliBytes]));
  const sum = (files: string[]) => files.reduce((n, f) => n + (brotli.get(f) ?? 0), 0);
  const results: MachineFirstLoad[] = [];
  for (const [device, options] of [
    ['phone', PHONE],
    ['laptop', LAPTOP],
  ] as const) {
    const machine = await firstLoadScripts(browser, server.url('/machine'), options, timeout);
    const chapter = await firstLoadScripts(browser, server.url(chapterRoute), options, timeout);
    const extra = sum(machine) - sum(chapter);
    results.push({
      device,
      chapterRoute,
      machineBytes: sum(machine),
      chapterBytes: sum(chapter),
      extra,
      machineOnly: machine.filter((f) => !chapter.includes(f)),
      pass: extra <= MACHINE_TARGETS.extraJsBytes,
    });
  }
  return results;
}

/**
 * Opens /machine with the kernel loop under KVM, then presses Step `steps` times (the diagram's marker
 * moves between the guest kernel, the KVM module and QEMU) and collects long animation frames and long
 * tasks. Pressing Run on the 10,000-instruction loop is measured the same way, for information.
 */
export async function machineFrames(
  browser: Browser,
  server: ServedSite,
  timeout: number,
  steps = 40,
): Promise<MachineFrames> {
  const context = await scriptContext(browser, LAPTOP);
  try {
    const page = await context.newPage();
    const query = new URLSearchParams({ design: 'kvm', program: KERNEL_LOOP });
    await page.goto(server.url(`/machine?${query}`), { waitUntil: 'load', timeout });
    await hydrated(page, timeout);
    await page.waitForFunction(() => document.querySelector('textarea')?.readOnly === false, null, { timeout });
    await page.waitForLoadState('networkidle', { timeout });
    const observe = () =>
      page.evaluate(() => {
        const slow: SlowEntry[] = [];
        window.__slow = slow;
        for (const type of ['long-animation-frame', 'longtask']) {
          new PerformanceObserver((list) =>
            slow.push(
              ...list.getEntries().map((e) => {
                // A LoAF entry (not yet in TypeScript's DOM types) says where its time went.
                const loaf = e as PerformanceEntry & {
                  renderStart?: number;
                  scripts?: readonly { duration: number }[];
                };
                return {
                  type,
                  duration: e.duration,
                  scripts: (loaf.scripts ?? []).reduce((sum, s) => sum + s.duration, 0),
                  render: loaf.renderStart ? e.startTime + e.duration - loaf.renderStart : 0,
                };
              }),
            ),
          ).observe({ type });
        }
      });
    const collect = async (): Promise<SlowFrames> => {
      await page.waitForTimeout(500);
      const slow = await page.evaluate(() => window.__slow ?? []);
      const frames = slow.filter((e) => e.type === 'long-animation-frame');
      const tasks = slow.filter((e) => e.type === 'longtask').map((e) => e.duration);
      const worst = frames.reduce<SlowEntry | null>((w, e) => (w && w.duration >= e.duration ? w : e), null);
      return {
        longFrames: frames.length,
        longTasks: tasks.length,
        longest: Math.max(0, ...frames.map((e) => e.duration), ...tasks),
        longestFrame: worst && { scripts: worst.scripts, render: worst.render },
      };
    };
    // Focus Step once, then press Enter like a keyboard user: a locator per press would make Playwright
    // compute accessible names over the whole page, in the page's main thread, and count as our long task.
    await page.getByRole('button', { name: 'Step', exact: true }).focus();
    await observe();
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press('Enter');
      // Long enough for the marker's move to finish before the next press.
      await page.waitForTimeout(150);
    }
    const counted = await collect();
    const stepping = { steps, ...counted, pass: counted.longFrames === 0 && counted.longTasks === 0 };
    await page.getByRole('button', { name: 'Run', exact: true }).focus();
    await observe();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.textContent?.includes('Stopped at the step limit.'), null, {
      timeout,
    });
    const run = await collect();
    return { stepping, run };
  } finally {
    await context.close();
  }
}

/** Chapters scrolled to their end: which loaded machine code, and whether they embed a machine. */
export function chapterMachineCode(wholeChapter: WholeChapter[], machineFiles: string[]): ChapterMachineCode[] {
  return wholeChapter.flatMap((w) => {
    if (w.error !== undefined) return [];
    const loaded = [...new Set([...w.phone.files, ...w.wide.files])].filter((f) => machineFiles.includes(f));
    const embeds = w.phone.embedsMachine || w.wide.embedsMachine;
    return { route: w.route, embeds, loaded, pass: embeds ? null : loaded.length === 0 };
  });
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const msText = (v: number | null) => (v == null ? '—' : `${v.toFixed(1)} ms`);
/** Where the longest frame's time went: a frame of little work is one that waited for the CPU. */
const frameDetail = ({ longestFrame: f }: SlowFrames) =>
  f ? ` (scripts ${msText(f.scripts)}, rendering ${msText(f.render)})` : '';
const mark = (pass: boolean | null) => (pass == null ? 'n/a' : pass ? 'pass' : '**FAIL**');

/** The machine's section of the Markdown report. */
export function machineMarkdown(
  machine: MachineResults,
  lcpRow: { lcpRatio: number | null } | null,
  table: MarkdownTable,
): string[] {
  const lines = ['', '#### The machine (issue 20 budgets)', ''];
  if (machine.error !== undefined) return [...lines, `The machine could not be measured: ${machine.error}`];
  const rows: string[][] = [];
  for (const f of machine.firstLoad) {
    rows.push([
      `First-load JS of \`/machine\` minus \`${f.chapterRoute}\`'s, ${f.device} (Brotli)`,
      `${kb(f.machineBytes)} − ${kb(f.chapterBytes)} = ${kb(f.extra)}`,
      `≤ ${kb(MACHINE_TARGETS.extraJsBytes)}`,
      mark(f.pass),
    ]);
  }
  const chapters = machine.chapters;
  const without = chapters.filter((c) => !c.embeds);
  const offenders = without.filter((c) => !c.pass);
  rows.push([
    'Chapters without an embedded machine that load its code (scrolled to the end)',
    machine.machineFiles.length === 0
      ? 'no machine chunk found in the build'
      : `${offenders.length} of ${without.length}${offenders.length ? `: ${offenders.map((c) => `\`${c.route}\``).join(', ')}` : ''}`,
    '0',
    machine.machineFiles.length === 0 || without.length === 0 ? 'n/a' : mark(offenders.length === 0),
  ]);
  for (const r of machine.runs) {
    rows.push([
      `10,000 instructions under ${r.design} (${r.program})`,
      r.steps === 10_000
        ? `median ${msText(r.median)}, slowest ${msText(r.max)}`
        : `stopped after ${r.steps}: ${r.status}`,
      `< ${MACHINE_TARGETS.runMs} ms`,
      mark(r.pass),
    ]);
  }
  const s = machine.frames.stepping;
  rows.push([
    `Stepping ${s.steps} events on \`/machine\` (KVM): long animation frames / long tasks`,
    `${s.longFrames} / ${s.longTasks}${s.longest ? `, longest ${msText(s.longest)}${frameDetail(s)}` : ''}`,
    `none over ${MACHINE_TARGETS.frameMs} ms`,
    mark(s.pass),
  ]);
  const r = machine.frames.run;
  rows.push([
    'Run on the 10,000-instruction loop (for information)',
    `${r.longFrames} / ${r.longTasks}${r.longest ? `, longest ${msText(r.longest)}` : ''}`,
    '—',
    'n/a',
  ]);
  if (lcpRow)
    rows.push([
      'LCP of `/machine` ÷ its script-free copy (Lighthouse)',
      lcpRow.lcpRatio == null ? '—' : `${lcpRow.lcpRatio.toFixed(2)}×`,
      `≤ ${MACHINE_TARGETS.lcpRatio}×`,
      mark(lcpRow.lcpRatio == null ? null : lcpRow.lcpRatio <= MACHINE_TARGETS.lcpRatio),
    ]);
  const embedding = chapters.filter((c) => c.embeds).map((c) => `\`${c.route}\``);
  return [
    ...lines,
    'Run times are of the minified model in Node on this host; frames and first loads are measured in Chromium, ' +
      `unthrottled, with a load average of ${machine.load.map((l) => l.toFixed(1)).join(' / ')} (1 / 5 / 15 min) on ` +
      `${os.cpus().length} CPU(s): on a busy host the timings read high. ` +
      `Machine chunks: ${machine.machineFiles.join(', ') || 'none found'}. ` +
      `Chapters with an embedded machine: ${embedding.join(', ') || 'none'}.`,
    '',
    table(['Budget', 'Measured', 'Target', 'Result'], rows, 1),
  ];
}
