import type { Browser, Page, Response } from '@playwright/test';
import { expect, hydrated, test } from './fixtures';

// Every link form /instructors hands out opens on the state it names: cold, answered by the service
// worker, and offline, with the prerendered HTML in the response. The projects run this file against
// `npm start` (desktop), a plain directory host that redirects /x to /x/ and drops the query
// (static-host, scripts/static-host.ts), and a build under BASE_PATH (subpath).

/** The site's base path for this project ("/" or "/courses/virt/"). */
function basePath(): string {
  return new URL(test.info().project.use.baseURL ?? 'http://x/').pathname;
}

interface LinkForm {
  readonly name: string;
  /** Picks this form's address out of the hrefs on /instructors (base included). */
  pick(hrefs: string[], base: string): string | undefined;
  /** What the prerendered response body must contain. */
  body(address: string): RegExp;
  /** What a learner sees when the page opened on the linked state. */
  check(page: Page, address: string): Promise<void>;
}

const hashOf = (address: string) => decodeURIComponent(address.split('#')[1] ?? '');

const forms: LinkForm[] = [
  {
    name: 'a section',
    pick: (hrefs) => hrefs.find((h) => /\/#(?!q-)[a-z]/.test(h) && !h.includes('/glossary/')),
    body: (a) => new RegExp(`id="${hashOf(a)}"`),
    check: async (page, a) => {
      await expect(page.locator(`[id="${hashOf(a)}"]`)).toBeInViewport();
    },
  },
  {
    name: 'a diagram state',
    pick: (hrefs) => hrefs.find((h) => /\/\?arch=[a-z-]+&step=\d+$/.test(h)),
    body: () => /id="quiz"/,
    check: async (page, a) => {
      const step = new URL(a, 'http://x').searchParams.get('step');
      const aside = page.locator('.lesson-aside');
      await expect(aside.getByText('Showing a chosen diagram.')).toBeVisible();
      await expect(aside.locator('.step-count')).toHaveText(new RegExp(`^Step ${step} of`));
    },
  },
  {
    name: 'a quiz question',
    pick: (hrefs) => hrefs.find((h) => h.includes('/#q-')),
    body: (a) => new RegExp(`id="${hashOf(a)}"`),
    check: async (page, a) => {
      await expect(page.locator(`[id="${hashOf(a)}"]`)).toBeInViewport();
    },
  },
  {
    name: 'a comparison',
    pick: (_, base) => `${base}compare/?arch=hosted&compare=kvm`,
    body: () => /<h1[^>]*>Compare two designs<\/h1>/,
    check: async (page) => {
      await expect(page.getByLabel('Left')).toHaveValue('hosted');
      await expect(page.getByLabel('Right')).toHaveValue('kvm');
    },
  },
  {
    name: 'an embedded diagram at a step',
    pick: (hrefs) => hrefs.find((h) => h.includes('/embed/'))?.concat('?step=2'),
    body: () => /class="embed"/,
    check: async (page) => {
      await expect(page.locator('.step-count')).toHaveText(/^Step 2 of/);
    },
  },
  {
    name: 'a page-walk setup',
    pick: (hrefs) => hrefs.find((h) => h.includes('pages=2m')),
    body: () => /Explorer: one memory access, step by step/,
    check: async (page) => {
      await expect(page.locator('[id="the-two-dimensional-walk"]')).toBeInViewport();
      const explorer = page.getByRole('figure', { name: 'Explorer: one memory access, step by step' });
      await expect(explorer.getByRole('combobox', { name: /page size/i })).toHaveValue('2m');
    },
  },
  {
    name: 'a packet-path setup',
    pick: (hrefs) => hrefs.find((h) => h.includes('io=sriov')),
    body: () => /Explorer: one packet/,
    check: async (page) => {
      await expect(page.locator('[id="follow-one-packet"]')).toBeInViewport();
      const explorer = page.getByRole('figure', { name: "Explorer: one packet's path" });
      await expect(explorer.getByRole('button', { name: /SR-IOV/, pressed: true })).toBeVisible();
    },
  },
  {
    name: 'a handout',
    pick: (hrefs) => hrefs.find((h) => /\/print\/[a-z-]+\/$/.test(h)),
    body: () => /class="print-page"/,
    check: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    },
  },
  {
    name: 'an answer key',
    pick: (hrefs) => hrefs.find((h) => h.endsWith('/answers/')),
    body: () => /: answer key<\/h1>/,
    check: async (page) => {
      await expect(page.getByRole('heading', { level: 1 })).toContainText('answer key');
    },
  },
];

/** The link addresses of the prerendered /instructors page, read by Chromium with scripts off. */
async function instructorLinks(browser: Browser, base: string): Promise<string[]> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const res = await page.goto(`${base}instructors/`);
  expect(res?.status()).toBe(200);
  const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  await context.close();
  return hrefs;
}

async function expectPrerendered(res: Response | null, pattern: RegExp) {
  expect(res, 'a navigation response').not.toBeNull();
  expect(res!.status()).toBe(200);
  // The HTML as it arrived, before any script ran: the state's content is in it.
  expect(await res!.text()).toMatch(pattern);
}

for (const form of forms) {
  test(`${form.name} opens on its state cold, from the service worker and offline`, async ({
    browser,
    page,
    context,
    problems,
  }) => {
    // Four full loads of the page (cold, two from the worker, offline) and a worker install.
    test.slow();
    problems.allow(/ERR_INTERNET_DISCONNECTED/);
    const base = basePath();
    const address = form.pick(await instructorLinks(browser, base), base);
    expect(address, `/instructors hands out ${form.name}`).toBeDefined();
    const link = address!;
    // Every address the course hands out is canonical: its path ends in "/".
    expect(link.split(/[?#]/)[0]).toMatch(/\/$/);

    // Cold: the host answers the address itself (no redirect), and the page opens on its state.
    const cold = await page.goto(link);
    expect(cold?.request().redirectedFrom()).toBeNull();
    await expectPrerendered(cold, form.body(link));
    await hydrated(page);
    await form.check(page, link);
    expect(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash).toBe(link);

    // A visit to the course installs the service worker; the next visit is answered by it.
    await page.goto(base);
    await hydrated(page);
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
    const warm = await page.goto(link);
    expect(warm?.fromServiceWorker()).toBe(true);
    await expectPrerendered(warm, form.body(link));
    await hydrated(page);
    await form.check(page, link);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await expectPrerendered(reloaded, form.body(link));
    await hydrated(page);
    await form.check(page, link);

    // Offline, a fresh navigation to the address still opens the same state.
    await context.setOffline(true);
    await page.goto('about:blank');
    const offline = await page.goto(link);
    await expectPrerendered(offline, form.body(link));
    await hydrated(page);
    await form.check(page, link);
    await context.setOffline(false);
  });
}

test('a slash-less address opens the same page with its query and hash, and the address bar becomes canonical', async ({
  page,
}) => {
  const base = basePath();
  const res = await page.goto(`${base}comparing?arch=kvm&step=2#quiz`);
  await hydrated(page);
  if (test.info().project.name === 'static-host') {
    // This host redirects without the query, as some do: the canonical links above never meet it.
    expect(res?.request().redirectedFrom()?.url()).toMatch(/\/comparing\?arch=kvm&step=2#?/);
    await expect(page).toHaveURL(new RegExp(`${base}comparing/(#quiz)?$`));
  } else {
    await expect(page).toHaveURL(new RegExp(`${base}comparing/\\?arch=kvm&step=2#quiz$`));
    await expect(page.locator('.lesson-aside .step-count')).toHaveText(/^Step 2 of/);
  }
  // Under the service worker every host keeps the query: the worker redirects to the canonical form.
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
  const warm = await page.goto(`${base}comparing?arch=kvm&step=2#quiz`);
  expect(warm?.fromServiceWorker()).toBe(true);
  await hydrated(page);
  await expect(page).toHaveURL(new RegExp(`${base}comparing/\\?arch=kvm&step=2#quiz$`));
  await expect(page.locator('.lesson-aside .step-count')).toHaveText(/^Step 2 of/);
});

test('offline, an address that is no page gets the not-found page', async ({ page, context, problems }) => {
  problems.allow(/ERR_INTERNET_DISCONNECTED/);
  const base = basePath();
  await page.goto(base);
  await hydrated(page);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready).active?.state === 'activated');
  await context.setOffline(true);
  await page.goto(`${base}no-such-page/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await context.setOffline(false);
});
