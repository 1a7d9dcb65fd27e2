// Where the end-to-end tests find Chromium: CHROME_PATH, Playwright's own download, or the system's.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

const SYSTEM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
];

export function browserPath(): string | undefined {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but there is no file there.`);
  }
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    /* Playwright has no browser of its own here */
  }
  const system = SYSTEM_PATHS.find((p) => existsSync(p));
  if (system) return system;
  return undefined;
}

/**
 * A browser context for the scripts run by tsx (bench, measure-trace). tsx compiles with esbuild's
 * keepNames, which wraps a named function in `__name(fn, "name")`; Playwright sends a function given to
 * page.evaluate or waitForFunction to the page as source text, where no `__name` exists. Every page
 * of this context gets a no-op one. (Tests are compiled by Playwright itself, which adds no such call.)
 */
export async function scriptContext(browser: Browser, options?: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  return context;
}
