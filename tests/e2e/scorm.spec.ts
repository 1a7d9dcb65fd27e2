import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FrameLocator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
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

/**
 * scorm-again plays the LMS (tests/scorm-rig/rig.html) and the package runs in its frame, served
 * from the zip the build wrote, at an address of its own (any host, any path: as an LMS would).
 */
const RIG = 'http://lms.rig.test';
const DIST = process.env.E2E_DIST ?? 'dist';
const SLUG = 'hosted-virtualization'; // its quiz has every kind: choice, true/false, matching, ordering

interface Q {
  id: string;
  shape: 'choice' | 'true-false' | 'match' | 'order';
  options?: { text: string; correct: boolean }[];
  answer?: boolean;
  pairs?: { item: string; answer: string }[];
  items?: string[];
}

function packageFiles(zip: string) {
  return unzipSync(readFileSync(path.join(DIST, 'lms', zip)));
}

async function serve(page: Page, zip: string): Promise<Q[]> {
  const files = packageFiles(zip);
  const types: Record<string, string> = { html: 'text/html', js: 'text/javascript', css: 'text/css', xml: 'text/xml' };
  await page.route(`${RIG}/**`, (route) => {
    const p = new URL(route.request().url()).pathname;
    if (p === '/rig.html') return route.fulfill({ path: 'tests/scorm-rig/rig.html', contentType: 'text/html' });
    if (p === '/scorm-again.js')
      return route.fulfill({
        path: 'node_modules/scorm-again/dist/scorm-again.min.js',
        contentType: 'text/javascript',
      });
    const file = files[decodeURIComponent(p.replace(/^\/pkg\//, ''))];
    if (!file) return route.fulfill({ status: 404, body: 'not in the package' });
    return route.fulfill({
      body: Buffer.from(file),
      contentType: types[p.split('.').pop()!] ?? 'application/octet-stream',
    });
  });
  const html = new TextDecoder().decode(files[`${SLUG}/index.html`]);
  return JSON.parse(/id="quiz-data">(.*?)<\/script>/s.exec(html)![1]!) as Q[];
}

/** Answer as a learner would, by the labels on screen; `right` picks the right answer or a wrong one. */
async function answer(scope: Page | FrameLocator, q: Q, right: boolean) {
  const form = scope.locator(`#q-${q.id}`);
  switch (q.shape) {
    case 'choice': {
      const pick = right ? q.options!.filter((o) => o.correct) : [q.options!.find((o) => !o.correct)!];
      for (const o of pick) await form.getByLabel(o.text, { exact: true }).check();
      break;
    }
    case 'true-false':
      await form.getByLabel(q.answer === right ? 'True' : 'False', { exact: true }).check();
      break;
    case 'match':
      for (const [i, p] of q.pairs!.entries()) {
        const other = q.pairs!.find((x) => x.answer !== p.answer)?.answer ?? p.answer;
        await form.getByLabel(p.item, { exact: true }).selectOption({ label: right || i > 0 ? p.answer : other });
      }
      break;
    case 'order':
      if (right)
        for (const [target, item] of q.items!.entries()) {
          for (let guard = 0; guard < q.items!.length; guard++) {
            const now = await form.locator('ol.order li > span').allTextContents();
            if (now.indexOf(item) <= target) break;
            await form.getByRole('button', { name: `Move ${item} up the list` }).click();
          }
        }
      break;
  }
  await form.getByRole('button', { name: 'Check' }).click();
  await expect(form.locator('.feedback')).toContainText(right ? 'Right.' : 'Not quite.');
}

type Rig = { launches: number; values: Record<string, string>; initialized: boolean; finished: boolean };
const rig = (page: Page) => page.evaluate(() => (window as unknown as { rig: Rig }).rig);

for (const version of ['1.2', '2004'] as const) {
  const el = (v12: string, v2004: string) => (version === '1.2' ? v12 : v2004);

  test(`a SCORM ${version} package reports answers, score and status to the LMS, and resumes`, async ({ page }) => {
    test.setTimeout(240_000);
    const questions = await serve(page, `${SLUG}.scorm${version === '1.2' ? '12' : '2004'}.zip`);
    await page.goto(`${RIG}/rig.html?v=${version}&pkg=${SLUG}`);
    const frame = page.frameLocator('#sco');
    await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(frame.getByRole('status').first()).toContainText(
      `reported to your learning platform (SCORM ${version})`,
    );
    expect((await rig(page)).initialized).toBe(true);

    // First question wrong: a journal entry, a score, an attempt still incomplete.
    const first = questions.find((q) => q.shape === 'choice')!;
    const rest = questions.filter((q) => q !== first);
    await answer(frame, first!, false);
    let values = (await rig(page)).values;
    expect(values['cmi.interactions.0.id']).toBe(first!.id);
    expect(values['cmi.interactions.0.type']).toBe('choice');
    expect(values[el('cmi.interactions.0.student_response', 'cmi.interactions.0.learner_response')]).toMatch(/^[a-z]$/);
    expect(values['cmi.interactions.0.result']).toBe(el('wrong', 'incorrect'));
    expect(values[el('cmi.core.score.raw', 'cmi.score.raw')]).toBe('0');
    expect(values[el('cmi.core.lesson_status', 'cmi.completion_status')]).toBe('incomplete');
    expect(values['cmi.suspend_data']).toContain(first!.id);

    // Every other question right: completed and passed (one wrong of eleven is over 80%).
    for (const q of rest) await answer(frame, q, true);
    values = (await rig(page)).values;
    const raw = String(Math.round((100 * rest.length) / questions.length));
    expect(values[el('cmi.core.score.raw', 'cmi.score.raw')]).toBe(raw);
    if (version === '2004') {
      expect(values['cmi.score.scaled']).toBe((rest.length / questions.length).toFixed(4));
      expect(values['cmi.completion_status']).toBe('completed');
      expect(values['cmi.success_status']).toBe('passed');
    } else expect(values['cmi.core.lesson_status']).toBe('passed');
    const kinds = questions.map((_, i) => values[`cmi.interactions.${i}.type`]);
    expect(new Set(kinds)).toEqual(new Set(['choice', 'true-false', 'matching', 'sequencing']));
    expect(rest.map((_, i) => values[`cmi.interactions.${i + 1}.result`])).toEqual(rest.map(() => 'correct'));

    // Leaving the page terminates the session.
    await page.evaluate(() => document.getElementById('sco')!.remove());
    await expect.poll(async () => (await rig(page)).finished).toBe(true);
    values = (await rig(page)).values;
    expect(values[el('cmi.core.exit', 'cmi.exit')]).toBe(el('', 'normal'));
    const saved = values['cmi.suspend_data'];

    // A second launch: the LMS hands back suspend_data and the answers are on screen again.
    await page.reload();
    expect((await rig(page)).launches).toBe(1);
    const again = page.frameLocator('#sco');
    await expect(again.locator(`#q-${first!.id} .feedback`)).toContainText('Not quite.');
    await expect(again.locator(`#q-${rest[0]!.id} .feedback`)).toContainText('Right.');
    await expect(
      again.getByText(`${questions.length} of ${questions.length} answered, ${rest.length} right.`),
    ).toBeVisible();
    expect((await rig(page)).values['cmi.suspend_data']).toBe(saved);
  });
}

test('a package opened on its own works and says scores are not being reported', async ({ page }) => {
  const [q] = await serve(page, `${SLUG}.scorm2004.zip`);
  await page.goto(`${RIG}/pkg/${SLUG}/index.html`);
  await expect(page.getByRole('status').first()).toHaveText(
    'This page is not running inside a learning platform, so scores are not being reported.',
  );
  await answer(page, q!, true);
});
