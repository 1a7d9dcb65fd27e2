import { answerFirstOption, expect, hydrated, test } from './fixtures';
import type { Page } from '@playwright/test';
import privilegeRings from '../../content/02-privilege-rings.quiz';
import kernelLevel from '../../content/05-kernel-level.quiz';
import type { Choice } from '../../src/model/quiz/types';

/** Answer every question of the open chapter's quiz from the `from`-th on, choosing the first option each time. */
async function answerAll(page: Page, from = 0) {
  const questions = page.locator('#quiz li.question');
  const n = await questions.count();
  for (let i = from; i < n; i++) {
    await answerFirstOption(questions.nth(i));
  }
  return n;
}

test('completing a quiz gives feedback and a score that survive a reload', async ({ page }) => {
  await page.goto('/shared-kernel#quiz');
  await hydrated(page);
  const n = await answerAll(page);
  expect(n).toBeGreaterThanOrEqual(8);
  const score = page.locator('#quiz .score');
  await expect(score).toHaveText(new RegExp(`^Score: \\d+ of ${n}$`));
  const before = await score.textContent();
  // Every checked question explains itself.
  await expect(page.locator('#quiz .choice-why').first()).toBeVisible();
  await page.reload();
  await hydrated(page);
  await expect(page.locator('#quiz .score')).toHaveText(before ?? '');
  await expect(page.locator('#quiz .verdict')).toHaveCount(n);
  // The sidebar shows the chapter's score.
  await expect(page.locator('.nav-chapter.is-current .nav-status')).toHaveText(/\d+\/\d+/);
});

/** The text of a wrong choice of a chapter's first question, read from the quiz data. */
function wrongChoice(quiz: { questions: readonly { id: string; choices?: readonly Choice[] }[] }): string {
  const first = quiz.questions[0];
  const wrong = first?.choices?.find((c) => !c.correct);
  if (!wrong) throw new Error(`the first question (${first?.id}) has no wrong choice to pick`);
  return wrong.text;
}

test('a wrong answer links to the section that teaches it, and back', async ({ page }) => {
  await page.goto('/privilege-rings#quiz');
  await hydrated(page);
  const q = page.locator('#quiz li.question').first();
  await q.getByRole('radio', { name: wrongChoice(privilegeRings), exact: true }).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  const verdict = q.locator('.verdict');
  await expect(verdict).not.toHaveClass(/is-right/);
  const review = verdict.getByRole('link', { name: /Review/ });
  await expect(review).toBeVisible();
  const target = (await review.getAttribute('href')) ?? '';
  await review.click();
  await expect(page.locator(target)).toBeInViewport();
  await page.getByRole('link', { name: 'Back to the question' }).click();
  await expect(q).toBeInViewport();
});

test('retry the ones I missed keeps the right answers and resets the rest', async ({ page }) => {
  await page.goto('/kernel-level#quiz');
  await hydrated(page);
  // The first question is answered wrong on purpose, the rest with their first options.
  const first = page.locator('#quiz li.question').first();
  await first.getByRole('radio', { name: wrongChoice(kernelLevel), exact: true }).check();
  await first.getByRole('button', { name: 'Check answer' }).click();
  const n = await answerAll(page, 1);
  const right = await page.locator('#quiz .verdict.is-right').count();
  expect(right).toBeLessThan(n);
  await page.getByRole('button', { name: 'Retry the ones I missed' }).click();
  await expect(page.locator('#quiz .verdict')).toHaveCount(right);
  await expect(page.locator('#quiz').getByRole('button', { name: 'Check answer' })).toHaveCount(n - right);
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('button', { name: 'Clear my answers' }).click();
  await expect(page.locator('#quiz .verdict')).toHaveCount(0);
});

test('a question deep link opens at that question', async ({ page }) => {
  await page.goto('/hypervisors');
  const id = await page.locator('#quiz li.question').nth(4).getAttribute('id');
  await page.goto(`/hypervisors#${id}`);
  await hydrated(page);
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test('the ordering question works by keyboard', async ({ page }) => {
  await page.goto('/hosted-virtualization#quiz');
  await hydrated(page);
  const q = page
    .locator('#quiz li.question')
    .filter({ has: page.locator('.order-list') })
    .first();
  const labels = () => q.locator('.order-label').allTextContents();
  const first = (await labels())[0] ?? '';
  await q.getByRole('button', { name: `Move ${first} down` }).focus();
  await page.keyboard.press('Enter');
  expect((await labels())[1]).toBe(first);
  await expect(q.getByText(/is now at position 2/)).toBeAttached();
});

test('corrupt saved progress is ignored, other chapters are untouched', async ({ page, problems }) => {
  problems.allow(/unreadable and was ignored/);
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('rz:quiz:v1:privilege-rings', '{not json');
    localStorage.setItem('rz:quiz:v1:hypervisors', JSON.stringify([1, 2, 3]));
    localStorage.setItem('rz:quiz:v1:shared-kernel', 'x'.repeat(300000));
    localStorage.setItem(
      'rz:quiz:v1:comparing',
      JSON.stringify({ attempt: 0, updated: 1, answers: { bogus: { hash: 'x', response: 1, correct: true } } }),
    );
  });
  await page.goto('/privilege-rings#quiz');
  await hydrated(page);
  await expect(page.locator('#quiz .score')).toHaveText(/^Score: 0 of \d+ \(\d+ not answered yet\)$/);
  await page.locator('#quiz li.question').first().getByRole('radio').first().check();
  await page.locator('#quiz li.question').first().getByRole('button', { name: 'Check answer' }).click();
  await expect(page.locator('#quiz .verdict')).toHaveCount(1);
  const stored = await page.evaluate(() => localStorage.getItem('rz:quiz:v1:comparing'));
  expect(stored).toContain('bogus');
});

test('with storage disabled the quiz still works for the session', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
  });
  await page.goto('/why-virtualization#quiz');
  await hydrated(page);
  await expect(page.getByText(/not letting us save/)).toBeVisible();
  const q = page.locator('#quiz li.question').first();
  await q.getByRole('radio').first().check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.verdict')).toBeVisible();
});

test('progress exports to a file and imports in a fresh browser', async ({ page, browser, problems }, info) => {
  await page.goto('/comparing#quiz');
  await hydrated(page);
  const n = await answerAll(page);
  const score = await page.locator('#quiz .score').textContent();
  await page.goto('/');
  await hydrated(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = info.outputPath('progress.json');
  await (await download).saveAs(file);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await problems.watch(other);
  await other.goto('/');
  await other.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await other.locator('input[type=file]').setInputFiles(file);
  await expect(other.getByText(new RegExp(`Imported: ${n} answers added`))).toBeVisible();
  await other.goto('/comparing#quiz');
  await expect(other.locator('#quiz .score')).toHaveText(score ?? '');
  await expect(other.locator('#quiz .verdict')).toHaveCount(n);

  // A bad file gets a clear error and changes nothing.
  await other.goto('/');
  await other.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
  await other
    .locator('input[type=file]')
    .setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect(other.getByRole('alert')).toHaveText(/not a Ring Zero progress file.*Nothing was changed/);
  await fresh.close();
});

test('a predict-the-path question answered wrong, retried and answered right, stays right after a reload', async ({
  page,
}) => {
  await page.goto('/privilege-rings#q-predict-popf-trap-and-emulate');
  await hydrated(page);
  const q = page.locator('#q-predict-popf-trap-and-emulate');
  const layers = q.getByRole('group', { name: 'Which layer handles it first?' });
  const trap = q.getByRole('group', { name: /Does it trap/ });
  await layers.getByRole('radio', { name: 'Windows kernel' }).check();
  await trap.getByRole('radio', { name: 'Yes, it traps' }).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.verdict')).toContainText('Not correct yet.');
  await expect(q).toContainText('Layer right: Windows kernel.');
  await expect(q).toContainText('Trap not right: it does not trap.');
  await expect(q).toContainText('What the machine did: Windows kernel: Sensitive but unprivileged');
  await page.getByRole('button', { name: 'Retry the ones I missed' }).click();
  await layers.getByRole('radio', { name: 'Windows kernel' }).check();
  await trap.getByRole('radio', { name: 'No, it does not trap' }).check();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.verdict')).toContainText('Correct.');
  await page.reload();
  await hydrated(page);
  await expect(q.locator('.verdict')).toContainText('Correct.');
  await expect(q).toContainText('Trap right: it does not trap.');
});
