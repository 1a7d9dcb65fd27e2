import type { Page } from '@playwright/test';
import { browserPath, CHROMIUM_ARGS } from '../../scripts/browser';
import { architectures } from '../../src/model/architectures';
import { EMBED_HEIGHTS } from '../../src/model/embed';
import { expect, hydrated, test } from './fixtures';

// An instructor builds embed code on /instructors and pastes it into a learning platform's page, on
// another origin. The embed takes the page's theme, fits its frame, and links back to its chapter.

const LMS = 'http://lms.test/course/week-3';

// In these tests the course is served from 127.0.0.1, and Chromium does not let a page from elsewhere
// frame a local address (Local Network Access). A course on a real host is not local.
test.use({
  launchOptions: {
    executablePath: browserPath(),
    args: [...CHROMIUM_ARGS, '--disable-features=LocalNetworkAccessChecks'],
  },
});

/** The code the builder on /instructors writes for these choices. */
async function buildSnippet(page: Page, choices: { design: string; step: string; theme: string }): Promise<string> {
  await page.goto('/instructors/#embedding');
  await hydrated(page);
  const builder = page.getByRole('form', { name: 'Embed code' });
  await builder.getByLabel('Design').selectOption({ label: choices.design });
  await builder.getByLabel('Opens at').selectOption({ label: choices.step });
  await builder.getByLabel('Theme').selectOption({ label: choices.theme });
  return (await builder.locator('pre code').textContent()) ?? '';
}

/** A plain white platform page holding the snippet, served from its own origin. */
async function openInLms(page: Page, snippet: string): Promise<void> {
  await page.route(LMS, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html><head><meta name="viewport" content="width=device-width"><link rel="icon" href="data:,"><title>Week 3</title></head>
<body style="background:#fff;color:#222;font-family:sans-serif;margin:16px">
<h1>Week 3: how KVM runs a guest</h1><p>Step through the diagram, then answer the forum question.</p>
${snippet}
<p>Forum question: where does the emulated disk write end up?</p></body></html>`,
    }),
  );
  await page.goto(LMS);
}

const frame = (page: Page) => page.frameLocator('iframe[data-ring-zero]');

for (const theme of ['Light', 'Dark'] as const) {
  test(`an embed in a platform page takes the ${theme.toLowerCase()} theme it asks for, fits its frame and links back`, async ({
    page,
  }) => {
    // The reader's system asks for the other theme: the embed code's choice wins.
    await page.emulateMedia({ colorScheme: theme === 'Light' ? 'dark' : 'light' });
    const snippet = await buildSnippet(page, {
      design: 'KVM: the Linux kernel as hypervisor',
      step: 'Step 3 of 7',
      theme,
    });
    expect(snippet).toContain(`theme=${theme.toLowerCase()}`);
    await openInLms(page, snippet);
    const embed = frame(page);
    await expect(embed.locator('.step-count')).toHaveText(/^Step 3 of 7/);
    const scheme = await embed.locator('html').evaluate((el) => getComputedStyle(el).colorScheme);
    expect(scheme).toBe(theme.toLowerCase());
    // The frame grows to the embed's height: nothing inside scrolls, nothing is cut.
    await expect
      .poll(() => embed.locator('html').evaluate(() => document.documentElement.scrollHeight - window.innerHeight))
      .toBeLessThanOrEqual(0);
    const iframe = page.locator('iframe[data-ring-zero]');
    const inner = await embed.locator('main').evaluate((el) => el.getBoundingClientRect().bottom);
    expect((await iframe.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(inner);

    const back = embed.getByRole('link', { name: /in Ring Zero/ });
    await expect(back).toHaveAttribute('target', '_blank');
    await expect(back).toHaveAttribute('rel', /noopener/);
    const [chapter] = await Promise.all([page.waitForEvent('popup'), back.click()]);
    await expect(chapter).toHaveURL(/\/[a-z-]+\/\?arch=kvm&step=3$/);
    await expect(chapter.locator('.lesson-aside .step-count')).toHaveText(/^Step 3 of 7/);
  });
}

test('on a phone the frame grows to the taller embed, and without a theme it follows the system', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ colorScheme: 'dark' });
  const snippet = await buildSnippet(page, {
    design: 'Software (hosted) virtualization with binary translation',
    step: 'Step 3 of 6',
    theme: "The reader's system setting",
  });
  expect(snippet).not.toContain('theme=');
  await openInLms(page, snippet);
  const embed = frame(page);
  await expect(embed.locator('.step-count')).toHaveText(/^Step 3 of/);
  // What the reader sees follows the system: the embed is drawn in the dark palette (its colour-scheme is
  // "light dark", so the system's choice decides).
  const background = await embed.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background).toBe('rgb(17, 20, 24)'); // the dark palette's --bg (src/styles/tokens.css)
  const iframe = page.locator('iframe[data-ring-zero]');
  // The script sets the frame to the embed's own height at this width, not the 560 px suggestion.
  await expect
    .poll(async () => {
      const content = await embed.locator('main').evaluate((el) => el.getBoundingClientRect().bottom);
      return Math.abs(((await iframe.boundingBox())?.height ?? 0) - content) <= 20;
    })
    .toBe(true);
  expect((await iframe.boundingBox())?.height).not.toBe(EMBED_HEIGHTS.hosted);
  await expect
    .poll(() => embed.locator('html').evaluate(() => document.documentElement.scrollHeight - window.innerHeight))
    .toBeLessThanOrEqual(0);
});

test('without its script, the frame is tall enough for every design at every step, 560 pixels wide', async ({
  page,
}) => {
  test.setTimeout(180_000);
  for (const a of architectures) {
    await page.setViewportSize({ width: 560, height: EMBED_HEIGHTS[a.id] });
    await page.goto(`/embed/${a.id}/`);
    await hydrated(page);
    const overflow = () => page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    const forward = page.getByRole('button', { name: 'Forward' });
    expect(await overflow(), `${a.id} before its trace`).toBeLessThanOrEqual(0);
    for (let step = 1; step <= a.path.steps.length; step++) {
      await forward.click();
      await expect(page.locator('.step-count')).toHaveText(new RegExp(`^Step ${step} of`));
      expect(await overflow(), `${a.id} at step ${step}`).toBeLessThanOrEqual(0);
    }
  }
});
