import AxeBuilder from '@axe-core/playwright';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id}: ${v.help} (${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')})`,
  );
  expect(summary, `axe on ${what}`).toEqual([]);
}

/**
 * Every prerendered page of the build under test (read from disk at collection time, so each route
 * is its own test), plus an unknown address. Handouts are checked for two chapters.
 */
function routes(): string[] {
  const dist = process.env.E2E_DIST ?? 'dist';
  const found: string[] = ['/', '/no-such-page'];
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name === 'assets') continue;
      const route = `${prefix}/${entry.name}`;
      if (existsSync(path.join(dir, entry.name, 'index.html'))) found.push(route);
      walk(path.join(dir, entry.name), route);
    }
  };
  if (existsSync(dist)) walk(dist, '');
  const printed = found.filter((r) => r.startsWith('/print/'));
  const keepPrint = new Set(printed.slice(0, 4));
  return found.filter((r) => !r.startsWith('/print/') || keepPrint.has(r));
}

for (const scheme of ['light', 'dark'] as const) {
  for (const route of routes()) {
    test(`axe finds nothing on ${route} (${scheme} theme)`, async ({ page, problems }) => {
      problems.allow(/404/);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(route);
      await hydrated(page);
      await expectNoViolations(page, `${route} (${scheme})`);
    });
  }
}

test('axe finds nothing at every step of a trace', async ({ page }) => {
  test.setTimeout(180_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/kernel-level?arch=kvm');
  await hydrated(page);
  const panel = page.locator('.lesson-aside');
  for (let i = 0; i < 7; i++) {
    await panel.getByRole('button', { name: 'Forward' }).click();
    await expect(panel.locator('.step-count')).toHaveText(`Step ${i + 1} of 7`);
    await expectNoViolations(page, `kvm trace step ${i + 1}`);
  }
});

test('axe finds nothing with quiz answers right and wrong, and with search open', async ({ page }) => {
  test.setTimeout(120_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/hosted-virtualization#quiz');
  await hydrated(page);
  const questions = page.locator('#quiz li.question');
  for (let i = 0; i < (await questions.count()); i++) {
    const q = questions.nth(i);
    // Every radio group in the question gets an answer (a predict-the-path question has two).
    const groups = await q
      .getByRole('radio')
      .evaluateAll((rs) => [...new Set(rs.map((r) => (r as HTMLInputElement).name))]);
    for (const name of groups) {
      const inGroup = q.locator(`input[type="radio"][name="${name}"]`);
      await inGroup.nth(i % Math.min(2, await inGroup.count())).check();
    }
    if ((await q.getByRole('checkbox').count()) > 0) await q.getByRole('checkbox').first().check();
    for (const s of await q.getByRole('combobox').all()) await s.selectOption({ index: 1 });
    if ((await q.locator('button.layer').count()) > 0)
      await q
        .locator('button.layer')
        .nth(i % 3)
        .click();
    await q.getByRole('button', { name: 'Check answer' }).click();
  }
  await expect(page.locator('#quiz .verdict.is-right')).not.toHaveCount(0);
  await expect(page.locator('#quiz .verdict.is-wrong')).not.toHaveCount(0);
  await expectNoViolations(page, 'quiz answered right and wrong');
  await page.keyboard.press('/');
  await page.getByRole('combobox', { name: 'Search the course' }).fill('hypervisor');
  await expect(page.getByRole('option').first()).toBeVisible();
  await expectNoViolations(page, 'search dialog open');
});

test('a keyboard-only walk through a chapter: skip link, navigation, diagram, quiz, retry', async ({ page }) => {
  await page.goto('/why-virtualization');
  await hydrated(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  // Tab through the page; focus must always be visible and never get stuck.
  const seen: string[] = [];
  let quizReached = false;
  for (let i = 0; i < 400 && !quizReached; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const visible = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
      return { key: el.outerHTML.slice(0, 80), visible, inQuiz: !!el.closest('#quiz') };
    });
    if (!info) continue;
    expect(info.visible, `focus visible on ${info.key}`).toBe(true);
    seen.push(info.key);
    quizReached = info.inQuiz;
  }
  expect(quizReached, 'the quiz is reachable by Tab').toBe(true);
  expect(new Set(seen).size).toBeGreaterThan(20);

  // Answer the first question with the keyboard, then retry it.
  const q = page.locator('#quiz li.question').first();
  await q.locator('input').first().focus();
  await page.keyboard.press('Space');
  await q.getByRole('button', { name: 'Check answer' }).focus();
  await page.keyboard.press('Enter');
  await expect(q.locator('.verdict')).toBeVisible();
  const wrong = await q.locator('.verdict.is-wrong').count();
  if (wrong > 0) {
    await page.getByRole('button', { name: 'Retry the ones I missed' }).focus();
    await page.keyboard.press('Enter');
    await expect(q.getByRole('button', { name: 'Check answer' })).toBeVisible();
  } else {
    await page.getByRole('button', { name: 'Start over' }).focus();
    await page.keyboard.press('Enter');
    // It asks first, with the safe answer focused.
    await expect(page.getByRole('button', { name: 'Keep them' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#quiz .verdict')).toHaveCount(0);
  }
});
