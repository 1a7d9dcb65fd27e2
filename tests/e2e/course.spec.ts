import { readFileSync } from 'node:fs';
import { expect, hydrated, test } from './fixtures';

interface Chapter {
  slug: string;
  title: string;
  order: number;
  headings: { id: string; text: string; depth: number }[];
}

/** The chapter list, read from the built site's own data (the home page lists them in order). */
async function chapterList(request: import('@playwright/test').APIRequestContext): Promise<Chapter[]> {
  void request;
  const dist = process.env.E2E_DIST ?? 'dist';
  const mod = (await import(new URL(`../../${dist}-ssr/entry-server.js`, import.meta.url).href)) as {
    chaptersWithOutline: Chapter[];
  };
  return mod.chaptersWithOutline;
}

test('the home page lists every chapter in order and offers a start', async ({ page, request }) => {
  const chapters = await chapterList(request);
  expect(chapters.length).toBe(10);
  await page.goto('/');
  await expect(page).toHaveTitle('Ring Zero');
  const cards = page.locator('.chapter-list .chapter-title');
  await expect(cards).toHaveText(chapters.map((c) => c.title));
  await expect(page.getByRole('link', { name: 'Start the course' })).toHaveAttribute('href', `/${chapters[0]?.slug}/`);
});

test('every chapter loads from a cold start with its title, sections and head tags', async ({ page, request }) => {
  test.setTimeout(180_000);
  for (const c of await chapterList(request)) {
    await page.goto(`/${c.slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
    await expect(page).toHaveTitle(`${c.title} · Ring Zero`);
    const h2 = c.headings.filter((h) => h.depth === 2).map((h) => h.text);
    await expect(page.locator('.lesson-body h2.section-heading')).toHaveText(
      h2.map((t) => new RegExp(`^${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)),
    );
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', c.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
    await expect(page.locator('#quiz')).toBeVisible();
  }
});

test('a section deep link lands on its heading, in a fresh page and from inside the app', async ({ page }) => {
  await page.goto('/privilege-rings#trap-and-emulate');
  await hydrated(page);
  const heading = page.locator('#trap-and-emulate');
  await expect(heading).toBeInViewport();
  const box = await heading.boundingBox();
  expect(box?.y ?? 999).toBeLessThan(200);

  // Following such a link inside the app: from a glossary entry to its section.
  await page.goto('/glossary');
  await hydrated(page);
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.locator('#hypercall').getByRole('link').click();
  await expect(page).toHaveURL(/\/hypervisors\/#paravirtualization$/);
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  await expect(page.locator('#paravirtualization')).toBeInViewport();
});

test('a hash naming a deep dive opens it', async ({ page }) => {
  const id = await page
    .goto('/hosted-virtualization')
    .then(() => page.locator('details.deep-dive').first().getAttribute('id'));
  expect(id).toBeTruthy();
  await page.goto(`/hosted-virtualization#${id}`);
  await hydrated(page);
  await expect(page.locator(`details#${id}`)).toHaveAttribute('open', '');
  await expect(page.locator(`details#${id}`)).toBeInViewport();
});

test('an unknown hash shows the chapter from the top', async ({ page }) => {
  await page.goto('/shared-kernel#no-such-section');
  await hydrated(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
});

test('next and previous walk the whole course', async ({ page, request }) => {
  const chapters = await chapterList(request);
  // Two client-side navigations per chapter: the walk grows with the course.
  test.setTimeout(60_000 + 20_000 * chapters.length);
  await page.goto(`/${chapters[0]?.slug}`);
  await hydrated(page);
  const nav = page.getByRole('navigation', { name: 'Previous and next chapter' });
  // Marks this document: a link that reloaded the page would lose the mark.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  for (const c of chapters.slice(1)) {
    await nav.getByRole('link', { name: /^Next/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
    await expect(page).toHaveURL(new RegExp(`/${c.slug}/$`));
  }
  await expect(nav.getByRole('link', { name: /^Next/ })).toHaveCount(0);
  for (const c of [...chapters].reverse().slice(1)) {
    await nav.getByRole('link', { name: /^Previous/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
  }
  // Every step was a client-side navigation, each one a history entry the Back button returns through.
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapters[1]?.title ?? '');
});

test('the sidebar marks the current chapter and the table of contents follows the reading', async ({ page }) => {
  await page.goto('/hypervisors');
  await hydrated(page);
  const nav = page.getByRole('navigation', { name: 'Chapters' });
  await expect(nav.getByRole('link', { name: /Hypervisor virtualization/ })).toHaveAttribute('aria-current', 'page');
  await page.locator('#full-virtualization').scrollIntoViewIfNeeded();
  await page.evaluate(() => document.getElementById('full-virtualization')?.scrollIntoView({ block: 'start' }));
  await expect(nav.locator('a[aria-current="location"]')).toHaveText('Full virtualization');
  // Reading further down, and back up: the mark follows both ways.
  await page.evaluate(() => document.getElementById('recap')?.scrollIntoView({ block: 'start' }));
  await expect(nav.locator('a[aria-current="location"]')).toHaveText('Recap');
  // The heading just above the reading line (35% down the viewport), the next one below it.
  await page.evaluate(() => {
    const top = document.getElementById('paravirtualization')?.getBoundingClientRect().top ?? 0;
    window.scrollBy(0, top - window.innerHeight * 0.3);
  });
  await expect(nav.locator('a[aria-current="location"]')).toHaveText('Paravirtualization');
  // Above the first section, no section is marked.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(nav.locator('a[aria-current="location"]')).toHaveCount(0);
  // A link to the page already shown replaces its history entry, so Back still leaves the chapter.
  const entries = await page.evaluate(() => history.length);
  await nav.getByRole('link', { name: /Hypervisor virtualization/ }).click();
  await expect(page).toHaveURL(/\/hypervisors\/$/);
  expect(await page.evaluate(() => history.length)).toBe(entries);
});

test('unknown routes get a helpful 404 page', async ({ page, problems }) => {
  problems.allow(/HTTP 404|status of 404/);
  const response = await page.goto('/no-such-chapter');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('main').getByRole('link', { name: /Chapter 1:/ })).toBeVisible();
  await hydrated(page);
  await page
    .getByRole('main')
    .getByRole('link', { name: /Chapter 2:/ })
    .click();
  await expect(page).toHaveURL(/\/privilege-rings\/$/);
});

test('the prerendered HTML of a chapter holds its text without JavaScript', async ({ request }) => {
  const res = await request.get('/privilege-rings');
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain('<title>Privilege rings');
  expect(html).toMatch(/id="trap-and-emulate"/);
  expect(html).toContain('Popek');
  expect(html).toMatch(/<meta property="og:description" content="[^"]{20,}"/);
  // The quiz and the diagram are in the HTML too, not only after scripts run.
  expect(html).toMatch(/id="quiz"/);
  expect(html).toMatch(/class="stack-diagram"/);
  expect(readFileSync(`${process.env.E2E_DIST ?? 'dist'}/404.html`, 'utf8')).toContain('Page not found');
});

test('with JavaScript disabled a lesson is still readable', async ({ browser, problems }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await problems.watch(page);
  await page.goto('/shared-kernel#namespaces-and-cgroups');
  await expect(page.locator('#namespaces-and-cgroups')).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await context.close();
});

test('lesson blocks far below are laid out only near the viewport, and a glossary tip is never clipped', async ({
  page,
}) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.goto('/privilege-rings');
  await hydrated(page);
  // The browser skips rendering the blocks far below the first screen (content-visibility)...
  const skipped = () =>
    page.evaluate(() => {
      // A skipped block keeps its own box; what it contains is not rendered.
      const inner = [...document.querySelectorAll('.lesson-body > * > *')];
      return inner.filter((e) => !e.checkVisibility({ contentVisibilityAuto: true })).length;
    });
  expect(await skipped()).toBeGreaterThan(10);
  // ...yet they are in the page for find-in-page and screen readers, and render when scrolled to.
  const recap = page.locator('#recap');
  await expect(recap).toContainText('Recap');
  await recap.evaluate((el) => el.scrollIntoView());
  await expect(recap).toBeInViewport();
  await expect(page.locator('.lesson-body > ul').last()).toBeInViewport();

  // A tooltip reaches past its paragraph: the containment is lifted while it shows, so the whole tip
  // is on screen and on top of the next block.
  // Each term in turn, until one whose tip hangs well out of its block (blocks are measured once
  // rendered).
  const terms = page.locator('.lesson-body .term');
  let hits = { overflows: false, corners: [] as boolean[] };
  for (let i = 0; i < (await terms.count()) && !hits.overflows; i++) {
    const term = terms.nth(i);
    await term.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await term.locator('a').focus();
    const tip = term.locator('.term-tip');
    await expect(tip).toBeVisible();
    hits = await tip.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const block = el.closest('.lesson-body > *')!.getBoundingClientRect();
      const inTip = (x: number, y: number) => el.contains(document.elementFromPoint(x, y));
      return {
        overflows: r.bottom > block.bottom + 10,
        corners: [inTip(r.left + 4, r.top + 4), inTip(r.right - 4, r.bottom - 4), inTip(r.left + 4, r.bottom - 4)],
      };
    });
  }
  expect(hits.overflows).toBe(true);
  expect(hits.corners).toEqual([true, true, true]);
});
