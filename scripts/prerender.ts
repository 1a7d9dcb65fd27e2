// Renders every route of the built app to dist/<route>/index.html (plus dist/404.html), fills in
// head tags and the Content-Security-Policy, then checks every internal link and anchor.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HeadData } from '../src/lib/head';
import type { PageDef } from '../src/model/pages';
import { headersFile } from './headers';
import { applyEdits, parseHtml, placeholder, type HtmlEdit } from './html';

/** What the server bundle (dist-ssr/entry-server.js, built from src/entry-server.tsx) exports. */
type ServerEntry = typeof import('../src/entry-server');
/** A prerendered page: its canonical route ("/x/") and its HTML. */
type Pages = [route: string, html: string][];
interface RouteEntry {
  readonly route: string;
  readonly page: PageDef;
}

const SITE_NAME = 'Ring Zero';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** The CSP allows our own scripts plus the page's inline ones (the theme and app loaders), by their hash. */
export function contentSecurityPolicy(template: string): string {
  const inline = parseHtml(template)
    .querySelectorAll('script')
    .filter((script) => !script.hasAttribute('src'))
    .map((script) => script.rawText);
  const hashes = inline.map((code) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

function headTags(head: HeadData | null, base: string, siteUrl: string | undefined): string {
  if (!head) return '';
  const title = head.title === SITE_NAME ? SITE_NAME : `${head.title} · ${SITE_NAME}`;
  const url = siteUrl ? siteUrl.replace(/\/$/, '') + base.replace(/\/$/, '') + head.path : null;
  return [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:site_name" content="${SITE_NAME}" />`,
    `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:type" content="${head.type ?? 'article'}" />`,
    `<meta name="twitter:card" content="summary" />`,
    url ? `<meta property="og:url" content="${escapeHtml(url)}" />` : '',
    url ? `<link rel="canonical" href="${escapeHtml(url)}" />` : '',
    head.noindex ? '<meta name="robots" content="noindex" />' : '',
  ]
    .filter(Boolean)
    .join('\n    ');
}

/**
 * Puts the stylesheet into the page: one 17 KB file (4 KB Brotli) that every page needs. Linked, it
 * costs a round trip before the first paint, and Chromium lays the page out once unstyled while it
 * waits (measured: a 100 ms layout of all ~2,300 boxes, repeated once the sheet arrives). Inline, the
 * first layout already has the styles, which keep off-screen lesson blocks from being laid out at all.
 */
export async function inlineStylesheets(template: string, dist: string, base: string): Promise<string> {
  const edits: HtmlEdit[] = [];
  for (const link of parseHtml(template).querySelectorAll('link[rel="stylesheet"][href]')) {
    const href = link.getAttribute('href') ?? '';
    if (!href.startsWith(base)) throw new Error(`Stylesheet ${href} is not under the base path ${base}`);
    const css = await readFile(path.join(dist, href.slice(base.length)), 'utf8');
    if (/<\/style/i.test(css)) throw new Error(`Stylesheet ${href} contains "</style" and cannot be inlined`);
    edits.push({ range: link.range, text: `<style>${css}</style>` });
  }
  return applyEdits(template, edits);
}

function outFile(DIST: string, route: string): string {
  if (route === '/404') return path.join(DIST, '404.html');
  return path.join(DIST, route.slice(1), 'index.html');
}

/**
 * Every internal link must be canonical (its path ends in "/", see canonicalPath in src/model/pages.ts)
 * and land on a prerendered page, and its hash on an id in that page. Links to files (a name with an
 * extension: assets, downloads) are left to the host. Pages are keyed by canonical route ("/x/").
 */
export function checkLinks(pages: Pages, base: string, DIST = 'dist'): string[] {
  const problems: string[] = [];
  const parsed = pages.map(([route, html]) => [route, parseHtml(html)] as const);
  const ids = new Map<string, Set<string>>();
  for (const [route, root] of parsed)
    ids.set(route, new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id') ?? '')));
  for (const [route, root] of parsed) {
    const here = outFile(DIST, route);
    for (const link of root.querySelectorAll('[href]')) {
      const href = link.getAttribute('href') ?? '';
      if (href === '') continue;
      if (href.startsWith('#')) {
        const id = decodeURIComponent(href.slice(1));
        if (id && !ids.get(route)?.has(id)) problems.push(`${here}: link "${href}" names no element on the page`);
        continue;
      }
      if (!href.startsWith('/') || href.startsWith('//')) continue;
      if (!href.startsWith(base)) {
        problems.push(`${here}: link "${href}" leaves the site's base path ${base}`);
        continue;
      }
      // Downloads for an LMS (scripts/lms/) are files the client build wrote, not pages.
      if (href.startsWith(base + 'lms/')) {
        if (!existsSync(path.join(DIST, decodeURIComponent(href.slice(base.length).split(/[?#]/)[0] ?? ''))))
          problems.push(`${here}: download "${href}" was not built`);
        continue;
      }
      const [address = '', hash] = href.slice(base.length - 1).split('#');
      const target = address.split('?')[0] ?? '';
      if (/\.[a-z0-9]+$/i.test(target.slice(target.lastIndexOf('/') + 1))) continue;
      if (!target.endsWith('/')) {
        problems.push(`${here}: link "${href}" is not canonical: its path must end in "/"`);
        continue;
      }
      if (!ids.has(target)) problems.push(`${here}: link "${href}" goes to a page that does not exist`);
      else if (hash && !ids.get(target)?.has(decodeURIComponent(hash)))
        problems.push(`${here}: link "${href}" names no section of ${target}`);
    }
  }
  return problems;
}

/** The concrete routes of the page table (src/model/pages.ts), canonical, with what the build does with each. */
export function pageRoutes(
  server: Pick<ServerEntry, 'chapters' | 'architectures' | 'pages' | 'pagePaths'>,
): RouteEntry[] {
  const values = { slug: server.chapters.map((c) => c.slug), arch: server.architectures.map((a) => a.id) };
  return server.pages
    .filter((p) => p.prerendered)
    .flatMap((p) => server.pagePaths(p, values).map((route) => ({ route, page: p })));
}

function sitemap(routes: RouteEntry[], base: string, siteUrl: string): string {
  const origin = siteUrl.replace(/\/$/, '');
  const urls = routes
    .filter(({ page }) => page.sitemap)
    .map(({ route }) => `  <url><loc>${escapeHtml(origin + base.slice(0, -1) + route)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/** Prerenders every page; returns the files (relative to dist) the service worker should precache. */
export async function prerender({ dist = 'dist', ssr = 'dist-ssr' }: { dist?: string; ssr?: string } = {}): Promise<
  string[]
> {
  const DIST = path.resolve(dist);
  // The bundle is src/entry-server.tsx as Vite built it, so it has that module's exports.
  const server = (await import(pathToFileURL(path.resolve(ssr, 'entry-server.js')).href)) as ServerEntry;
  const base = server.normalizeBase(process.env.BASE_PATH);
  const template = await inlineStylesheets(await readFile(path.join(DIST, 'index.html'), 'utf8'), DIST, base);
  const csp = contentSecurityPolicy(template);
  const root = parseHtml(template);
  const slots = {
    csp: placeholder(root, 'app-csp'),
    head: placeholder(root, 'app-head'),
    html: placeholder(root, 'app-html'),
  };
  const table = pageRoutes(server);
  const routes = table.map((r) => r.route);
  const pages = new Map<string, string>();
  for (const route of [...routes, '/404']) {
    const { html, head } = await server.render(route === '/404' ? '/404-page-not-found' : route);
    const page = applyEdits(template, [
      { range: slots.csp.range, text: `<meta http-equiv="Content-Security-Policy" content="${csp}" />` },
      {
        range: slots.head.range,
        text: headTags(head && { ...head, path: server.canonicalPath(head.path) }, base, process.env.SITE_URL),
      },
      { range: slots.html.range, text: html },
    ]);
    pages.set(route, page);
  }
  const problems = checkLinks(
    [...pages].filter(([r]) => r !== '/404'),
    base,
    dist,
  );
  if (problems.length > 0) throw new Error(`Broken internal links:\n  ${problems.join('\n  ')}`);
  for (const [route, page] of pages) {
    const file = outFile(DIST, route);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, page);
  }
  // Security headers for hosts that read _headers; scripts/serve.ts sends them too (see headers.ts).
  await writeFile(path.join(DIST, '_headers'), headersFile({ csp, routes, base }));
  if (process.env.SITE_URL) await writeFile(path.join(DIST, 'sitemap.xml'), sitemap(table, base, process.env.SITE_URL));
  console.log(`Prerendered ${pages.size} pages (${routes.length} routes + 404.html), internal links checked.`);
  // What the service worker keeps: the files of precached pages, and the 404 page for other addresses.
  return [...table.filter((r) => r.page.precached).map((r) => path.relative(DIST, outFile(DIST, r.route))), '404.html'];
}
