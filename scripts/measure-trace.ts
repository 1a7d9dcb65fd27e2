#!/usr/bin/env -S npx tsx
/* global document, window, requestAnimationFrame */
// Plays a full instruction trace in Chromium and reports long tasks (over 50 ms) and frame timings
// while it animates: `npx tsx scripts/measure-trace.ts [url]` against a served build (npm run serve).
import { chromium } from '@playwright/test';
import { browserPath, CHROMIUM_ARGS, scriptContext } from './browser';

declare global {
  interface Window {
    __long?: number[];
    __frames?: number[];
    __stop?: boolean;
  }
}

const url = process.argv[2] ?? 'http://127.0.0.1:4173/embed/kvm';
const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
const page = await (await scriptContext(browser, { viewport: { width: 1280, height: 900 } })).newPage();
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForFunction(() => document.querySelectorAll('[data-interactive="false"]').length === 0);
await page.evaluate(() => {
  const long: number[] = [];
  const frames: number[] = [];
  window.__long = long;
  window.__frames = frames;
  new PerformanceObserver((list) => long.push(...list.getEntries().map((e) => e.duration))).observe({
    type: 'longtask',
  });
  let last = performance.now();
  const tick = (t: number) => {
    frames.push(t - last);
    last = t;
    if (!window.__stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});
// Switch design once (the morph), then play the whole trace.
await page.getByLabel('Design').selectOption('hardware-assisted');
await page.waitForTimeout(800);
await page.getByRole('button', { name: 'Play' }).click();
await page.waitForFunction(() => document.querySelector('.trace-controls .primary')?.textContent === 'Replay', null, {
  timeout: 30_000,
});
await page.waitForTimeout(600);
const { long, frames } = await page.evaluate(() => {
  window.__stop = true;
  return { long: window.__long ?? [], frames: (window.__frames ?? []).slice(1) };
});
frames.sort((a, b) => a - b);
const pct = (p: number) => frames[Math.min(frames.length - 1, Math.floor((p / 100) * frames.length))]?.toFixed(1);
console.log(
  `Trace on ${url}: ${frames.length} frames; frame time median ${pct(50)} ms, p95 ${pct(95)} ms, max ${frames.at(-1)?.toFixed(1)} ms`,
);
console.log(
  `Long tasks (>50 ms) during the morph and the full trace: ${long.length}${long.length ? ` (longest ${Math.max(...long).toFixed(0)} ms)` : ''}`,
);
await browser.close();
