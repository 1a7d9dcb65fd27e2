import { expect, hydrated, test } from './fixtures';

test('the comparison shows what each design does for memory and devices, on /compare and in chapter 9', async ({
  page,
  problems,
}) => {
  void problems;
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
