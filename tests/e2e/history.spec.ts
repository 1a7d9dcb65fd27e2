import type { Locator } from '@playwright/test';
import { getArchitecture } from '../../src/model/architectures';
import { findLayer } from '../../src/model/stack';
import { expect, hydrated, test } from './fixtures';

// History matches what a reader did: a diagram step or design change adds an entry (rapid steps, as
// Play makes, share one), Back restores the state before it, then leaves the chapter.

test('Back returns through the diagram states a reader chose, to the linked one, then leaves the chapter', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/');
  await hydrated(page);
  await page.goto('/comparing/?arch=kvm&step=2');
  await hydrated(page);
  const aside = page.locator('.lesson-aside');
  await expect(aside.locator('.step-count')).toHaveText(/^Step 2 of/);
  await aside.getByRole('button', { name: 'Forward' }).click();
  await expect(page).toHaveURL(/\/comparing\/\?arch=kvm&step=3$/);
  await page.clock.fastForward(5000);
  await aside.getByLabel('Design').selectOption('hosted');
  await expect(page).toHaveURL(/arch=hosted/);

  await page.goBack();
  await expect(page).toHaveURL(/\/comparing\/\?arch=kvm&step=3$/);
  await expect(aside.getByLabel('Design')).toHaveValue('kvm');
  await expect(aside.locator('.step-count')).toHaveText(/^Step 3 of/);
  await page.goBack();
  await expect(page).toHaveURL(/\/comparing\/\?arch=kvm&step=2$/);
  await expect(aside.locator('.step-count')).toHaveText(/^Step 2 of/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ring Zero');
});

test('a played trace is one history entry', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await hydrated(page);
  await page.goto('/kernel-level/?arch=kvm');
  await hydrated(page);
  const aside = page.locator('.lesson-aside');
  await aside.getByRole('button', { name: 'Play' }).click();
  // Play runs to the trace's last step ("Step 7 of 7"), a step every few seconds. The clock moves in
  // small slices so that steps stay as far apart as Play puts them.
  await expect
    .poll(
      async () => {
        await page.clock.runFor(100);
        return aside.locator('.step-count').textContent();
      },
      { intervals: [20], timeout: 60_000 },
    )
    .toMatch(/^Step (\d+) of \1$/);
  const last = /of (\d+)/.exec((await aside.locator('.step-count').textContent()) ?? '')?.[1] ?? '';
  await expect(page).toHaveURL(new RegExp(`step=${last}$`));
  await page.goBack();
  await expect(page).toHaveURL(/\/kernel-level\/\?arch=kvm$/);
  // Back shows the state before Play, and does not play on from there.
  await page.clock.runFor(5000);
  await expect(page).toHaveURL(/\/kernel-level\/\?arch=kvm$/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ring Zero');
});

test('reading without answering is remembered: Continue opens that section, and the card shows read progress', async ({
  page,
}) => {
  await page.goto('/hosted-virtualization/');
  // A damaged saved log (another version, a broken write) is ignored, then replaced by what is read.
  await page.evaluate(() => localStorage.setItem('rz:reading:v1', '{"hosted-virtualization": {"furthest": 7'));
  await page.reload();
  await hydrated(page);
  const headings = page.locator('.lesson-body h2[id]');
  const target = headings.nth(2);
  const id = (await target.getAttribute('id')) ?? '';
  await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, 40);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('rz:reading:v1') ?? ''))
    .toContain(`"section":"${id}"`);
  await page.goto('/');
  await hydrated(page);
  const card = page.getByRole('link', { name: /Software \(hosted\) virtualization/ }).filter({ hasText: /Read \d+%/ });
  await expect(card).toBeVisible();
  const resume = page.getByRole('link', { name: /^Continue where you left off/ });
  await expect(resume).toHaveAttribute('href', `/hosted-virtualization/#${id}`);
  await resume.click();
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
});

test('the reading place travels in the progress file: export, forget, import, Continue goes back there', async ({
  page,
}, info) => {
  await page.goto('/hosted-virtualization/');
  await hydrated(page);
  const target = page.locator('.lesson-body h2[id]').nth(2);
  const id = (await target.getAttribute('id')) ?? '';
  await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.mouse.wheel(0, 40);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('rz:reading:v1') ?? ''))
    .toContain(`"section":"${id}"`);

  await page.goto('/');
  await hydrated(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = info.outputPath('reading.json');
  await (await download).saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toHaveText(
    'Exported reading places in 1 chapter.',
  );

  // Another browser (here: this one, forgetting everything) imports the file.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await hydrated(page);
  const resume = page.getByRole('link', { name: /^Continue where you left off/ });
  await expect(resume).toHaveCount(0);
  await page.locator('input[type=file]').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Reading places' })).toHaveText(
    'Reading places: 1 chapter added or moved on.',
  );
  await expect(resume).toHaveAttribute('href', `/hosted-virtualization/#${id}`);
  // Undo takes the place away again.
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByText('The import is undone')).toBeVisible();
  await expect(resume).toHaveCount(0);
});

/** The top of an element in the window, once it has stopped moving (blocks above draw late). */
async function settledTop(target: Locator): Promise<number> {
  const top = () => target.evaluate((el) => Math.round(el.getBoundingClientRect().top));
  let before = await top();
  await expect
    .poll(async () => {
      const now = await top();
      const still = now === before;
      before = now;
      return still;
    })
    .toBe(true);
  return before;
}

test('Back from the next chapter returns to the place read, even after using a heading\'s "#"', async ({ page }) => {
  await page.goto('/hosted-virtualization/');
  await hydrated(page);
  const headings = page.locator('.lesson-body h2[id]');
  const linked = (await headings.nth(1).getAttribute('id')) ?? '';
  const read = (await headings.nth(3).getAttribute('id')) ?? '';
  // The reader copies a section's link with its "#", reads on past it, and goes to the next chapter.
  await headings.nth(1).locator('.heading-anchor').click();
  await expect(page).toHaveURL(new RegExp(`#${linked}$`));
  const below = await headings.nth(3).evaluate((el) => el.getBoundingClientRect().top);
  await page.mouse.wheel(0, below + 250);
  const place = await settledTop(page.locator(`[id="${read}"]`));
  await page.keyboard.press(']');
  await expect(page).not.toHaveURL(/hosted-virtualization/);

  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`/hosted-virtualization/#${linked}$`));
  await expect.poll(() => settledTop(page.locator(`[id="${read}"]`))).toBeGreaterThan(place - 4);
  expect(await settledTop(page.locator(`[id="${read}"]`))).toBeLessThan(place + 4);
  await expect(page.locator(`[id="${linked}"]`)).not.toBeInViewport();

  // At the end of the chapter the reader follows "Next"; Back returns to the end, where they were.
  const next = page.getByRole('link', { name: /^Next/ });
  // Blocks draw as they come near (the quiz, sized by an estimate until then) and push it on: scroll
  // again until it stays in view.
  await expect
    .poll(async () => {
      await next.scrollIntoViewIfNeeded();
      return (await settledTop(next)) < (page.viewportSize()?.height ?? 0);
    })
    .toBe(true);
  const nextTop = await settledTop(next);
  await next.click();
  await expect(page).not.toHaveURL(/hosted-virtualization/);
  await page.goBack();
  await expect(next).toBeInViewport();
  await expect.poll(() => settledTop(next)).toBeGreaterThan(nextTop - 4);
  expect(await settledTop(next)).toBeLessThan(nextTop + 4);
});

test("stepping the side diagram keeps the page-walk explorer's state in the address", async ({ page }) => {
  await page.goto('/memory-virtualization/?walk=nested&levels=4&pages=4k&tlb=miss&at=5&arch=kvm&step=1');
  await hydrated(page);
  const aside = page.locator('.lesson-aside');
  await aside.getByRole('button', { name: 'Forward' }).click();
  await expect(page).toHaveURL(/arch=kvm&step=2/);
  await expect(page).toHaveURL(/walk=nested&levels=4&pages=4k&tlb=miss&at=5/);
  await aside.getByRole('button', { name: 'Follow the text instead' }).click();
  await expect(page).not.toHaveURL(/arch=/);
  await expect(page).toHaveURL(/walk=nested&levels=4&pages=4k&tlb=miss&at=5/);
});

test('a link written before steps counted from 1 everywhere opens the same step, and a lesson diagram the step its author wrote', async ({
  page,
}) => {
  const kvm = getArchitecture('kvm');
  const aside = page.locator('.lesson-aside');
  await page.goto('/comparing/?arch=kvm&step=0');
  await hydrated(page);
  await expect(aside.locator('.trace-step')).toHaveText(/^Press Play or Forward/);
  await page.goto('/comparing/?arch=kvm&step=3');
  await hydrated(page);
  await expect(aside.locator('.step-count')).toHaveText(`Step 3 of ${kvm.path.steps.length}`);
  const third = findLayer(kvm, kvm.path.steps[2]?.layer ?? '');
  await expect(aside.locator('.layer.is-active .layer-label-full')).toHaveText(third?.label ?? '');
  // content/03-hosted-virtualization.mdx: <StackDiagram arch="hosted" step={6} /> under "Back in the guest".
  await page.goto('/hosted-virtualization/#back-in-the-guest');
  await hydrated(page);
  await expect(aside.locator('.step-count')).toHaveText(`Step 6 of ${getArchitecture('hosted').path.steps.length}`);
});
