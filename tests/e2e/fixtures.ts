import { test as base, expect, type Locator, type Page } from '@playwright/test';

export interface Problems {
  readonly list: string[];
  /** Call in tests that provoke an error on purpose, with a pattern the error must match. */
  allow(pattern: RegExp): void;
  /** Guard a further page, e.g. one opened in a context the test made itself. */
  watch(page: Page): Promise<void>;
}

/**
 * Every test fails on a console error or warning, an uncaught error, a failed request or a CSP violation,
 * on its page and on every page it passes to `problems.watch`. The fixture is automatic: a test that
 * expects an error declares it with `problems.allow`.
 */
export const test = base.extend<{ problems: Problems }>({
  problems: [
    async ({ page }, use) => {
      const list: string[] = [];
      const allowed: RegExp[] = [];
      const watch = async (p: Page) => {
        p.on('console', (m) => {
          if (m.type() === 'error' || m.type() === 'warning') list.push(`console.${m.type()}: ${m.text()}`);
        });
        p.on('pageerror', (e) => list.push(`pageerror: ${e.message}`));
        p.on('requestfailed', (r) => {
          // A download the browser cancelled, or a chunk still loading when the test navigated away
          // (ERR_ABORTED), is not a failure of the site; real failures show as HTTP errors or refusals.
          const error = r.failure()?.errorText ?? '';
          if (!r.url().startsWith('blob:') && !error.includes('ERR_ABORTED'))
            list.push(`requestfailed: ${r.url()} ${error}`);
        });
        p.on('response', (r) => {
          if (r.status() >= 400 && !r.url().includes('/404-')) list.push(`HTTP ${r.status()}: ${r.url()}`);
        });
        await p.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (e) => {
            console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
          });
        });
      };
      await watch(page);
      await use({ list, allow: (p) => allowed.push(p), watch });
      const unexpected = list.filter((p) => !allowed.some((a) => a.test(p)));
      expect(unexpected, 'console errors, warnings, failed requests or CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Wait until React has hydrated the page and every interactive block the learner can see. Diagrams and
 * the quiz are islands that load as they come near the viewport (src/lib/WhenNear.tsx), so one further
 * down stays prerendered (data-interactive="false", controls disabled) until it is scrolled to;
 * Playwright's actions scroll to their target and wait for its controls to be enabled.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    if (document.documentElement.dataset.hydrated !== 'true') return false;
    return [...document.querySelectorAll('[data-interactive="false"]')].every((el) => {
      const r = el.getBoundingClientRect();
      const visible = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < window.innerHeight;
      return !visible;
    });
  });
}

/** Answer one quiz question (a li.question) with its first option of every control, and check it. */
export async function answerFirstOption(q: Locator): Promise<void> {
  // The first option of each radio group (a predict-the-path question has two: layer and trap).
  const radios = q.getByRole('radio');
  const groups = new Set<string>();
  for (let r = 0; r < (await radios.count()); r++) {
    const name = (await radios.nth(r).getAttribute('name')) ?? '';
    if (groups.has(name)) continue;
    groups.add(name);
    await radios.nth(r).check();
  }
  const boxes = q.getByRole('checkbox');
  if ((await boxes.count()) > 0) await boxes.first().check();
  const selects = q.getByRole('combobox');
  for (let s = 0; s < (await selects.count()); s++) await selects.nth(s).selectOption({ index: 1 });
  const layers = q.locator('button.layer');
  if ((await layers.count()) > 0) await layers.first().click();
  await q.getByRole('button', { name: 'Check answer' }).click();
  await expect(q.locator('.verdict')).toBeVisible();
}

/**
 * Before the page loads, start sampling the diagram `selector` (the first match) every animation frame:
 * the lowest opacity any of its layers is painted with (its own times its ancestors'), from the first
 * frame it is on the page until `frames` frames after its island woke (data-interactive="true").
 * Read the result with `diagramOpacities`.
 */
export async function sampleDiagramOpacity(page: Page, selector: string, frames = 60): Promise<void> {
  await page.addInitScript(
    ({ selector, frames }) => {
      const samples: number[] = [];
      let afterWake = -1;
      const painted = (el: Element | null): number => {
        let opacity = 1;
        for (; el; el = el.parentElement) opacity *= Number(getComputedStyle(el).opacity);
        return opacity;
      };
      const sample = () => {
        const diagram = document.querySelector(selector);
        const layers = diagram ? [...diagram.querySelectorAll('.layer')] : [];
        if (layers.length > 0) samples.push(Math.min(...layers.map(painted)));
        if (afterWake < 0 && diagram?.getAttribute('data-interactive') === 'true') afterWake = 0;
        if (afterWake >= 0) afterWake++;
        if (afterWake < frames) requestAnimationFrame(sample);
        else Object.assign(window, { __diagramOpacities: samples });
      };
      requestAnimationFrame(sample);
    },
    { selector, frames },
  );
}

/** The samples `sampleDiagramOpacity` took, once its last frame has passed. */
export async function diagramOpacities(page: Page): Promise<number[]> {
  const handle = await page.waitForFunction(() => (window as { __diagramOpacities?: number[] }).__diagramOpacities);
  return (await handle.jsonValue()) as number[];
}
