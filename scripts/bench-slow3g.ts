// The first diagram on a slow phone, measured for `npm run bench` (issue 19 point 7): on the UX
// walkthrough's slow-3G profile (400 ms round trip, 400 kbit/s each way, CPU 4× slower; see
// ../shared/reviews/ux-walkthrough.md), a phone loads a chapter, waits until the page has hydrated,
// scrolls to the first diagram and times how long until its controls can be used: the diagram's island
// has woken (data-interactive), its controls are no longer aria-busy and Forward is enabled. Then a tap
// on Forward must show step 2 (its response time is reported too). Target: usable within 2 s of the
// scroll. The service worker is left to register as it does for a learner (its first install then
// downloads the whole course over the same slow link).
// A report, not a test: nothing here fails the run when the target is missed.
//
//   npx tsx scripts/bench-slow3g.ts [--routes=/privilege-rings,/hypervisors] [--runs=3] [--dir=dist]   (serves dist/ as built)
/* global window, document, requestAnimationFrame, MutationObserver -- run inside the page */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { firstLine, median, type MarkdownTable, type ServedSite } from './bench-shared';
import { browserPath, CHROMIUM_ARGS, scriptContext } from './browser';

declare global {
  interface Window {
    __benchDiagramReady?: Promise<number>;
    __benchDiagramResponse?: Promise<number>;
  }
}

interface Visit {
  hydratedAfter: number;
  usable: number;
  response: number;
}

export interface Slow3gResult {
  route: string;
  usable: number | null;
  response: number | null;
  hydratedAfter: number | null;
  visits: Visit[];
  error: string | null;
  pass: boolean;
}

export const SLOW3G = { latencyMs: 400, kbitPerSecond: 400, cpuSlowdown: 4 };
export const SLOW3G_TARGET_MS = 2000;
export const SLOW3G_ROUTES = ['/privilege-rings', '/hypervisors'];
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const TIMEOUT_MS = 60_000;
const DIAGRAM = '.inline-diagram .stack-diagram';

/** In the page, right after the scroll: resolves with the ms until the diagram's controls are usable. */
function armReadyTimer(selector: string, timeoutMs: number): void {
  const started = performance.now();
  window.__benchDiagramReady = new Promise<number>((resolve, reject) => {
    const check = () => {
      const figure = document.querySelector(selector);
      const forward = [...(figure?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) =>
        b.textContent?.startsWith('Forward'),
      );
      const usable =
        figure?.getAttribute('data-interactive') === 'true' &&
        !figure.querySelector('[aria-busy="true"]') &&
        forward &&
        !forward.disabled;
      if (usable) resolve(performance.now() - started);
      else if (performance.now() - started > timeoutMs) reject(new Error(`not usable within ${timeoutMs} ms`));
      else requestAnimationFrame(check);
    };
    check();
  });
}

/** In the page: resolves with the ms from the next click until the diagram's step count changes. */
function armResponseTimer(selector: string, timeoutMs: number): void {
  const figure = document.querySelector(selector);
  if (!figure) throw new Error(`no ${selector} on the page`);
  const count = figure.querySelector('.step-count');
  const before = count?.textContent;
  window.__benchDiagramResponse = new Promise<number>((resolve, reject) => {
    let clickedAt: number | null = null;
    const observer = new MutationObserver(() => {
      if (clickedAt === null || figure.querySelector('.step-count')?.textContent === before) return;
      observer.disconnect();
      resolve(performance.now() - clickedAt);
    });
    observer.observe(figure, { subtree: true, childList: true, characterData: true });
    figure.addEventListener('click', (e) => (clickedAt = e.timeStamp), { capture: true, once: true });
    setTimeout(() => reject(new Error(`Forward showed no new step within ${timeoutMs} ms`)), timeoutMs);
  });
}

/** One fresh phone visit on slow 3G: the times to usable and to the first step's response. */
async function visitOnce(browser: Browser, url: string): Promise<Visit> {
  const context = await scriptContext(browser, PHONE);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const bytesPerSecond = (SLOW3G.kbitPerSecond * 1024) / 8;
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: SLOW3G.latencyMs,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW3G.cpuSlowdown });
    const navigated = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT_MS });
    await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, {
      timeout: TIMEOUT_MS,
    });
    const hydratedAfter = Date.now() - navigated;
    await page.evaluate((sel) => document.querySelector(sel)?.scrollIntoView({ block: 'center' }), DIAGRAM);
    await page.evaluate(`(${armReadyTimer.toString()})(${JSON.stringify(DIAGRAM)}, ${TIMEOUT_MS})`);
    const usable = await page.evaluate(
      () => window.__benchDiagramReady ?? Promise.reject(new Error('the page reloaded')),
    );
    await page.evaluate(`(${armResponseTimer.toString()})(${JSON.stringify(DIAGRAM)}, ${TIMEOUT_MS})`);
    await page.locator(DIAGRAM).first().getByRole('button', { name: 'Forward' }).tap();
    const response = await page.evaluate(
      () => window.__benchDiagramResponse ?? Promise.reject(new Error('the page reloaded')),
    );
    return { hydratedAfter, usable, response };
  } finally {
    await context.close();
  }
}

/** Median of each time over `runs` visits per route; an error is reported in the row, not thrown. */
export async function measureSlow3g(
  server: ServedSite,
  routes = SLOW3G_ROUTES,
  runs = 3,
  log: (line: string) => void = () => {},
): Promise<Slow3gResult[]> {
  const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
  const results: Slow3gResult[] = [];
  try {
    for (const route of routes) {
      const visits: Visit[] = [];
      let error: string | null = null;
      for (let run = 0; run < runs && !error; run++) {
        try {
          visits.push(await visitOnce(browser, server.url(route)));
        } catch (e) {
          error = firstLine(e);
        }
      }
      const med = (key: keyof Visit) => median(visits.map((v) => v[key]));
      const usable = med('usable');
      const result = {
        route,
        usable,
        response: med('response'),
        hydratedAfter: med('hydratedAfter'),
        visits,
        error,
        pass: !error && usable !== null && usable <= SLOW3G_TARGET_MS,
      };
      results.push(result);
      log(
        `slow 3G ${route}: ${error ? `error: ${error}` : `first diagram usable ${Math.round(usable ?? Number.NaN)} ms after the scroll, Forward answered in ${Math.round(result.response ?? Number.NaN)} ms`}`,
      );
    }
  } finally {
    await browser.close();
  }
  return results;
}

/** The report's section: one row per chapter. */
export function slow3gMarkdown(results: Slow3gResult[], table: MarkdownTable): string[] {
  const ms = (v: number | null) => (v == null ? '—' : `${Math.round(v)} ms`);
  return [
    '',
    `#### First diagram on slow 3G (phone; ${SLOW3G.latencyMs} ms RTT, ${SLOW3G.kbitPerSecond} kbit/s, CPU ${SLOW3G.cpuSlowdown}×; median of ${results[0]?.visits.length ?? 0})`,
    '',
    'Time from scrolling to the first diagram (once the page has hydrated) until its controls are usable: not busy, Forward enabled. Target 2 s.',
    '',
    table(
      ['Route', 'Hydrated after load', 'Usable after scroll', 'Forward → step 2', 'Target 2 s', 'Runs (usable, ms)'],
      results.map((r) => [
        `\`${r.route}\``,
        ms(r.hydratedAfter),
        r.error ? `error: ${r.error}` : ms(r.usable),
        ms(r.response),
        r.pass ? 'pass' : '**FAIL**',
        r.visits.map((v) => Math.round(v.usable)).join(', ') || '—',
      ]),
    ),
  ];
}

// Run alone: measure the built dist/ without the rest of the bench.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const { createServer } = await import('./serve');
  const { values } = parseArgs({
    options: {
      routes: { type: 'string' },
      runs: { type: 'string', default: '3' },
      dir: { type: 'string', default: 'dist' },
    },
  });
  const routes = values.routes?.split(',') ?? SLOW3G_ROUTES;
  const runs = Number(values.runs);
  const server = createServer({ dir: path.resolve(values.dir), base: '/' });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server is not listening on a port');
  const origin = `http://127.0.0.1:${address.port}`;
  try {
    const results = await measureSlow3g({ url: (r) => origin + r }, routes, runs, (line) => console.log(line));
    const table: MarkdownTable = (h, rows) =>
      [h, h.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
    console.log(slow3gMarkdown(results, table).join('\n'));
  } finally {
    server.closeAllConnections();
    server.close();
  }
}
