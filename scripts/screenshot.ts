#!/usr/bin/env -S npx tsx
// Screenshots of the served site in Debian's Chromium, for looking at what we build:
//   npx tsx scripts/screenshot.ts http://127.0.0.1:4173/privilege-rings out.png [width] [height] [dark]
import { chromium } from '@playwright/test';
import { browserPath, CHROMIUM_ARGS } from './browser';

const [url, out = 'shot.png', width = '1440', height = '900', scheme = 'light'] = process.argv.slice(2);
if (!url) throw new Error('Usage: npx tsx scripts/screenshot.ts <url> [out.png] [width] [height] [light|dark]');
if (scheme !== 'light' && scheme !== 'dark') throw new Error(`The colour scheme is light or dark, not "${scheme}"`);
const browser = await chromium.launch({ executablePath: browserPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) }, colorScheme: scheme });
page.on(
  'console',
  (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(`console.${m.type()}: ${m.text()}`),
);
page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
page.on('requestfailed', (r) => console.log(`requestfailed: ${r.url()}`));
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForTimeout(1200);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
console.log(`saved ${out}`);
