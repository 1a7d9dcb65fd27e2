// The standing fault suite of the security review (../shared/reviews/security-review.md): each test
// here failed on the main it reviewed.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { answerFirstOption, expect, hydrated, test } from './fixtures';

test.describe('a malformed address never blanks a page (finding 2)', () => {
  for (const address of ['/#%', '/hypervisors#%E0%A4%A', '/glossary#%zz', '/hypervisors#%F0%9F']) {
    test(`${address} keeps the page readable and working`, async ({ page }) => {
      await page.goto(address);
      await hydrated(page);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeVisible();
      // Still a working app: a client-side navigation works from here.
      await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link').first().click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }

  test('a hash changed to a broken one while reading leaves the lesson in place', async ({ page }) => {
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
    // The test page names its own icon: otherwise Chromium may ask for /favicon.ico, a 404 the site never causes.
    await page.setContent(
      '<link rel="icon" href="data:,"><iframe title="lesson" src="/hypervisors" width="800" height="400"></iframe><iframe title="embed" src="/embed/kvm" width="800" height="400"></iframe>',
    );
    await expect(page.frameLocator('iframe[title="embed"]').getByRole('heading').first()).toBeVisible();
    await expect(page.frameLocator('iframe[title="lesson"]').getByRole('heading', { name: 'Self-quiz' })).toHaveCount(
      0,
    );
  });
});

/** Answer the quiz's questions at the given positions, choosing the first option each time. */
async function answer(page: Page, positions: number[]) {
  for (const i of positions) await answerFirstOption(page.locator('#quiz li.question').nth(i));
}

test.describe('saved answers are never lost', () => {
  test('import merges two devices, says what it did, and can be undone (finding 3)', async ({
    page,
    browser,
    problems,
  }, info) => {
    // Device B answers questions 3 and 4, and exports.
    const b = await browser.newContext();
    const other = await b.newPage();
    await problems.watch(other);
    await other.goto('/hypervisors#quiz');
    await hydrated(other);
    await answer(other, [2, 3]);
    await other.goto('/');
    await hydrated(other);
    const download = other.waitForEvent('download');
    await other.getByRole('button', { name: 'Export progress' }).click();
    const file = info.outputPath('b.json');
    await (await download).saveAs(file);
    await b.close();

    // Device A answered questions 1 and 2, and imports B's file.
    await page.goto('/hypervisors#quiz');
    await hydrated(page);
    await answer(page, [0, 1]);
    await page.goto('/');
    await hydrated(page);
    const importB = async (expected: string) => {
      await page.locator('input[type=file]').setInputFiles(file);
      await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(expected);
    };
    await importB('Imported: 2 answers added.');
    // One-step undo puts back exactly what was there.
    await page.getByRole('button', { name: 'Undo import' }).click();
    await expect(page.getByText('The import is undone')).toBeVisible();
    await page.goto('/hypervisors#quiz');
    await hydrated(page);
    await expect(page.locator('#quiz .verdict')).toHaveCount(2);
    await page.goto('/');
    await hydrated(page);
    await importB('Imported: 2 answers added.');
    await page.goto('/hypervisors#quiz');
    await hydrated(page);
    await expect(page.locator('#quiz .verdict')).toHaveCount(4);

    // A file from another course version (every fingerprint different) changes nothing.
    const stale = JSON.parse(readFileSync(file, 'utf8')) as {
      sections: { quiz: { chapters: Record<string, { answers: Record<string, { hash: string }> }> } };
    };
    for (const c of Object.values(stale.sections.quiz.chapters))
      for (const a of Object.values(c.answers)) a.hash = 'old';
    await page.goto('/');
    await hydrated(page);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(stale)) });
    await expect(page.getByText(/0 answers added, 2 answers ignored .* Nothing was changed/)).toBeVisible();
    await page.goto('/hypervisors#quiz');
    await hydrated(page);
    await expect(page.locator('#quiz .verdict')).toHaveCount(4);
  });

  test('a forged "correct" flag does not change the sidebar score (finding 11)', async ({ page }) => {
    await page.goto('/shared-kernel#quiz');
    await hydrated(page);
    const n = await page.locator('#quiz li.question').count();
    await answer(
      page,
      Array.from({ length: n }, (_, i) => i),
    );
    const score = (await page.locator('#quiz .score').textContent()) ?? '';
    const right = /Score: (\d+) of/.exec(score)?.[1];
    await page.evaluate(() => {
      const key = 'rz:quiz:v1:shared-kernel';
      const p = JSON.parse(localStorage.getItem(key) ?? '{}') as { answers: Record<string, object> };
      for (const a of Object.values(p.answers)) Object.assign(a, { correct: true });
      localStorage.setItem(key, JSON.stringify(p));
    });
    await page.reload();
    await hydrated(page);
    await expect(page.locator('.nav-chapter.is-current .nav-status')).toHaveText(
      `Quiz score ${right} of ${n}${right}/${n}`,
    );
    await expect(page.locator('#quiz .score')).toHaveText(score);
  });

  test('a full storage quota is said out loud, and answers are saved once there is room (finding 4)', async ({
    page,
  }) => {
    await page.goto('/why-virtualization#quiz');
    await hydrated(page);
    // Another app on this origin fills storage to within a few dozen characters of the quota.
    await page.evaluate(() => {
      localStorage.setItem('other-app:slack', 'y'.repeat(60));
      let size = 1 << 20;
      let i = 0;
      while (size >= 1) {
        try {
          localStorage.setItem(`other-app:fill-${i++}`, 'x'.repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
      localStorage.removeItem('other-app:slack');
    });
    await answer(page, [0]);
    await expect(page.getByRole('alert')).toContainText('could not be saved');
    await expect(page.getByText(/not being saved right now/)).toBeVisible();
    await expect(page.getByText(/saved in this browser/)).toHaveCount(0);
    // Space frees up: the answer is saved without the learner doing anything.
    await page.evaluate(() => localStorage.removeItem('other-app:fill-0'));
    await expect(page.getByText('Your answers are saved again.')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.reload();
    await hydrated(page);
    await expect(page.locator('#quiz .verdict')).toHaveCount(1);
  });

  test('two tabs checking answers at the same moment both keep theirs (finding 9)', async ({
    context,
    page,
    problems,
  }) => {
    const other = await context.newPage();
    await problems.watch(other);
    for (const p of [page, other]) {
      await p.bringToFront();
      await p.goto('/kernel-level#quiz');
      await hydrated(p);
    }
    // Each tab picks an answer to a different question, then both check at once.
    const pick = async (p: Page, i: number) => {
      const q = p
        .locator('#quiz li.question')
        .filter({ has: p.getByRole('radio') })
        .nth(i);
      await q.getByRole('radio').first().check();
      return q.getByRole('button', { name: 'Check answer' });
    };
    const [one, two] = [await pick(page, 0), await pick(other, 1)];
    await Promise.all([one.evaluate((b: HTMLElement) => b.click()), two.evaluate((b: HTMLElement) => b.click())]);
    for (const p of [page, other]) await expect(p.locator('#quiz .verdict')).toHaveCount(2);
    await other.close();
    await page.bringToFront();
    await page.reload();
    await hydrated(page);
    await expect(page.locator('#quiz .verdict')).toHaveCount(2);
  });
});

test('solved machine levels travel in the progress file and merge on import (issue 20)', async ({ page }, info) => {
  test.slow();
  const level = page.getByRole('heading', { name: /Level: Hello from ring 0/ });
  const openLevel = async () => {
    await page.goto('/machine?level=hello-ring-zero');
    await hydrated(page);
    await expect(page.getByRole('textbox', { name: 'Guest program' })).toBeEditable({ timeout: 45_000 });
  };
  await openLevel();
  await page.getByRole('button', { name: 'Show a solution' }).click();
  await page.getByRole('button', { name: 'Put it in the editor' }).click();
  await page.getByRole('button', { name: 'Run' }).click();
  await expect(level).toContainText('solved');

  await page.goto('/');
  await hydrated(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = info.outputPath('levels.json');
  await (await download).saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toHaveText('Exported 1 solved machine level.');

  // This browser forgets everything, then imports the file.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await hydrated(page);
  const importFile = async () => {
    await page.locator('input[type=file]').setInputFiles(file);
    await expect(page.getByRole('status').filter({ hasText: 'Machine levels' })).toBeVisible();
  };
  await importFile();
  await expect(page.getByRole('status').filter({ hasText: 'Machine levels' })).toHaveText(
    'Machine levels: 1 solved level added.',
  );
  await openLevel();
  await expect(level).toContainText('✓ solved');
  await expect(page.getByRole('listitem').filter({ hasText: 'Hello from ring 0' })).toContainText('solved');

  // Importing the same file again keeps what is here; undoing a first import takes the level away again.
  await page.goto('/');
  await hydrated(page);
  await importFile();
  await expect(page.getByText(/1 level already solved here kept.*Nothing was changed/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo import' })).toHaveCount(0);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await hydrated(page);
  await importFile();
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByText('The import is undone')).toBeVisible();
  await openLevel();
  await expect(level).toBeVisible();
  await expect(level).not.toContainText('solved');
});
