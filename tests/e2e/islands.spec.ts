import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';

/**
 * Diagrams and the quiz are islands (src/lib/WhenNear.tsx): prerendered, then loaded and hydrated as
 * they come near the viewport. These tests check what a learner would notice if that broke: code
 * loaded for parts nobody has reached, or the prerendered block replaced (a jump, a lost scroll spot)
 * instead of hydrated in place.
 */

/** Before any script runs, keep a handle on the prerendered elements, to compare after hydration. */
async function rememberServerNodes(page: Page, selectors: Record<string, string>) {
  await page.addInitScript((sels: Record<string, string>) => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { serverNodes: Record<string, Element | null> }).serverNodes = Object.fromEntries(
        Object.entries(sels).map(([k, sel]) => [k, document.querySelector(sel)]),
      );
    });
  }, selectors);
}

async function keptInPlace(page: Page, key: string, selector: string): Promise<boolean> {
  return page.evaluate(
    ([k, sel]) => {
      const saved = (window as unknown as { serverNodes: Record<string, Element | null> }).serverNodes[k!];
      return saved != null && saved === document.querySelector(sel!) && document.contains(saved);
    },
    [key, selector],
  );
}

function scriptsRequested(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') urls.push(new URL(r.url()).pathname);
  });
  return urls;
}

test('wide screen: the side panel hydrates in place; the quiz loads only when scrolled to, in place', async ({
  page,
}) => {
  const scripts = scriptsRequested(page);
  await rememberServerNodes(page, { panel: '.lesson-aside figure', quiz: '.quiz-body' });
  await page.goto('/privilege-rings');
  await hydrated(page);
  const panel = page.locator('.lesson-aside figure');
  await expect(panel).toHaveAttribute('data-interactive', 'true');
  await expect(panel.getByRole('button', { name: 'Forward' })).toBeEnabled();
  expect(await keptInPlace(page, 'panel', '.lesson-aside figure')).toBe(true);

  // The quiz, far below, is readable but its code has not been fetched.
  await page.waitForTimeout(500);
  expect(scripts.filter((s) => /QuizSection/.test(s))).toEqual([]);
  await expect(page.locator('.quiz-body')).toHaveAttribute('data-interactive', 'false');

  await page.locator('#quiz').scrollIntoViewIfNeeded();
  await expect(page.locator('.quiz-body')).toHaveAttribute('data-interactive', 'true');
  expect(scripts.filter((s) => /QuizSection/.test(s))).toHaveLength(1);
  expect(await keptInPlace(page, 'quiz', '.quiz-body')).toBe(true);
});

test('an address into the quiz loads it at once', async ({ page }) => {
  await page.goto('/privilege-rings#quiz');
  await hydrated(page);
  await expect(page.locator('.quiz-body')).toHaveAttribute('data-interactive', 'true');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('no diagram code loads until a diagram comes near, and then it hydrates in place', async ({ page }) => {
    const scripts = scriptsRequested(page);
    await rememberServerNodes(page, { diagram: '.inline-diagram figure' });
    await page.goto('/privilege-rings');
    await hydrated(page);
    await page.waitForTimeout(500);
    expect(scripts.filter((s) => /StackView|motion-features|DiagramPanel/.test(s))).toEqual([]);

    // Below the screen it waits, drawn in its final state (and stays so when it wakes: mobile.spec.ts).
    const first = page.locator('.inline-diagram figure').first();
    await first.scrollIntoViewIfNeeded();
    await expect(first).toHaveAttribute('data-interactive', 'true');
    // This section's diagram opens at its first step.
    await expect(first.locator('.step-count')).toHaveText(/^Step 1 of/);
    await first.getByRole('button', { name: 'Forward' }).click();
    await expect(first.locator('.step-count')).toHaveText(/^Step 2 of/);
    expect(await keptInPlace(page, 'diagram', '.inline-diagram figure')).toBe(true);
    // The side panel is not displayed on a phone, so its code never loads.
    expect(scripts.filter((s) => /DiagramPanel/.test(s))).toEqual([]);
  });

  test('a prerendered comparison table needs no code; one drawn after a navigation loads as it comes near', async ({
    page,
  }) => {
    const scripts = scriptsRequested(page);
    await rememberServerNodes(page, { table: '.compare-table' });
    await page.goto('/comparing');
    await hydrated(page);
    const table = page.getByRole('region', { name: 'Comparison of designs' });
    await table.scrollIntoViewIfNeeded();
    await expect(table.getByRole('rowheader', { name: /Guest kernel modified/ })).toBeVisible();
    await page.waitForTimeout(500);
    expect(scripts.filter((s) => /CompareTable/.test(s))).toEqual([]);
    expect(await keptInPlace(page, 'table', '.compare-table')).toBe(true);

    // Arriving by a link instead (Next from chapter 8), the table is drawn on the client, from its code.
    await page.goto('/io-virtualization');
    await hydrated(page);
    await page
      .getByRole('navigation', { name: 'Previous and next chapter' })
      .getByRole('link', { name: /^Next/ })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Comparing the approaches');
    await table.scrollIntoViewIfNeeded();
    await expect(table.getByRole('rowheader', { name: /Guest kernel modified/ })).toBeVisible();
    expect(scripts.filter((s) => /CompareTable/.test(s))).toHaveLength(1);
  });
});

test('a hash change while the page is loading keeps the prerendered lesson and opens the deep dive', async ({
  page,
}) => {
  await rememberServerNodes(page, { body: '.lesson-body' });
  await page.goto('/hosted-virtualization', { waitUntil: 'domcontentloaded' });
  const id = await page.locator('details.deep-dive').first().getAttribute('id');
  // Before the app has started (it loads after the first paint), the learner follows a link to a deep dive.
  await page.evaluate((target) => (window.location.hash = target), `#${id}`);
  await hydrated(page);
  await expect(page.locator(`details#${id}`)).toHaveAttribute('open', '');
  await expect(page.locator(`details#${id}`)).toBeInViewport();
  expect(await keptInPlace(page, 'body', '.lesson-body')).toBe(true);
});

test.describe('form fields on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  /** Each stand-in (or the field that replaced it), as its offset from the block it sits in. */
  const fieldBoxes = (page: Page, block: string) =>
    page.locator(block).evaluate((root) =>
      [...root.querySelectorAll('.stand-in, input[type="radio"], input[type="checkbox"], select')].map((el) => {
        const r = el.getBoundingClientRect();
        const b = root.getBoundingClientRect();
        return {
          tag: el.tagName,
          x: Math.round(r.left - b.left),
          y: Math.round(r.top - b.top),
          w: Math.round(r.width),
          h: Math.round(r.height),
        };
      }),
    );

  test('a chapter arrives without form fields; each field takes its stand-in’s place without moving anything', async ({
    page,
    request,
  }) => {
    // The browser scans every form field in a page as it loads (see src/lib/StandIn.tsx): none in the HTML.
    const html = await (await request.get('/comparing')).text();
    expect(html).toContain('stand-in');
    expect(html).not.toMatch(/<(input|select|textarea)\b/);

    await page.goto('/comparing');
    await hydrated(page);
    for (const block of ['.inline-diagram >> nth=3', '#quiz']) {
      const target = page.locator(block);
      const before = await fieldBoxes(page, block);
      // The block's content (the block's own box may be a placeholder size while the browser skips it).
      const content = target.locator('figure, .questions').first();
      const height = await content.evaluate((el) => el.getBoundingClientRect().height);
      expect(before.length).toBeGreaterThan(0);
      expect(before.every((b) => b.tag === 'SPAN')).toBe(true);
      await target.scrollIntoViewIfNeeded();
      await expect(
        target.locator('[data-interactive="true"]').or(target.and(page.locator('[data-interactive="true"]'))),
      ).toHaveCount(1);
      await expect.poll(async () => (await fieldBoxes(page, block)).every((b) => b.tag !== 'SPAN')).toBe(true);
      const place = (boxes: typeof before) => boxes.map(({ x, y, w, h }) => ({ x, y, w, h }));
      await expect.poll(async () => place(await fieldBoxes(page, block))).toEqual(place(before));
      expect(await content.evaluate((el) => el.getBoundingClientRect().height)).toBe(height);
    }
    // And they work: a match question's drop-down and a choice can be used.
    await page.locator('#quiz select').first().selectOption({ index: 1 });
    await page.locator('#quiz input[type="radio"]').first().check();
  });
});
