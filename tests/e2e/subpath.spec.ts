import { expect, hydrated, test } from './fixtures';

// This project serves a build made with BASE_PATH=/courses/virt/ (see playwright.config.ts).
const BASE = '/courses/virt/';

test('under a sub-path every page, asset and link respects the base', async ({ page }) => {
  await page.goto(BASE);
  await hydrated(page);
  await expect(page.getByRole('link', { name: 'Start the course' })).toHaveAttribute(
    'href',
    `${BASE}why-virtualization/`,
  );
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole('link', { name: 'Start the course' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}why-virtualization/$`));
  await page
    .getByRole('navigation', { name: 'Previous and next chapter' })
    .getByRole('link', { name: /^Next/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`${BASE}privilege-rings/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Privilege rings and why x86 was hard to virtualize',
  );
  // Both were client-side navigations under the base: the document that started is still there.
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  await page.goto(`${BASE}privilege-rings#trap-and-emulate`);
  await hydrated(page);
  await expect(page.locator('#trap-and-emulate')).toBeInViewport();
  // The panel shows the diagram of the section in view (bare metal at step 2); one step forward from
  // there is pinned in the URL.
  const aside = page.locator('.lesson-aside');
  await expect(aside.locator('.step-count')).toHaveText(/^Step 2 of/);
  await aside.getByRole('button', { name: 'Forward' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}privilege-rings/\\?arch=bare-metal&step=3#trap-and-emulate$`));
  const scripts = await page.locator('script[src]').evaluateAll((els) => els.map((e) => e.getAttribute('src')));
  for (const src of scripts) expect(src).toMatch(new RegExp(`^${BASE}assets/`));
  // The manifest, linked once the page settles, is the base's, and so is the app it describes.
  const manifest = page.locator('link[rel="manifest"]');
  await expect(manifest).toHaveAttribute('href', `${BASE}manifest.webmanifest`, { timeout: 10_000 });
  const json = (await (await page.request.get(`${BASE}manifest.webmanifest`)).json()) as { start_url: string };
  expect(new URL(json.start_url, `http://x${BASE}manifest.webmanifest`).pathname).toBe(BASE);
});
