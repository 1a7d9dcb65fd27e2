import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { E2E_DIST } from '../../playwright.config';
import { createServer } from '../../scripts/serve';
import { compressFile } from '../../scripts/precompress';
import { buildServiceWorker } from '../../scripts/service-worker';
import { expect, hydrated, test } from './fixtures';

test('search finds a section by a misspelled word and lands on it', async ({ page }) => {
  await page.goto('/');
  await hydrated(page);
  await page.keyboard.press('/');
  const box = page.getByRole('combobox', { name: 'Search the course' });
  await expect(box).toBeFocused();
  await box.fill('paravirtualisation');
  const first = page.getByRole('option').first();
  await expect(first).toContainText('Paravirtualization');
  await expect(first.locator('mark')).not.toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/hypervisors\/#paravirtualization$/);
  await expect(page.locator('#paravirtualization')).toBeInViewport();
});

test('search: prefixes, joined words, keyboard navigation and an empty result', async ({ page }) => {
  await page.goto('/glossary');
  await hydrated(page);
  await page.keyboard.press('Control+k');
  const box = page.getByRole('combobox');
  await box.fill('hyperv');
  await expect(page.getByRole('option').filter({ hasText: 'Hyper-V' }).first()).toBeVisible();
  await box.fill('paravirt');
  await expect(page.getByRole('option').first()).toContainText(/Paravirtual/i);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option').nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute(
    'aria-activedescendant',
    (await page.getByRole('option').nth(1).getAttribute('id')) ?? '',
  );
  await box.fill('zzzqqqxx');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing matches' })).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('link', { name: 'glossary' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the theme toggle is remembered and applied before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/privilege-rings');
  await hydrated(page);
  await page.getByRole('button', { name: 'Switch to dark theme' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // On reload, the inline head script sets the theme before any stylesheet or script runs:
  // capture the attribute and the background at the very first paint.
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      if (document.body) {
        (window as unknown as { firstBg: string }).firstBg = getComputedStyle(document.body).backgroundColor;
        (window as unknown as { firstTheme: string }).firstTheme = document.documentElement.dataset.theme ?? '';
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  const first = await page.evaluate(() => ({
    theme: (window as unknown as { firstTheme: string }).firstTheme,
    bg: (window as unknown as { firstBg: string }).firstBg,
  }));
  expect(first.theme).toBe('dark');
  expect(first.bg).toBe('rgb(17, 20, 24)');
  await hydrated(page);
  await expect(page.getByRole('button', { name: 'Switch to light theme' })).toBeVisible();
});

test('printing a chapter handout shows no navigation and no answers', async ({ page }) => {
  await page.goto('/print/hypervisors');
  await hydrated(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav')).toHaveCount(0);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('.print-questions > li').first()).toBeVisible();
  await expect(page.locator('.choice-why, .verdict, input[type=radio]')).toHaveCount(0);
  await expect(page.locator('.print-diagram ol li').first()).toBeVisible();
  await expect(page.locator('.link-target').first()).toContainText('http');
  // The answer key does give the answers.
  await page.goto('/print/hypervisors/answers');
  await expect(page.getByRole('heading', { level: 2, name: 'Answer key' })).toBeVisible();
  await expect(page.locator('.print-questions strong').first()).toBeVisible();
});

test('a lesson printed from the normal page hides navigation and controls', async ({ page }) => {
  await page.goto('/shared-kernel');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  await expect(page.locator('.trace-controls').first()).toBeHidden();
});

test('every link on the instructors page resolves', async ({ page, request }) => {
  await page.goto('/instructors');
  await hydrated(page);
  const hrefs = await page
    .locator('main a[href^="/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(100);
  const pages = new Map<string, string>();
  for (const href of new Set(hrefs)) {
    const [path = '/', hash] = href.split('#');
    const pathname = path.split('?')[0] ?? '/';
    if (!pages.has(pathname)) {
      const res = await request.get(pathname);
      expect(res.status(), href).toBe(200);
      pages.set(pathname, await res.text());
    }
    if (hash) expect(pages.get(pathname), href).toContain(`id="${hash}"`);
  }
  await expect(page.getByRole('button', { name: /Copy embed code for KVM/ })).toBeVisible();
});

test('the ? key lists the keyboard shortcuts, and ] goes to the next chapter', async ({ page }) => {
  await page.goto('/privilege-rings');
  await hydrated(page);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press(']');
  await expect(page).toHaveURL(/\/hosted-virtualization\/$/);
  await page.keyboard.press('[');
  await expect(page).toHaveURL(/\/privilege-rings\/$/);
});

test('[ and ] step from the address shown, even while a slow phone is still drawing the chapter', async ({ page }) => {
  await page.goto('/privilege-rings');
  await hydrated(page);
  // A slow phone: the address changes at once, the new chapter renders a little later (a transition).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await page.keyboard.press(']');
  await expect(page).toHaveURL(/\/hosted-virtualization\/$/);
  await page.keyboard.press('[');
  await expect(page).toHaveURL(/\/privilege-rings\/$/);
  await page.keyboard.press(']');
  await page.keyboard.press(']');
  await expect(page).toHaveURL(/\/shared-kernel\/$/);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared-kernel (OS-level) virtualization');
  await page.goBack();
  await expect(page).toHaveURL(/\/hosted-virtualization\/$/);
});

test('the course is installable: its icon is in the page, its manifest is linked once the page has settled', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto('/privilege-rings');
  const icon = page.locator('link[rel="icon"]');
  await expect(icon).toHaveAttribute('href', /^data:image\/svg\+xml,%3Csvg/);
  // The icon in the page is the course's SVG, drawn as an image.
  const drawn = await icon.evaluate(async (link: HTMLLinkElement) => {
    const img = new Image();
    img.src = link.href;
    await img.decode();
    return img.naturalWidth > 0;
  });
  expect(drawn).toBe(true);
  await hydrated(page);
  // Linked after the page settles (load, 2 s, idle), so it never competes with the lesson.
  const manifest = page.locator('link[rel="manifest"]');
  await expect(manifest).toHaveCount(1, { timeout: 10_000 });
  const href = await manifest.evaluate((link: HTMLLinkElement) => link.href);
  const res = await page.request.get(href);
  expect(res.ok()).toBe(true);
  const json = (await res.json()) as { name: string; start_url: string; icons: { src: string }[] };
  expect(json.name).toBe('Ring Zero: how virtualization works');
  expect((await page.request.get(new URL(json.icons[0]!.src, href).href)).ok()).toBe(true);
  expect(new URL(json.start_url, href).pathname).toBe('/');
  expect(fetched).not.toContain('/favicon.svg');
});

test('after one visit the course works offline', async ({ page, context, problems }) => {
  problems.allow(/ERR_INTERNET_DISCONNECTED/);
  await page.goto('/');
  await hydrated(page);
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state;
  });
  await page.waitForFunction(
    async () => (await caches.keys()).length > 0 && (await navigator.serviceWorker.ready).active?.state === 'activated',
  );
  await context.setOffline(true);
  await page.goto('/kernel-level');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kernel-level virtualization');
  await hydrated(page);
  await page.locator('.lesson-aside').getByRole('button', { name: 'Forward' }).click();
  await expect(page.locator('.lesson-aside .step-count')).toHaveText(/Step 1 of/);
  await page.goto('/hypervisors#quiz');
  await hydrated(page);
  await expect(page.locator('#quiz li.question').first()).toBeVisible();
  // A handout and an embedded diagram open offline too (walkthrough defect 20).
  await page.goto('/print/kernel-level');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kernel-level virtualization');
  await expect(page.locator('.print-page .print-diagram').first()).toBeVisible();
  await page.goto('/embed/kvm');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^KVM/);
  await expect(page.locator('.stack-diagram')).toBeVisible();
  await context.setOffline(false);
});

test('a new deployment is announced, reloads into the new version and keeps saved answers', async ({ browser }) => {
  // A private copy of the built site, served from a folder the test can redeploy into.
  const dir = mkdtempSync(path.join(tmpdir(), 'rz-update-'));
  cpSync(E2E_DIST, dir, { recursive: true });
  const server = createServer({ dir, dev: true });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  try {
    // First visit installs version 1; a saved answer exists.
    await page.goto(`${origin}/`);
    await hydrated(page);
    await page.evaluate(() => localStorage.setItem('rz:test-marker', 'kept'));
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    await page.reload();
    await hydrated(page);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await expect(page.getByText('A new version of the course is available.')).toHaveCount(0);

    // Version 2 is deployed: the home page changes and the service worker's precache manifest with it.
    const home = path.join(dir, 'index.html');
    writeFileSync(home, readFileSync(home, 'utf8').replace('<head>', '<head><meta name="rz-version" content="2">'));
    await buildServiceWorker(dir);
    // As the build does, replace the precompressed copies of the changed files.
    await compressFile(home);
    await compressFile(path.join(dir, 'sw.js'));

    // The next visit finds the new worker waiting and says so, without reloading by itself.
    await page.reload();
    await hydrated(page);
    const banner = page.getByRole('status').filter({ hasText: 'A new version of the course is available.' });
    await expect(banner).toBeVisible();
    await expect(page.locator('meta[name="rz-version"]')).toHaveCount(0);

    // "Reload to update" activates it and reloads into version 2; saved data survives.
    await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));
    await banner.getByRole('button', { name: 'Reload to update' }).click();
    await page.waitForFunction(() => !(window as unknown as { beforeUpdate?: boolean }).beforeUpdate);
    await expect(page.locator('meta[name="rz-version"]')).toHaveAttribute('content', '2');
    await hydrated(page);
    await expect(banner).toHaveCount(0);
    expect(await page.evaluate(() => localStorage.getItem('rz:test-marker'))).toBe('kept');
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
