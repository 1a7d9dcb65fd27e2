import glossary from '../../content/glossary';
import { diagramOpacities, expect, hydrated, sampleDiagramOpacity, test } from './fixtures';

test('on a phone the layout is one column, nothing scrolls sideways, diagrams sit inline', async ({ page }) => {
  for (const route of ['/', '/hypervisors', '/comparing', '/compare', '/glossary', '/virtualization-today']) {
    await page.goto(route);
    await hydrated(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${route} scrolls sideways`).toBeLessThanOrEqual(0);
  }
  await page.goto('/hypervisors');
  await hydrated(page);
  await expect(page.locator('.lesson-aside')).toBeHidden();
  const inline = page.locator('.inline-diagram').first();
  await inline.scrollIntoViewIfNeeded();
  await expect(inline.locator('.stack-diagram')).toBeVisible();
  await inline.getByRole('button', { name: 'Forward' }).click();
  await expect(inline.locator('.step-count')).toHaveText(/Step \d+ of \d+/);
});

test('on a phone the chapter list opens from the menu button', async ({ page }) => {
  await page.goto('/privilege-rings');
  await hydrated(page);
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  await expect(nav).toBeHidden();
  await page.getByRole('button', { name: 'Chapters' }).click();
  await expect(nav).toBeVisible();
  await nav.getByRole('link', { name: /Kernel-level virtualization/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kernel-level virtualization');
  await expect(nav).toBeHidden();
});

test('an instructor link to a diagram state shows that diagram on a phone', async ({ page }) => {
  await page.goto('/comparing?arch=kvm&step=2');
  await hydrated(page);
  const linked = page.locator('.lesson-aside');
  await expect(linked).toBeVisible();
  await expect(linked.locator('.step-count')).toHaveText('Step 2 of 7');
});

test('axe finds nothing on a phone either', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // /kernel-level: an inline diagram's 'Copy link to this step' was a 22 px touch target there (Lighthouse).
  for (const route of ['/', '/hypervisors', '/kernel-level', '/compare']) {
    await page.goto(route);
    await hydrated(page);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${route}: ${v.id}`)).toEqual([]);
  }
});

test('on a phone the comparison table says it scrolls, and its first column stays put while it does', async ({
  page,
}) => {
  await page.goto('/comparing/');
  await hydrated(page);
  const region = page.getByRole('region', { name: 'Comparison of designs' });
  await region.scrollIntoViewIfNeeded();
  await expect(page.getByText(/Swipe the table sideways for all \d+ designs/)).toBeVisible();
  const rowHeader = region.getByRole('rowheader', { name: /Guest memory/ });
  const left = async () => (await rowHeader.boundingBox())!.x;
  const before = await left();
  const width = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(width).toBeGreaterThan(300);
  await region.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(300);
  // The row's name is still where it was, and the last design's column has come into view.
  expect(Math.abs((await left()) - before)).toBeLessThan(2);
  await expect(
    region
      .getByRole('row', { name: /Guest memory/ })
      .getByRole('cell')
      .last(),
  ).toBeInViewport();
});

test('tapping a glossary term shows its definition in place, and Escape or a tap elsewhere closes it', async ({
  page,
}) => {
  const guest = glossary.find((e) => e.id === 'guest')!;
  await page.goto('/why-virtualization/');
  await hydrated(page);
  const url = page.url();
  const term = page
    .locator('.lesson-body .term')
    .filter({ has: page.getByRole('link', { name: 'guest', exact: true }) })
    .first();
  const link = term.getByRole('link', { name: 'guest', exact: true });
  const definition = term.getByRole('tooltip');
  await expect(link).toHaveAccessibleDescription(`${guest.term}: ${guest.short}`);
  await link.scrollIntoViewIfNeeded();
  await link.tap();
  await expect(definition).toBeVisible();
  await expect(definition).toHaveText(`${guest.term}: ${guest.short}`);
  await expect(definition).toBeInViewport({ ratio: 1 });
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute('aria-expanded', 'true');
  expect(page.url()).toBe(url);

  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await expect(link).toBeFocused();

  await link.tap();
  await expect(definition).toBeVisible();
  await page.getByRole('heading', { level: 1 }).tap();
  await expect(definition).toBeHidden();
  expect(page.url()).toBe(url);

  // The open definition links to the whole entry, for a reader who wants more.
  await link.tap();
  await term.getByRole('link', { name: 'Full entry' }).tap();
  await expect(page).toHaveURL(/\/glossary\/?#guest$/);
});

test('the open phone menu dims the page; a tap on the dimmed page closes it and focus returns to the menu button', async ({
  page,
}) => {
  await page.goto('/privilege-rings/');
  await hydrated(page);
  const url = page.url();
  const menuButton = page.getByRole('button', { name: 'Chapters' });
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  await menuButton.tap();
  await expect(nav).toBeVisible();
  // Beside the menu the page is dimmed: what is on top there is the backdrop, darker than the page.
  const size = page.viewportSize()!;
  const beside = { x: size.width - 20, y: size.height / 2 };
  const onTop = await page.evaluate(({ x, y }) => {
    const el = document.elementFromPoint(x, y)!;
    return { className: el.className, background: getComputedStyle(el).backgroundColor };
  }, beside);
  expect(onTop.className).toBe('menu-backdrop');
  expect(onTop.background).toMatch(/^rgba\(0, 0, 0, 0\.[1-9]/);
  await page.touchscreen.tap(beside.x, beside.y);
  await expect(nav).toBeHidden();
  await expect(menuButton).toBeFocused();
  await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  expect(page.url()).toBe(url);
  // Escape closes it as well.
  await menuButton.tap();
  await expect(nav).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(menuButton).toBeFocused();
});

test('while the phone menu is open, Tab stays out of the page behind it; once closed the page is reachable again', async ({
  page,
}) => {
  await page.goto('/privilege-rings/');
  await hydrated(page);
  const menuButton = page.getByRole('button', { name: 'Chapters' });
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  await menuButton.focus();
  await page.keyboard.press('Enter');
  await expect(nav).toBeVisible();
  // Walk from the last chapter link onwards: focus never lands in the dimmed page or its footer.
  await nav.getByRole('link').last().focus();
  const behind = () =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el !== null && el.closest('main, .site-footer') !== null;
    });
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    expect(await behind(), `Tab ${i + 1} after the last chapter link`).toBe(false);
  }
  // A screen reader's cursor cannot reach it either: the page and its footer are inert.
  await expect(page.locator('main')).toHaveJSProperty('inert', true);
  await expect(page.locator('.site-footer')).toHaveJSProperty('inert', true);
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(page.locator('main')).toHaveJSProperty('inert', false);
  const firstLink = page.locator('main a[href]').first();
  await firstLink.focus();
  await expect(firstLink).toBeFocused();
});

test('a diagram drawn in the page does not fade in again when its code wakes as it is reached', async ({ page }) => {
  await sampleDiagramOpacity(page, '.inline-diagram .stack-diagram');
  await page.goto('/privilege-rings/');
  await hydrated(page);
  const first = page.locator('.inline-diagram .stack-diagram').first();
  await first.scrollIntoViewIfNeeded();
  await expect(first).toHaveAttribute('data-interactive', 'true');
  const opacities = await diagramOpacities(page);
  expect(opacities.length).toBeGreaterThan(60);
  expect(Math.min(...opacities)).toBe(1);
});
