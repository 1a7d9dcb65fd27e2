// The standing fault suite of the security review (../shared/reviews/security-review.md): each test
// here failed on the main it reviewed.
import { expect, hydrated, test } from './fixtures';

test.describe('a malformed address never blanks a page (finding 2)', () => {
  for (const address of ['/#%', '/hypervisors#%E0%A4%A', '/glossary#%zz', '/hypervisors#%F0%9F']) {
    test(`${address} keeps the page readable and working`, async ({ page, problems }) => {
      void problems;
      await page.goto(address);
      await hydrated(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeVisible();
      // Still a working app: a client-side navigation works from here.
      await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }

  test('a hash changed to a broken one while reading leaves the lesson in place', async ({ page, problems }) => {
    void problems;
    await page.goto('/hypervisors');
    await hydrated(page);
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    await page.evaluate(() => (window.location.hash = '%E0%A4%A'));
    await page.evaluate(() => (window.location.hash = '%'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
    await expect(page.getByRole('heading', { name: 'Self-quiz' })).toBeAttached();
  });
});

test.describe('only embeds may be framed (finding 7)', () => {
  test('pages refuse framing, embeds allow it', async ({ request }) => {
    for (const path of ['/', '/hypervisors', '/glossary', '/print/hypervisors', '/no-such-page']) {
      const res = await request.get(path);
      expect(res.headers()['x-frame-options'], path).toBe('DENY');
      expect(res.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
    const embed = await request.get('/embed/kvm');
    expect(embed.status()).toBe(200);
    expect(embed.headers()['x-frame-options']).toBeUndefined();
    expect(embed.headers()['content-security-policy']).not.toContain('frame-ancestors');
  });

  test('a lesson inside a frame stays blank, an embed draws', async ({ page, problems }) => {
    problems.allow(/frame-ancestors|Refused to display|X-Frame-Options|ERR_BLOCKED_BY_RESPONSE/);
    await page.goto('/embed/kvm');
    await page.setContent(
      '<iframe title="lesson" src="/hypervisors" width="800" height="400"></iframe><iframe title="embed" src="/embed/kvm" width="800" height="400"></iframe>',
    );
    await expect(page.frameLocator('iframe[title="embed"]').getByRole('heading').first()).toBeVisible();
    await expect(page.frameLocator('iframe[title="lesson"]').getByRole('heading', { name: 'Self-quiz' })).toHaveCount(
      0,
    );
  });
});
