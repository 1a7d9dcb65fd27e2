import { readdirSync, readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import kernelLevelQuiz from '../../content/05-kernel-level.quiz';
import { getArchitecture } from '../../src/model/architectures';
import { orderAnswer } from '../../src/model/quiz/kinds/order';
import type { OrderLayersQuestion, PickLayerQuestion, QuizFile } from '../../src/model/quiz/types';
import { findLayer } from '../../src/model/stack';
import { expect, hydrated, test } from './fixtures';

/** Every chapter's slug, from the content folder (so new chapters are covered too). */
const chapters = readdirSync('content')
  .filter((f) => /^\d\d-.+\.mdx$/.test(f))
  .sort()
  .map((f) => /^slug:\s*(\S+)/m.exec(readFileSync(`content/${f}`, 'utf8'))?.[1] ?? '');

/**
 * Words of layer labels that are broken across lines, and labels wider than their layer, among the
 * visible layers of `root`. A word broken in two has more than one line box.
 */
async function brokenLabels(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const out: string[] = [];
    for (const label of el.querySelectorAll<HTMLElement>('.layer-label > span')) {
      if (label.offsetParent === null) continue;
      const layer = label.closest('.layer') as HTMLElement;
      if (label.getBoundingClientRect().width > layer.clientWidth + 1)
        out.push(`${label.textContent} is wider than its layer`);
      const text = label.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) continue;
      const value = text.textContent ?? '';
      const re = /\S+/g;
      for (let m = re.exec(value); m; m = re.exec(value)) {
        const range = document.createRange();
        range.setStart(text, m.index);
        range.setEnd(text, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        if (lines.size > 1) out.push(`"${m[0]}" in ${value}`);
      }
    }
    return out;
  });
}

for (const size of [
  { width: 1366, height: 768 },
  { width: 1366, height: 657 },
]) {
  test.describe(`the side panel at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });
    for (const slug of chapters) {
      test(`${slug}: trace controls and the whole caption stay on screen while scrolling`, async ({ page }) => {
        test.setTimeout(180_000);
        await page.goto(`/${slug}`);
        await hydrated(page);
        const panel = page.locator('.lesson-aside .stack-diagram');
        await expect(panel).toHaveAttribute('data-interactive', 'true');
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0; y < height; y += 700) {
          await page.evaluate((top) => window.scrollTo(0, top), y);
          for (const target of [
            panel.getByRole('button', { name: /Forward/ }),
            panel.getByRole('button', { name: 'Restart' }),
            panel.locator('.trace-step'),
            panel.getByRole('button', { name: /Copy link/ }),
          ])
            await expect(target, `at scroll ${y}`).toBeInViewport({ ratio: 1 });
          expect(await brokenLabels(panel), `at scroll ${y}`).toEqual([]);
        }
        // The four controls share one row.
        const tops = await panel
          .locator('.trace-controls button')
          .evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top)));
        expect(new Set(tops).size).toBe(1);
        // ...and each shows its whole name inside its own border.
        const overflowing = await panel
          .locator('.trace-controls button')
          .evaluateAll((bs) => bs.filter((b) => b.scrollWidth > b.clientWidth).map((b) => b.textContent));
        expect(overflowing).toEqual([]);
      });
    }
  });
}

test.describe('the diagram by keyboard and by link', () => {
  test('←/→ step and Space plays when the diagram has focus; the copied link opens that step', async ({
    page,
    context,
    browser,
    problems,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/kernel-level');
    await hydrated(page);
    const panel = page.locator('.lesson-aside .stack-diagram');
    await expect(panel).toHaveAttribute('data-interactive', 'true');
    await panel.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(panel.locator('.trace-step')).toContainText(/Step 2 of \d+/);
    await page.keyboard.press('ArrowLeft');
    await expect(panel.locator('.trace-step')).toContainText(/Step 1 of \d+/);
    await page.keyboard.press('ArrowRight');
    await panel.getByRole('button', { name: 'Copy link to this step' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/kernel-level\/\?arch=[a-z-]+&step=2$/);
    // Space on the diagram plays (the play button then offers Pause).
    await panel.focus();
    await page.keyboard.press('Space');
    await expect(panel.getByRole('button', { name: 'Pause' })).toBeVisible();
    // A student opens the copied link in their own browser.
    const other = await (await browser.newContext()).newPage();
    await problems.watch(other);
    await other.goto(link);
    await hydrated(other);
    const opened = other.locator('.lesson-aside .stack-diagram');
    await expect(opened.locator('.trace-step')).toContainText(/Step 2 of \d+/);
    await expect(other.getByText('Showing a chosen diagram.')).toBeVisible();
  });
});

/** Chapters with an ordering question. */
const orderChapters = ['hosted-virtualization', 'shared-kernel', 'kernel-level', 'hypervisors'];

async function orderQuestion(page: Page): Promise<Locator> {
  return page
    .locator('#quiz li.question')
    .filter({ has: page.locator('.order-list') })
    .first();
}

async function cardLabels(q: Locator): Promise<string[]> {
  return q.locator('.order-label').allTextContents();
}

test.describe('quizzes mean what they say', () => {
  for (const slug of orderChapters) {
    test(`${slug}: the ordering prompt and the widget run the same way, and the start is not the answer`, async ({
      page,
    }) => {
      await page.goto(`/${slug}#quiz`);
      await hydrated(page);
      const q = await orderQuestion(page);
      const prompt = (await q.locator('.question-prompt').textContent()) ?? '';
      const hint = q.locator('.hint');
      // The prompt names a direction and the widget says the same one.
      if (/from the hardware up/i.test(prompt)) await expect(hint).toContainText('First card: the hardware.');
      else {
        expect(prompt).toMatch(/from the top down/i);
        await expect(hint).toContainText('First card: the top of the stack.');
      }
      const hardwareFirst = /from the hardware up/i.test(prompt);
      const id = ((await q.getAttribute('id')) ?? '').replace(/^q-/, '');
      const start = await cardLabels(q);
      expect(start.length).toBeGreaterThanOrEqual(3);
      // The start is neither the answer nor its exact reverse.
      const answer = await expectedOrder(slug, id, hardwareFirst);
      expect(start).not.toEqual(answer);
      expect(start).not.toEqual([...answer].reverse());
      // Arrange the cards as the prompt says and check: it is marked correct.
      for (let guard = 0; guard < 20; guard++) {
        const now = await cardLabels(q);
        const i = now.findIndex((l, k) => l !== answer[k]);
        if (i < 0) break;
        await q.getByRole('button', { name: `Move ${answer[i]} up` }).click();
      }
      expect(await cardLabels(q)).toEqual(answer);
      await q.getByRole('button', { name: 'Check answer' }).click();
      await expect(q.locator('.verdict')).toContainText('Correct.');
    });
  }

  test('focus moves to the verdict after Check answer, without moving the page', async ({ page }) => {
    await page.goto('/privilege-rings#quiz');
    await hydrated(page);
    const q = page.locator('#quiz li.question').first();
    await q.getByRole('radio').first().check();
    const check = q.getByRole('button', { name: 'Check answer' });
    await check.focus();
    const before = await page.evaluate(() => window.scrollY);
    await page.keyboard.press('Enter');
    const verdict = q.locator('.verdict');
    await expect(verdict).toBeFocused();
    await expect(verdict).toBeInViewport();
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - before)).toBeLessThan(2);
  });

  test('Retry the ones I missed moves focus to the first reset question and shows it', async ({ page }) => {
    await page.goto('/kernel-level#quiz');
    await hydrated(page);
    // Answer a pick-the-layer question wrongly on purpose, so there is always one to retry.
    const { q } = await pickWrongly(page, () => true);
    await q.getByRole('button', { name: 'Check answer' }).click();
    await expect(q.locator('.verdict')).toContainText('Not correct yet.');
    const firstWrong = page.locator('#quiz li.question').filter({ has: page.locator('.verdict.is-wrong') });
    const firstWrongId = await firstWrong.first().getAttribute('id');
    await page.getByRole('button', { name: 'Retry the ones I missed' }).click();
    const reset = page.locator(`#${firstWrongId}`);
    await expect(reset.getByRole('button', { name: 'Check answer' })).toBeVisible();
    await expect(reset).toBeFocused();
    await expect(reset).toBeInViewport();
  });

  test('after a wrong pick the diagram marks the right layer, and same-named layers name their column', async ({
    page,
  }) => {
    await page.goto('/kernel-level#quiz');
    await hydrated(page);
    // The KVM question: two VMs, each with a QEMU process of the same name.
    const { q, pick, arch } = await pickWrongly(page, (x) => x.architecture === 'kvm');
    const buttons = q.locator('button.layer');
    // Every layer button has its own accessible name, even where two layers share a label.
    const names: string[] = [];
    for (let i = 0; i < (await buttons.count()); i++)
      names.push((await buttons.nth(i).getAttribute('aria-label')) ?? '');
    expect(new Set(names).size).toBe(names.length);
    await q.getByRole('button', { name: 'Check answer' }).click();
    const marked = q.locator('button.layer.is-answer');
    await expect(marked).toHaveCount(1);
    await expect(marked).toContainText(findLayer(arch, pick.answer)?.label ?? '');
    await expect(marked).toContainText('Right answer');
    await expect(marked).toHaveAccessibleName(/the right answer/);
  });

  test('"Back to the question" is on screen where the reader is', async ({ page }) => {
    await page.goto('/hypervisors#quiz');
    await hydrated(page);
    const q = page.locator('#quiz li.question').first();
    await q.getByRole('radio').first().check();
    await q.getByRole('button', { name: 'Check answer' }).click();
    await q.locator('.verdict').getByRole('link').click();
    const back = page.getByRole('link', { name: 'Back to the question' });
    await expect(back).toBeInViewport();
    await back.click();
    await expect(q).toBeInViewport();
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('an inline diagram has a copy-link control and whole-word labels on a phone', async ({ page }) => {
    await page.goto('/hypervisors');
    await hydrated(page);
    const diagrams = page.locator('.inline-diagram .stack-diagram');
    const n = await diagrams.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      const d = diagrams.nth(i);
      await d.scrollIntoViewIfNeeded();
      await expect(d).toHaveAttribute('data-interactive', 'true');
      await expect(d.getByRole('button', { name: /Copy link to this/ })).toBeVisible();
      expect(await brokenLabels(d)).toEqual([]);
      // No control alone on a row: 4 in a row, or 2 + 2.
      const tops = await d
        .locator('.trace-controls button')
        .evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top)));
      const perRow = [...new Set(tops)].map((t) => tops.filter((x) => x === t).length);
      expect(perRow.every((k) => k >= 2)).toBe(true);
    }
  });

  test('matching drop-downs are wide enough for the longest approach name', async ({ page }) => {
    await page.goto('/hypervisors#quiz');
    await hydrated(page);
    const select = page.locator('#quiz .match-list select').first();
    await select.scrollIntoViewIfNeeded();
    await expect(select).toBeEnabled();
    const fits = await select.evaluate((el: HTMLSelectElement) => {
      const probe = document.createElement('span');
      probe.style.font = getComputedStyle(el).font;
      probe.style.whiteSpace = 'nowrap';
      probe.style.position = 'absolute';
      document.body.append(probe);
      const widest = Math.max(
        ...[...el.options].map((o) => {
          probe.textContent = o.text;
          return probe.getBoundingClientRect().width;
        }),
      );
      probe.remove();
      // Room for the drop-down arrow and padding.
      return { widest, room: el.clientWidth - 36 };
    });
    expect(fits.widest).toBeLessThanOrEqual(fits.room);
  });
});

/** The ordering answer of a chapter's question, as layer labels in the prompt's direction. */
async function expectedOrder(slug: string, id: string, hardwareFirst: boolean): Promise<string[]> {
  const files: Record<string, () => Promise<{ default: unknown }>> = {
    'hosted-virtualization': () => import('../../content/03-hosted-virtualization.quiz'),
    'shared-kernel': () => import('../../content/04-shared-kernel.quiz'),
    'kernel-level': () => import('../../content/05-kernel-level.quiz'),
    hypervisors: () => import('../../content/06-hypervisors.quiz'),
  };
  const load = files[slug];
  if (!load) throw new Error(`no quiz file for ${slug}`);
  const q = asQuiz((await load()).default).questions.find(
    (x): x is OrderLayersQuestion => x.id === id && x.kind === 'order',
  );
  if (!q) throw new Error(`no question ${id} in ${slug}`);
  const arch = getArchitecture(q.architecture);
  const labels = orderAnswer(q).map((l) => findLayer(arch, l)?.label ?? l);
  return hardwareFirst ? labels : labels.reverse();
}

/** Pick a layer that is not the answer in one of chapter 5's pick-the-layer questions. */
async function pickWrongly(page: Page, which: (q: PickLayerQuestion) => boolean) {
  const { questions } = asQuiz(kernelLevelQuiz);
  const pick = questions.find((x): x is PickLayerQuestion => x.kind === 'pick-layer' && which(x));
  if (!pick) throw new Error('chapter 5 has no such pick-the-layer question');
  const q = page.locator(`#q-${pick.id}`);
  const arch = getArchitecture(pick.architecture);
  const right = findLayer(arch, pick.answer)?.label;
  const wrong = arch.layers.find((l) => l.label !== right && l.kind !== 'hardware');
  if (!wrong) throw new Error(`${pick.id} has no wrong layer to pick`);
  await q.locator('button.layer').filter({ hasText: wrong.label }).first().click();
  return { q, pick, arch };
}

/** A chapter's quiz file as the build reads it (the literal's inferred type is narrower than Question). */
function asQuiz(file: unknown): QuizFile {
  return file as QuizFile;
}

test.describe('the trace shows movement', () => {
  test.use({ viewport: { width: 1366, height: 657 } });
  test('a step draws its move as a labelled arrow from the layer before, across the boundary it crosses', async ({
    page,
  }) => {
    await page.goto('/hypervisors/?arch=paravirtualization&step=3');
    await hydrated(page);
    const panel = page.locator('.lesson-aside .stack-diagram');
    await expect(panel.locator('.step-count')).toHaveText('Step 3 of 4');
    const label = panel.locator('.trace-arrow-label');
    await expect(label).toHaveText('Hypercall · ring 1 → ring 0');
    await expect(label).toBeInViewport();
    await expect(panel.locator('.step-move')).toHaveText(
      'Hypercall from Linux kernel (ported to Xen) · ring 1 → ring 0',
    );
    // The arrow runs from the guest kernel into the hypervisor, and the boundary lies between them.
    const box = (sel: string) => panel.locator(sel).boundingBox();
    const from = await box('.layer[data-layer="g1-kernel"]');
    const to = await box('.layer[data-layer="base"]');
    const line = await box('.trace-arrow-line');
    const boundary = await box('.trace-boundary');
    expect(from && to && line && boundary).toBeTruthy();
    if (!from || !to || !line || !boundary) return;
    expect(line.y).toBeGreaterThanOrEqual(from.y);
    expect(line.y).toBeLessThan(from.y + from.height);
    expect(line.y + line.height).toBeGreaterThan(to.y);
    expect(boundary.y).toBeGreaterThanOrEqual(from.y + from.height - 1);
    expect(boundary.y).toBeLessThanOrEqual(to.y + 1);
    // Both layers show above the caption docked at the panel's foot, not under it.
    const dock = await box('.trace-caption');
    expect(dock && to.y + to.height <= dock.y && from.y >= 56).toBe(true);
    // The guest kernel and its apps are the trail; the hypervisor is where the marker is now.
    await expect(panel.locator('.layer.is-visited')).toHaveCount(2);
    await expect(panel.locator('.layer.is-active')).toHaveAttribute('data-layer', 'base');
    // Forward: the return is drawn the other way, and the trail grows.
    await panel.getByRole('button', { name: /Forward/ }).click();
    await expect(label).toHaveText('Return · ring 0 → ring 1');
    await expect(panel.locator('.layer.is-visited')).toHaveCount(2);
  });

  for (const reducedMotion of ['reduce', 'no-preference'] as const)
    test(`the arrow ${reducedMotion === 'reduce' ? 'appears fully drawn with reduced motion' : 'travels otherwise'}`, async ({
      browser,
      problems,
    }) => {
      const context = await browser.newContext({ reducedMotion });
      const page = await context.newPage();
      await problems.watch(page);
      // Note each arrow's opacity the moment it enters the page, before any frame can animate it.
      await page.addInitScript(() => {
        const first: string[] = [];
        Object.assign(window, { arrowFirst: first });
        new MutationObserver(() => {
          for (const el of document.querySelectorAll<SVGElement>('.trace-arrow-line:not([data-seen])')) {
            el.dataset.seen = '';
            first.push(getComputedStyle(el).opacity);
          }
        }).observe(document, { subtree: true, childList: true });
      });
      await page.goto('/kernel-level/?arch=kvm&step=2');
      await hydrated(page);
      const panel = page.locator('.lesson-aside .stack-diagram');
      await expect(panel.locator('.trace-arrow-label')).toHaveText(
        'VM exit · non-root mode, ring 0 → root mode, ring 0',
      );
      await expect(panel.locator('.trace-arrow-line')).toHaveCSS('opacity', '1');
      const first = await page.evaluate(() => (window as unknown as { arrowFirst: string[] }).arrowFirst);
      expect(first).toEqual([reducedMotion === 'reduce' ? '1' : '0']);
      await context.close();
    });
});

test.describe('handouts that print', () => {
  for (const slug of orderChapters)
    test(`/print/${slug}: every diagram drawn, the ordering question shuffled with answer spaces`, async ({ page }) => {
      // A dark screen theme must not reach the paper.
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(`/print/${slug}`);
      await expect(page.locator('.print-questions > li').first()).toBeVisible();
      await expect(page.locator('.print-diagram .layer').first()).toBeVisible();
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(10_000);
      // No layer of any diagram is invisible on paper, counting the opacity of everything around it.
      const faint = await page.locator('.print-diagram .layer').evaluateAll((layers) =>
        layers
          .map((l) => {
            let opacity = 1;
            for (let e: Element | null = l; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
            return { label: l.querySelector('.layer-label-full')?.textContent, opacity };
          })
          .filter((x) => x.opacity < 1),
      );
      expect(faint).toEqual([]);
      // Dark text on the white page, whatever the screen theme.
      await expect(page.locator('.print-diagram .layer-label').first()).toHaveCSS('color', 'rgb(0, 0, 0)');
      // The ordering question lists its cards lettered, neither in the answer's order nor reversed.
      const q = page.locator('.print-questions > li').filter({ hasText: 'Write the letters in order' }).first();
      const id = ((await q.getAttribute('id')) ?? '').replace(/^q-/, '');
      const printed = await q.locator('.print-letters li').allTextContents();
      const answer = await expectedOrder(slug, id, true);
      expect([...printed].sort()).toEqual([...answer].sort());
      expect(printed).not.toEqual(answer);
      expect(printed).not.toEqual([...answer].reverse());
      await expect(q.locator('.answer-space')).toHaveCount(answer.length);
    });

  test('a pick-the-layer question prints its layers lettered, and the answer key names the letter', async ({
    page,
  }) => {
    const { questions } = asQuiz(kernelLevelQuiz);
    const pick = questions.find((x): x is PickLayerQuestion => x.kind === 'pick-layer');
    if (!pick) throw new Error('chapter 5 has no pick-the-layer question');
    await page.goto('/print/kernel-level');
    const q = page.locator(`#q-${pick.id}`);
    const layers = await q.locator('ol.print-letters li').allTextContents();
    expect(layers).toHaveLength(getArchitecture(pick.architecture).layers.length);
    // Two layers with one label name their column.
    expect(new Set(layers).size).toBe(layers.length);
    const answerLabel = findLayer(getArchitecture(pick.architecture), pick.answer)?.label ?? '';
    const letter = String.fromCharCode(65 + layers.findIndex((l) => l.startsWith(answerLabel)));
    await page.goto('/print/kernel-level/answers');
    await expect(page.locator(`#q-${pick.id} strong`).first()).toHaveText(`${letter}. ${answerLabel}`);
  });

  test('a chapter says where its handout is, and printing it hides the controls', async ({ page }) => {
    await page.goto('/hypervisors');
    await hydrated(page);
    const link = page.getByRole('link', { name: 'Print handout' });
    await expect(link).toHaveAttribute('href', /\/print\/hypervisors\/?$/);
    await page.goto('/hypervisors#quiz');
    await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: 'Check answer' }).first()).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy link to this step' }).first()).toBeHidden();
  });
});

test('the 404 page suggests the chapter a mistyped address meant', async ({ page, problems }) => {
  problems.allow(/HTTP 404|status of 404/);
  await page.goto('/hypervisor');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const suggestion = page.locator('.not-found-suggestion');
  await expect(suggestion).toContainText('Did you mean');
  await suggestion.getByRole('link', { name: /Hypervisor virtualization/ }).click();
  await expect(page).toHaveURL(/\/hypervisors\/?$/);
  await page.goto('/nothing-like-any-chapter-at-all');
  await hydrated(page);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.locator('.not-found-suggestion')).toHaveCount(0);
});

test('on a phone the search button says Search', async ({ browser, problems }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await problems.watch(page);
  await page.goto('/');
  await expect(page.locator('.search-button .search-label')).toBeVisible();
  await expect(page.locator('.search-button')).toContainText('Search');
  await context.close();
});

test.describe('skip to the quiz', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  /** Activate the chapter's skip link by keyboard; the quiz's heading must be on screen with focus once it has loaded. */
  async function skipToQuiz(page: Page) {
    const quiz = page.locator('#quiz');
    const heading = quiz.getByRole('heading', { level: 2, name: 'Self-quiz' });
    await page.getByRole('link', { name: 'Skip to the quiz' }).focus();
    await page.keyboard.press('Enter');
    await expect(heading).toBeInViewport();
    // The quiz's code arrives under the heading; once it has, the heading is still where the reader is.
    await expect(quiz.locator('.quiz-body')).toHaveAttribute('data-interactive', 'true');
    const box = (await heading.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(768);
    await expect(quiz).toBeFocused();
    // The next Tab goes into the first question, not back through the lesson.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.getElementById('quiz')!.contains(document.activeElement))).toBe(true);
  }

  test('the skip link lands on the quiz heading with focus, on a first visit and after a navigation', async ({
    page,
  }) => {
    await page.goto('/kernel-level/');
    await hydrated(page);
    await skipToQuiz(page);
    await expect(page).toHaveURL(/\/kernel-level\/#quiz$/);

    // A chapter reached through a link inside the app has no prerendered quiz: it loads after the jump.
    await page.getByRole('link', { name: /^Next/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hypervisor virtualization');
    await page.evaluate(() => window.scrollTo(0, 0));
    await skipToQuiz(page);
  });
});
