// Deployments while a learner has the course open (security review findings 5 and 10): the server
// swaps one build for the next under an open tab, as a host does on deploy.
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from '@playwright/test';
import { E2E_DIST } from '../../playwright.config';
import { contentSecurityPolicy } from '../../scripts/prerender';
import { createServer } from '../../scripts/serve';
import { buildServiceWorker } from '../../scripts/service-worker';
import { expect, hydrated, test } from './fixtures';

const TEXT = /\.(html|js|css|json|webmanifest|xml|txt)$|_headers$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/**
 * Deploy the next build into `dir`: what a new build leaves on the server. Every script and stylesheet
 * gets a new hashed name and the old ones are gone, the pages and the service worker point at the new
 * ones, with the policy hashes that follow (made from the first build rather than built twice: a build
 * takes minutes, this takes a second).
 */
async function deployNextBuild(dir: string): Promise<void> {
  const assets = path.join(dir, 'assets');
  const renamed = readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((f) => [f, f.replace(/\.(js|css)$/, '-next.$1')] as const);
  const rename = (text: string) => renamed.reduce((t, [from, to]) => t.replaceAll(from, to), text);
  // The page's inline loader names the entry script, so its hash in the Content-Security-Policy changes.
  const home = readFileSync(path.join(dir, 'index.html'), 'utf8');
  const [oldPolicy, newPolicy] = [contentSecurityPolicy(home), contentSecurityPolicy(rename(home))];
  if (!home.includes(oldPolicy) || oldPolicy === newPolicy) throw new Error('deployNextBuild: policy not found');
  for (const file of filesUnder(dir)) {
    // Precompressed copies would still hold the old names: the server compresses on the fly instead.
    if (/\.(br|gz)$/.test(file)) rmSync(file);
    else if (TEXT.test(file)) {
      const text = readFileSync(file, 'utf8');
      const next = rename(text).replaceAll(oldPolicy, newPolicy);
      if (next !== text) writeFileSync(file, next);
    }
  }
  for (const [from, to] of renamed) renameSync(path.join(assets, from), path.join(assets, to));
  await buildServiceWorker(dir);
}

interface Site {
  readonly origin: string;
  readonly dir: string;
  readonly page: Page;
  /** Console errors and uncaught errors, except the ones a missing chunk of the old build causes. */
  readonly errors: string[];
  /** When the browser last asked the server for the service worker's script (an update check). */
  lastWorkerCheck(): number;
  close(): Promise<void>;
}

/** A private copy of the built site on its own port, and a browser tab of its own. */
async function openSite(browser: Browser, options: BrowserContextOptions = {}): Promise<Site> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rz-deploy-'));
  cpSync(E2E_DIST, dir, { recursive: true });
  const server = createServer({ dir, dev: true });
  let lastWorkerCheck = Date.now();
  server.on('request', (req) => {
    if (req.url?.split('?')[0]?.endsWith('/sw.js')) lastWorkerCheck = Date.now();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const expected = /dynamically imported module|Failed to load module script|status of 404/;
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !expected.test(m.text())) errors.push(m.text());
  });
  return {
    origin,
    dir,
    page,
    errors,
    lastWorkerCheck: () => lastWorkerCheck,
    close: async () => {
      await context.close();
      server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Mark the running page: the mark is gone once the page has been loaded again. */
const mark = (page: Page) => page.evaluate(() => ((window as unknown as { rzMark: boolean }).rzMark = true));
const marked = (page: Page) => page.evaluate(() => (window as unknown as { rzMark?: boolean }).rzMark === true);
const runsNextBuild = (page: Page) => page.locator('script[type="module"][src*="-next.js"]');

/**
 * Wait until the page has registered the service worker (which also checks for a new one): it does so
 * at the idle moment after it links the manifest, and an update check queues behind that registration.
 */
async function registered(page: Page) {
  await expect(page.locator('link[rel="manifest"]')).toBeAttached();
  await page.evaluate(async () => {
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
    await (await navigator.serviceWorker.getRegistration())?.update();
  });
}

async function openChapterFromSidebar(page: Page, title: string) {
  await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await hydrated(page);
  // The quiz, far below, loads its code when it comes near: scroll there.
  await page.locator('#quiz').or(page.getByText('Loading the quiz…')).first().scrollIntoViewIfNeeded();
  await expect(page.locator('#quiz li.question').first()).toBeVisible();
  await expect(page.getByText(/could not be shown/)).toHaveCount(0);
}

test('a tab opened before a deployment loads the next chapter from the new build, with no error (finding 5)', async ({
  browser,
}) => {
  test.slow();
  // No service worker: nothing but the server can answer, and it no longer has the old chunks.
  const site = await openSite(browser, { serviceWorkers: 'block' });
  const { page } = site;
  try {
    await page.goto(`${site.origin}/hypervisors`);
    await hydrated(page);
    await mark(page);
    await deployNextBuild(site.dir);
    await openChapterFromSidebar(page, 'Kernel-level virtualization');
    // It got there by loading the address once more, which brought the new build.
    expect(await marked(page)).toBe(false);
    await expect(runsNextBuild(page)).toHaveCount(1);
    await expect(page).toHaveURL(/\/kernel-level\/?$/);
    // Inside the new build, client-side navigation works as usual (no second reload).
    await mark(page);
    await openChapterFromSidebar(page, 'Hypervisor virtualization');
    expect(await marked(page)).toBe(true);
    expect(site.errors).toEqual([]);
  } finally {
    await site.close();
  }
});

test('after a deployment the open tab offers the update, keeps an unchecked selection, and reloads only itself (findings 5, 10)', async ({
  browser,
}) => {
  test.slow();
  const site = await openSite(browser);
  const { page } = site;
  const banner = (p: Page) => p.getByRole('status').filter({ hasText: 'A new version of the course is available.' });
  try {
    // A first visit: the service worker installs this build, but does not control the tab yet.
    await page.goto(`${site.origin}/hypervisors`);
    await hydrated(page);
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    // A second tab, opened since, runs this build under the service worker.
    const other = await page.context().newPage();
    await other.goto(`${site.origin}/glossary`);
    await hydrated(other);
    await registered(other);
    await deployNextBuild(site.dir);
    // Moving to the next chapter works (from the old build's files the browser still holds, or by loading
    // the address once more), and both tabs hear of the update.
    await openChapterFromSidebar(page, 'Kernel-level virtualization');
    await expect(banner(page)).toBeVisible();
    await expect(banner(other)).toBeVisible();
    await mark(other);

    // An answer chosen but not checked survives "Reload to update", which reloads this tab only.
    const question = page.locator('#quiz li.question').first();
    const choice = question.getByRole('radio').first();
    await choice.check();
    await mark(page);
    await banner(page).getByRole('button', { name: 'Reload to update' }).click();
    await page.waitForFunction(() => !(window as unknown as { rzMark?: boolean }).rzMark);
    await hydrated(page);
    await expect(runsNextBuild(page)).toHaveCount(1);
    await expect(banner(page)).toHaveCount(0);
    await expect(page.locator('#quiz li.question').first().getByRole('radio').first()).toBeChecked();
    expect(await marked(other)).toBe(true);
    // The other tab keeps its offer; taking it loads the new version there as well.
    await banner(other).getByRole('button', { name: 'Reload to update' }).click();
    await other.waitForFunction(() => !(window as unknown as { rzMark?: boolean }).rzMark);
    await hydrated(other);
    await expect(runsNextBuild(other)).toHaveCount(1);
    expect(site.errors).toEqual([]);
  } finally {
    await site.close();
  }
});

/**
 * Open a chapter in a tab the service worker controls, let the page register (and check) its worker,
 * then deploy the next build and mark the tab, so a later reload would show.
 */
async function deployUnderControlledTab({ page, origin, dir, lastWorkerCheck }: Site) {
  await page.goto(`${origin}/hypervisors`);
  await hydrated(page);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
  await page.reload();
  await hydrated(page);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await registered(page);
  // The browser also checks for a new worker after a controlled page loads, once the page has fetched
  // nothing for a moment (later on a busy machine). Deploy only after that check, or it finds the new
  // build by itself and the tests below could not tell who asked.
  await expect.poll(() => Date.now() - lastWorkerCheck(), { timeout: 30_000 }).toBeGreaterThan(3_000);
  await deployNextBuild(dir);
  await mark(page);
}

test('a tab the service worker controls hears of a deployment when the learner moves to another page (finding 10)', async ({
  browser,
}) => {
  test.slow();
  const site = await openSite(browser);
  const { page } = site;
  try {
    // The page's own registration (which checks for a new worker too) is done before the deployment,
    // so only what follows can find it.
    await deployUnderControlledTab(site);
    // The old build keeps working from its cache, and the move within the course asks for news.
    await openChapterFromSidebar(page, 'Kernel-level virtualization');
    await expect(
      page.getByRole('status').filter({ hasText: 'A new version of the course is available.' }),
    ).toBeVisible();
    expect(await marked(page)).toBe(true);
    expect(site.errors).toEqual([]);
  } finally {
    await site.close();
  }
});

test('a tab left open on one page hears of a deployment within half an hour, with no navigation (finding 10)', async ({
  browser,
}) => {
  test.slow();
  const site = await openSite(browser);
  const { page } = site;
  try {
    // The page's clock is ours to move on; it runs as usual until then.
    await page.clock.install();
    await deployUnderControlledTab(site);
    const offer = page.getByRole('status').filter({ hasText: 'A new version of the course is available.' });
    // The learner stays on the page: nothing asks yet.
    await page.clock.runFor(5_000);
    await expect(offer).toHaveCount(0);
    // Half an hour later the tab has asked on its own.
    await page.clock.fastForward('30:01');
    await expect(offer).toBeVisible();
    expect(await marked(page)).toBe(true);
    expect(site.errors).toEqual([]);
  } finally {
    await site.close();
  }
});
