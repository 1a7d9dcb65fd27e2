import { expect, hydrated, test } from './fixtures';

test.describe('LMS downloads on /instructors', () => {
  test('lists each question bank with its size, and the files download', async ({ page, request }) => {
    await page.goto('/instructors');
    await hydrated(page);
    const section = page.getByRole('region', { name: 'Into your learning platform' });
    await expect(section.getByRole('heading', { name: 'Question banks' })).toBeVisible();
    const xmlLink = section.getByRole('link', { name: 'Moodle XML: the whole course' });
    await expect(xmlLink.locator('..')).toContainText(/\(\d+ questions, \d+ KB\)/);
    const giftLink = section.getByRole('link', { name: /^GIFT: Privilege rings/ });
    for (const link of [xmlLink, giftLink]) {
      const response = await request.get((await link.getAttribute('href'))!);
      expect(response.status()).toBe(200);
    }
    const xml = await (await request.get((await xmlLink.getAttribute('href'))!)).text();
    expect(xml).toContain('<quiz>');
    const gift = await (await request.get((await giftLink.getAttribute('href'))!)).text();
    expect(gift).toContain('$CATEGORY: $course$/top/Ring Zero/Privilege rings');
    await expect(section.getByText(/GIFT has no ordering type/)).toBeVisible();
  });
});
