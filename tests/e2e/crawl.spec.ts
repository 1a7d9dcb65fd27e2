import { readdirSync } from 'node:fs';
import { LinkChecker, LinkState, type CheckOptions } from 'linkinator';
import { E2E_DIST, SUBPATH_DIST } from '../../playwright.config';
import { expect, test } from './fixtures';

/**
 * One link-and-anchor check over the built site as its server serves it (dist/, or the sub-path build
 * under /courses/virt/). linkinator follows every link from the home page and requests every page,
 * script, stylesheet, image and download it finds; links to other sites are not fetched (CI has no
 * network). Every link must answer without a redirect: the site hands out canonical addresses only,
 * and under a sub-path the server redirects an address outside the base to the base. Then each page's
 * links are checked again with their #fragments: every anchor must name an element of the HTML its
 * page serves.
 *
 * The second pass runs once per page because linkinator 7 validates a fragment only while the target
 * page is being fetched: a link to /x/#y found after /x/ was fetched is never checked (linkinator pull
 * requests #880/#881), and a failure names the target's first referrer instead of the linking page.
 * Within one page's check every fragment is known before any target's answer arrives.
 */
test('every link and anchor on every prerendered page leads somewhere', async () => {
  test.setTimeout(120_000);
  const root = new URL(test.info().project.use.baseURL ?? '');
  const external = async (link: string) => new URL(link).origin !== root.origin;
  const options: CheckOptions = {
    path: root.href,
    linksToSkip: external,
    redirects: 'error',
    timeout: 10_000,
    concurrency: 20,
  };

  const crawler = new LinkChecker();
  const parsed = new Set<string>();
  crawler.on('pagestart', (url: URL | string) => parsed.add(new URL(url).pathname));
  const crawl = await crawler.check({ ...options, recurse: true });
  // The HTML pages it read that answered 200 (a missing page's 404.html is read too).
  const found = new Set(crawl.links.filter((l) => l.state === LinkState.OK).map((l) => new URL(l.url).pathname));
  const pages = [...parsed].filter((p) => found.has(p));

  const broken: string[] = [];
  const report = (page: string, results: typeof crawl.links) => {
    for (const r of results.filter((l) => l.state === LinkState.BROKEN)) {
      const detail = r.failureDetails?.map((d) => (d instanceof Error ? d.message : `HTTP ${d.status}`)).join('; ');
      broken.push(`${r.parent ?? page} links to ${r.url}: ${detail || `HTTP ${r.status}`}`);
    }
  };
  // (Links read on a missing page's 404.html are not the site's: the link to that page is reported.)
  report(
    root.href,
    crawl.links.filter((l) => !l.parent || found.has(new URL(l.parent).pathname)),
  );
  for (const path of pages) {
    const page = new URL(path, root).href;
    const { links } = await new LinkChecker().check({ ...options, path: page, checkFragments: true });
    report(page, links);
  }
  expect([...new Set(broken)]).toEqual([]);

  // The crawl reached every page the prerender wrote (404.html is for addresses that are no page).
  const dist = test.info().project.name === 'subpath' ? SUBPATH_DIST : E2E_DIST;
  const written = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => `${root.pathname}${f.slice(0, -'index.html'.length)}`);
  expect(written.length).toBeGreaterThan(30);
  expect(written.filter((p) => !pages.includes(p))).toEqual([]);
});
