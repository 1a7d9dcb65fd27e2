import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';

const CHAPTER = '/memory-virtualization';

/** The explorer's figure, found by its visible title. */
const explorer = (page: Page) => page.getByRole('figure', { name: 'Explorer: one memory access, step by step' });
const stepCaption = (page: Page) => explorer(page).getByRole('status', { name: 'Current step' });
const count = (page: Page) => explorer(page).getByText(/^Memory references for page tables/);

test.describe('the page-walk explorer', () => {
  test.describe.configure({ timeout: 180_000 });

  test('opens a linked state, steps on, and keeps the state through a reload', async ({ page }) => {
    await page.goto(`${CHAPTER}?walk=nested&levels=4&pages=4k&tlb=miss&at=5#the-two-dimensional-walk`);
    await hydrated(page);
    await expect(stepCaption(page)).toContainText('Step 5 of 26');
    await expect(stepCaption(page)).toContainText('Reference 4: the host PT entry, translating the guest CR3');
    await expect(count(page)).toHaveText('Memory references for page tables: 4');
    await explorer(page)
      .getByRole('button', { name: /Forward/ })
      .click();
    await expect(stepCaption(page)).toContainText("Reference 5: the guest's own PML4 entry");
    await expect(page).toHaveURL(/at=6/);
    await page.reload();
    await hydrated(page);
    await expect(stepCaption(page)).toContainText('Step 6 of 26');
    await explorer(page).getByRole('button', { name: 'Show all' }).click();
    await expect(count(page)).toHaveText('Memory references for page tables: 24 (total 24)');
    await expect(explorer(page).getByRole('cell', { name: /reference 24, PT, read/ })).toBeVisible();
  });

  test('compares setups: 2 MiB pages shorten the walk, a TLB hit skips it, shadow paging walks one table', async ({
    page,
  }) => {
    await page.goto(`${CHAPTER}#the-two-dimensional-walk`);
    await hydrated(page);
    const show = explorer(page).getByRole('button', { name: 'Show all' });
    await explorer(page).getByLabel('Page size').selectOption('2m');
    await show.click();
    await expect(count(page)).toHaveText(/: 15 \(total 15\)$/);
    await explorer(page).getByLabel('TLB').selectOption('hit');
    await show.click();
    await expect(count(page)).toHaveText(/: 0 \(total 0\)$/);
    await explorer(page).getByLabel('TLB').selectOption('miss');
    await explorer(page).getByLabel('Translation').selectOption('shadow');
    await explorer(page).getByLabel('Table levels').selectOption('5');
    await show.click();
    await expect(count(page)).toHaveText(/: 4 \(total 4\)$/); // 5 levels, 2 MiB pages: the PT is skipped
    await expect(page).toHaveURL(/walk=shadow&levels=5&pages=2m&tlb=miss&at=6/);
  });

  test('says so when the address holds a state it does not know, and shows the default walk', async ({ page }) => {
    await page.goto(`${CHAPTER}?walk=quantum&at=999#the-two-dimensional-walk`);
    await hydrated(page);
    await expect(explorer(page).getByText('The page walk has no mode "quantum"', { exact: false })).toBeVisible();
    await expect(explorer(page).getByText('Step "999" does not exist', { exact: false })).toBeVisible();
    await expect(explorer(page).getByLabel('Translation')).toHaveValue('nested');
    await expect(stepCaption(page)).toContainText('Press Forward to start the access');
  });

  test('works by keyboard alone', async ({ page }) => {
    await page.goto(`${CHAPTER}?walk=native&levels=4&pages=4k&tlb=miss&at=0#the-two-dimensional-walk`);
    await hydrated(page);
    const forward = explorer(page).getByRole('button', { name: /Forward/ });
    await forward.focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('Enter');
    await expect(stepCaption(page)).toContainText('Step 6 of 6');
    await expect(count(page)).toHaveText(/: 4 \(total 4\)$/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the explorer mid-walk (${scheme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(`${CHAPTER}?walk=nested&levels=5&pages=4k&tlb=miss&at=9#the-two-dimensional-walk`);
      await hydrated(page);
      await expect(stepCaption(page)).toContainText('Step 9 of 37');
      const results = await new AxeBuilder({ page })
        .include('.page-walk')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual(
        [],
      );
    });
  }
});
