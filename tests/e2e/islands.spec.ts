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
  problems,
}) => {
  void problems;
  const scripts = scriptsRequested(page);
  await rememberServerNodes(page, { panel: '.lesson-aside figure', quiz: '#quiz' });
  await page.goto('/privilege-rings');
  await hydrated(page);
  const panel = page.locator('.lesson-aside figure');
  await expect(panel).toHaveAttribute('data-interactive', 'true');
  await expect(panel.getByRole('button', { name: 'Forward' })).toBeEnabled();
  expect(await keptInPlace(page, 'panel', '.lesson-aside figure')).toBe(true);

  // The quiz, far below, is readable but its code has not been fetched.
  await page.waitForTimeout(500);
  expect(scripts.filter((s) => /QuizSection/.test(s))).toEqual([]);
  await expect(page.locator('#quiz')).toHaveAttribute('data-interactive', 'false');

  await page.locator('#quiz').scrollIntoViewIfNeeded();
  await expect(page.locator('#quiz')).toHaveAttribute('data-interactive', 'true');
  expect(scripts.filter((s) => /QuizSection/.test(s))).toHaveLength(1);
  expect(await keptInPlace(page, 'quiz', '#quiz')).toBe(true);
});

test('an address into the quiz loads it at once', async ({ page, problems }) => {
  void problems;
  await page.goto('/privilege-rings#quiz');
  await hydrated(page);
  await expect(page.locator('#quiz')).toHaveAttribute('data-interactive', 'true');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('no diagram code loads until a diagram comes near, and then it hydrates in place', async ({
    page,
    problems,
  }) => {
    void problems;
    const scripts = scriptsRequested(page);
    await rememberServerNodes(page, { diagram: '.inline-diagram figure' });
    await page.goto('/privilege-rings');
    await hydrated(page);
    await page.waitForTimeout(500);
    expect(scripts.filter((s) => /StackView|motion-features|DiagramPanel/.test(s))).toEqual([]);

    const first = page.locator('.inline-diagram figure').first();
    const layerAnimation = () =>
      first
        .locator('.layer')
        .first()
        .evaluate((el) => getComputedStyle(el).animationName);
    // Below the screen it waits, drawn in its final state; it builds up from the hardware once reached.
    expect(await layerAnimation()).toBe('none');
    await first.scrollIntoViewIfNeeded();
    await expect(first).toHaveAttribute('data-interactive', 'true');
    expect(await layerAnimation()).toBe('layer-in');
    // This section's diagram opens at its first step.
    await expect(first.locator('.step-count')).toHaveText(/^Step 1 of/);
    await first.getByRole('button', { name: 'Forward' }).click();
    await expect(first.locator('.step-count')).toHaveText(/^Step 2 of/);
    expect(await keptInPlace(page, 'diagram', '.inline-diagram figure')).toBe(true);
    // The side panel is not displayed on a phone, so its code never loads.
    expect(scripts.filter((s) => /DiagramPanel/.test(s))).toEqual([]);
  });
});

test('a hash change while the page is loading keeps the prerendered lesson and opens the deep dive', async ({
  page,
  problems,
}) => {
  void problems;
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
