import { expect, test } from './fixtures';

/**
 * Follows every internal link of the built site from the home page, as a static host serves it, and
 * checks each page answers 200 and each #anchor names an element on its page.
 */
test('a crawl of the built site finds no broken link or anchor', async ({ request }) => {
  test.setTimeout(120_000);
  const pages = new Map<string, string>();
  const queue = ['/'];
  const links: { from: string; href: string }[] = [];
  while (queue.length > 0 && pages.size < 500) {
    const path = queue.shift() ?? '/';
    if (pages.has(path)) continue;
    const res = await request.get(path);
    expect(res.status(), `GET ${path}`).toBe(200);
    const html = await res.text();
    pages.set(path, html);
    for (const [, href = ''] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (!href.startsWith('/') || href.startsWith('/assets/') || /\.(svg|webmanifest|json)$/.test(href)) continue;
      links.push({ from: path, href });
      const target = (href.split('#')[0] ?? '/').split('?')[0] || '/';
      if (!pages.has(target) && !queue.includes(target)) queue.push(target);
    }
  }
  expect(pages.size).toBeGreaterThanOrEqual(16);
  const broken = links.filter(({ href }) => {
    const [path = '/', hash] = href.split('#');
    const html = pages.get(path.split('?')[0] || '/');
    return !html || (hash !== undefined && hash !== '' && !html.includes(`id="${decodeURIComponent(hash)}"`));
  });
  expect(broken).toEqual([]);
});
