import AxeBuilder from '@axe-core/playwright';
import { expect, hydrated, test } from './fixtures';

const explorer = (page: import('@playwright/test').Page) =>
  page.getByRole('figure', { name: "Explorer: one packet's path" });
/** The number shown beside a counter's name. */
const count = (page: import('@playwright/test').Page, name: string) =>
  explorer(page)
    .getByLabel(/Running count/)
    .locator('div', { hasText: name })
    .locator('dd');

test('a linked explorer state opens, steps, updates the address and survives a reload', async ({ page }) => {
  await page.goto('/io-virtualization?io=virtio&irq=injected&batch=8&hop=2');
  await hydrated(page);
  const ex = explorer(page);
  await expect(ex.getByRole('button', { name: 'virtio-net, back-end in QEMU' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(ex.getByText(/^Hop 2 of \d+$/)).toBeVisible();
  await expect(ex.locator('figcaption')).toContainText("kicks: one write to the queue's notify register");
  await expect(count(page, 'VM exits')).toHaveText('1');
  await ex.getByRole('button', { name: /Forward/ }).click();
  await expect(ex.getByText(/^Hop 3 of \d+$/)).toBeVisible();
  await expect(page).toHaveURL(/hop=3/);
  await page.reload();
  await hydrated(page);
  await expect(explorer(page).getByText(/^Hop 3 of \d+$/)).toBeVisible();
  await expect(explorer(page).locator('figcaption')).toContainText("waking QEMU's I/O thread");
});

test('a linked receive state opens, steps, survives a reload; a bad direction falls back to sending', async ({
  page,
}) => {
  await page.goto('/io-virtualization?io=sriov&dir=rx&irq=posted&batch=8&hop=2');
  await hydrated(page);
  const ex = explorer(page);
  await expect(ex.getByRole('button', { name: 'Receive' })).toHaveAttribute('aria-pressed', 'true');
  await expect(ex.getByText(/^Hop 2 of \d+$/)).toBeVisible();
  await expect(ex.locator('figcaption')).toContainText('The VF writes the frame by DMA into a buffer the guest posted');
  await expect(count(page, 'VM exits')).toHaveText('0');
  await expect(ex.getByRole('table', { name: /Per packet received, for a batch of 8/ })).toBeVisible();
  await ex.getByRole('button', { name: /Forward/ }).click();
  await expect(page).toHaveURL(/dir=rx/);
  await expect(page).toHaveURL(/hop=3/);
  await page.reload();
  await hydrated(page);
  await expect(explorer(page).getByText(/^Hop 3 of \d+$/)).toBeVisible();
  await expect(explorer(page).locator('figcaption')).toContainText('marks the receive descriptors done');

  await page.goto('/io-virtualization?io=vhost&dir=sideways&hop=2');
  await hydrated(page);
  await expect(explorer(page).getByRole('status').filter({ hasText: 'Direction "sideways" is unknown' })).toBeVisible();
  await expect(explorer(page).getByRole('button', { name: 'Send' })).toHaveAttribute('aria-pressed', 'true');
  await expect(explorer(page).locator('figcaption')).toContainText('After the batch it kicks');
});

test('the compare row and the counters follow the choices', async ({ page }) => {
  await page.goto('/io-virtualization?io=sriov&irq=posted&batch=1');
  await hydrated(page);
  const ex = explorer(page);
  const sriov = ex.getByRole('row', { name: /^SR-IOV virtual function/ });
  await expect(sriov.getByRole('cell')).toHaveText(['0', '0', '0']);
  await ex.getByRole('button', { name: 'Injected (exits)' }).click();
  await expect(page).toHaveURL(/irq=injected/);
  await expect(sriov.getByRole('cell')).toHaveText(['2', '0', '0']);
  await ex.getByRole('button', { name: 'Emulated NIC (e1000 model in QEMU)' }).click();
  await expect(page).toHaveURL(/io=emulated/);
  await expect(ex.getByRole('row', { name: /^Emulated NIC/ }).getByRole('cell')).toHaveText(['5', '2', '8']);
});

test('a bad explorer address explains itself and shows the default', async ({ page }) => {
  await page.goto('/io-virtualization?io=token-ring&batch=lots');
  await hydrated(page);
  const ex = explorer(page);
  await expect(ex.getByRole('status').filter({ hasText: 'no I/O design called "token-ring"' })).toBeVisible();
  await expect(ex.getByRole('status').filter({ hasText: 'is not offered' })).toBeVisible();
  await expect(ex.getByRole('button', { name: 'Emulated NIC (e1000 model in QEMU)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(ex.getByText('Press Play or Forward to send the packet.')).toBeVisible();
});

for (const [scheme, dir] of [
  ['light', 'tx'],
  ['dark', 'rx'],
] as const) {
  test(`axe finds nothing in the explorer mid-walk (${scheme} theme, ${dir})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await page.goto(`/io-virtualization?io=vhost&dir=${dir}&irq=posted&batch=32&hop=4`);
    await hydrated(page);
    await expect(explorer(page).getByText(/^Hop 4 of \d+$/)).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('.packet-path')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
}
