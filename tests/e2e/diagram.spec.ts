import { diagramOpacities, expect, hydrated, sampleDiagramOpacity, test } from './fixtures';

const panel = (page: import('@playwright/test').Page) => page.locator('.lesson-aside');

test('switching architecture redraws the stack from the model', async ({ page }) => {
  await page.goto('/privilege-rings');
  await hydrated(page);
  const diagram = panel(page);
  await expect(diagram.locator('.layer-label-full')).toHaveText([
    'Hardware',
    'Operating system kernel',
    'Applications',
  ]);
  await diagram.getByLabel('Design').selectOption('paravirtualization');
  await expect(diagram.locator('.layer-label-full')).toContainText([
    'Xen hypervisor',
    'dom0 Linux kernel',
    'Linux kernel (ported to Xen)',
  ]);
  await expect(diagram.locator('.column-label')).toHaveText([
    'dom0 (management)',
    'Linux guest (domU)',
    'NetBSD guest (domU)',
  ]);
  await expect(page).toHaveURL(/\?arch=paravirtualization/);
  // The screen-reader twin describes the same stack.
  await expect(diagram.locator('.visually-hidden li').first()).toHaveText(/Hardware: hardware\./);
});

test('playing a trace walks every step to the end', async ({ page }) => {
  await page.clock.install();
  await page.goto('/kernel-level?arch=kvm');
  await hydrated(page);
  const diagram = panel(page);
  await diagram.getByRole('button', { name: 'Play' }).click();
  for (let i = 1; i <= 7; i++) {
    // Advance the fake clock in small slices until the next step shows: React may schedule the
    // step timer a moment after the previous render, on a loaded machine.
    await expect
      .poll(async () => {
        await page.clock.runFor(500);
        return diagram.locator('.step-count').textContent();
      })
      .toBe(`Step ${i} of 7`);
  }
  await expect(diagram.getByRole('button', { name: 'Replay' })).toBeVisible();
  await expect(diagram.locator('.layer.is-active .layer-label-full')).toHaveText('Windows kernel');
  await expect(page).toHaveURL(/step=7/);
});

test('step forward and back update the caption and the highlighted layer', async ({ page }) => {
  await page.goto('/hypervisors?arch=paravirtualization');
  await hydrated(page);
  const diagram = panel(page);
  await diagram.getByRole('button', { name: 'Forward' }).click();
  await diagram.getByRole('button', { name: 'Forward' }).click();
  await expect(diagram.locator('.step-count')).toHaveText('Step 2 of 4');
  await expect(diagram.locator('.trace-step')).toContainText('hypercall');
  await expect(diagram.locator('.layer.is-active .layer-label-full')).toHaveText('Linux kernel (ported to Xen)');
  await diagram.getByRole('button', { name: 'Back' }).click();
  await expect(diagram.locator('.step-count')).toHaveText('Step 1 of 4');
  await diagram.getByRole('button', { name: 'Restart' }).click();
  await expect(diagram.locator('.trace-step')).toContainText('Press Play');
});

test('a diagram deep link opens the same picture, and survives a reload', async ({ page }) => {
  await page.goto('/comparing?arch=hardware-assisted&step=3');
  await hydrated(page);
  const diagram = panel(page);
  await expect(diagram.getByLabel('Design')).toHaveValue('hardware-assisted');
  await expect(diagram.locator('.step-count')).toHaveText('Step 3 of 6');
  await expect(diagram.getByText('Showing a chosen diagram.')).toBeVisible();
  await page.reload();
  await hydrated(page);
  await expect(panel(page).locator('.step-count')).toHaveText('Step 3 of 6');
  await panel(page).getByRole('button', { name: 'Follow the text instead' }).click();
  await expect(page).not.toHaveURL(/arch=/);
});

test('a bogus diagram state in the URL falls back with a visible note', async ({ page }) => {
  await page.goto('/comparing?arch=quantum-vm&step=99');
  await hydrated(page);
  const diagram = panel(page);
  await expect(diagram.getByText(/There is no design called "quantum-vm"/)).toBeVisible();
  await expect(diagram.getByText(/Step "99" does not exist/)).toBeVisible();
  await expect(diagram.locator('.stack-diagram')).toBeVisible();
});

test('the side panel follows the section being read', async ({ page }) => {
  await page.goto('/hypervisors');
  await hydrated(page);
  await page.evaluate(() => document.getElementById('hardware-assisted-virtualization')?.scrollIntoView());
  await expect(panel(page).getByLabel('Design')).toHaveValue('hardware-assisted');
  await page.evaluate(() => document.getElementById('paravirtualization')?.scrollIntoView());
  await expect(panel(page).getByLabel('Design')).toHaveValue('paravirtualization');
});

test('the embed route renders just one diagram', async ({ page, problems }) => {
  // An unknown design is not prerendered: the static host answers 404 and the app explains.
  problems.allow(/embed\/nonsense|status of 404/);
  await page.goto('/embed/kvm?step=2');
  await hydrated(page);
  await expect(page.locator('.stack-diagram')).toHaveCount(1);
  await expect(page.locator('.site-header')).toHaveCount(0);
  await expect(page.locator('.step-count')).toHaveText('Step 2 of 7');
  await page.getByLabel('Design').selectOption('shared-kernel');
  await expect(page).toHaveURL(/\/embed\/shared-kernel\/$/);
  await page.goto('/embed/nonsense');
  await hydrated(page);
  await expect(page.getByText(/There is no design called "nonsense"/)).toBeVisible();
});

test('compare view shows two designs and what differs', async ({ page }) => {
  await page.goto('/compare?arch=shared-kernel&compare=kvm');
  await hydrated(page);
  await expect(page.locator('.stack-diagram')).toHaveCount(2);
  const table = page.getByRole('region', { name: 'Comparison of designs' });
  await expect(table.locator('thead th')).toHaveText(['Property', 'Shared kernel', 'KVM']);
  await expect(table.locator('tr.differs th')).toContainText(['Guest OS freedom']);
  await page.getByLabel('Right').selectOption('hosted');
  await expect(page).toHaveURL(/compare=hosted/);
});

test('the diagram works by keyboard alone, with visible focus', async ({ page }) => {
  await page.goto('/embed/hosted');
  await hydrated(page);
  // The diagram itself takes focus first (←/→ step it, Space plays), then its design picker.
  await page.keyboard.press('Tab');
  await expect(page.locator('figure.stack-diagram')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Design')).toBeFocused();
  // Tab to Play (Restart and Back are disabled at the start) and press it with the keyboard.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
  const outline = await page.getByRole('button', { name: 'Play' }).evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('.step-count')).toHaveText('Step 1 of 6');
  await page.keyboard.press('Enter');
  await expect(page.locator('.step-count')).toHaveText('Step 2 of 6');
});

test('with reduced motion the same states appear', async ({ browser, problems }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await problems.watch(page);
  await page.goto('/embed/paravirtualization');
  await hydrated(page);
  await page.getByRole('button', { name: 'Forward' }).click();
  await page.getByRole('button', { name: 'Forward' }).click();
  await expect(page.locator('.layer.is-active .layer-label-full')).toHaveText('Linux kernel (ported to Xen)');
  const animation = await page
    .locator('.layer')
    .first()
    .evaluate((el) => getComputedStyle(el).animationName);
  expect(animation).toBe('none');
  await context.close();
});

test('a prerendered diagram is drawn once: it does not fade in again when its code arrives', async ({ page }) => {
  await sampleDiagramOpacity(page, '.lesson-aside .stack-diagram');
  await page.goto('/hosted-virtualization');
  await hydrated(page);
  await expect(panel(page).locator('.stack-diagram')).toHaveAttribute('data-interactive', 'true');
  const opacities = await diagramOpacities(page);
  expect(opacities.length).toBeGreaterThan(60);
  expect(Math.min(...opacities)).toBe(1);
});
