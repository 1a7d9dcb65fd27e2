import AxeBuilder from '@axe-core/playwright';
import { expect, hydrated, test } from './fixtures';

test('the comparison shows what each design does for memory and devices, on /compare and in chapter 9', async ({
  page,
}) => {
  await page.goto('/compare?arch=paravirtualization&compare=kvm');
  await hydrated(page);
  const table = page.getByRole('region', { name: 'Comparison of designs' });
  const memory = table.getByRole('row', { name: /^Guest memory \(page tables\)/ });
  await expect(memory.getByRole('rowheader')).toContainText('(differs)');
  await expect(memory.locator('.cell-value')).toHaveText([
    'Nested paging (EPT/NPT); also shadow page tables',
    'Direct paging, checked by the hypervisor',
  ]);
  const devices = table.getByRole('row', { name: /^Guest devices \(I\/O\)/ });
  await expect(devices.locator('.cell-value').nth(1)).toHaveText('Split drivers');

  await page.goto('/comparing');
  await hydrated(page);
  const chapterTable = page.getByRole('region', { name: 'Comparison of designs' });
  await expect(chapterTable.getByRole('row', { name: /^Guest memory/ }).locator('.cell-value')).toHaveCount(8);
  await expect(chapterTable.getByRole('row', { name: /^Guest devices/ })).toContainText('Host system calls');
});

test('one operation plays through both designs from a linked step, survives a reload, and explains bad input', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Follow a single privileged instruction' }).click();
  await expect(page).toHaveURL(/\/compare\/?\?arch=hosted&compare=hardware-assisted&op=cli/);

  await page.goto('/compare?arch=full-virtualization&compare=kvm&op=out&step=2');
  await hydrated(page);
  const op = page.getByRole('region', { name: 'One operation, both designs' });
  await expect(op.getByText(/^Step 2 of \d+$/)).toBeVisible();
  const left = op.getByRole('region', { name: 'Full virtualization' });
  const right = op.getByRole('region', { name: 'KVM' });
  await expect(left.locator('li[aria-current="step"]')).toContainText('the VMM emulates the device register');
  await expect(right.locator('li[aria-current="step"]')).toContainText('KVM_RUN returns to QEMU');
  await op.getByRole('button', { name: /Forward/ }).click();
  await expect(page).toHaveURL(/step=3/);
  await page.reload();
  await hydrated(page);
  await expect(op.getByText(/^Step 3 of \d+$/)).toBeVisible();
  await expect(right.locator('li[aria-current="step"]')).toContainText('QEMU, a host process, emulates the device');
  await expect(page.getByLabel('Right')).toHaveValue('kvm');

  await page.goto('/compare?arch=shared-kernel&compare=user-mode-linux&op=teleport&step=0');
  await hydrated(page);
  await expect(page.getByRole('status').filter({ hasText: 'no operation called "teleport"' })).toBeVisible();
  await expect(op.getByRole('button', { name: 'Disable interrupts (CLI)' })).toHaveAttribute('aria-pressed', 'true');
  await expect(op.getByRole('region', { name: 'Shared kernel' })).toContainText('No path: a container has no kernel');
  await expect(op.getByRole('region', { name: 'User-mode Linux' })).toContainText('No path on the real CPU');
});

test("a side diagram's 'Copy link to this step' opens that diagram at that step, not the page's operation", async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/compare?arch=kvm&compare=hosted&op=out&step=2');
  await hydrated(page);
  const left = page.locator('.compare-grid .stack-diagram').first();
  await left.getByRole('button', { name: /Forward/ }).click();
  await left.getByRole('button', { name: 'Copy link to this step' }).click();
  await expect(left.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/embed\/kvm\/\?step=1$/);
  await page.goto(link);
  await hydrated(page);
  await expect(page.locator('.step-count')).toHaveText(/^Step 1 of/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the operation mid-play (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto('/compare?arch=shared-kernel&compare=paravirtualization&op=cr3&step=2');
    await hydrated(page);
    await expect(page.getByText(/^Step 2 of \d+$/)).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('.op-compare')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
