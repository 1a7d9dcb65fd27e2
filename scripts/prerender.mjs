// Renders every route of the built app to dist/<route>/index.html (plus dist/404.html), fills in
// head tags and the Content-Security-Policy, then checks every internal link and anchor.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { headersFile } from './headers.mjs';

const SITE_NAME = 'Ring Zero';

function escapeHtml(s) {
  return String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );
}

/** The CSP allows our own scripts plus the one inline theme script, by its hash. */
export function contentSecurityPolicy(template) {
  const inline = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
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

function headTags(head, base, siteUrl) {
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
export async function inlineStylesheets(template, dist, base) {
  const links = [...template.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g)];
  let page = template;
  for (const [tag, href] of links) {
    if (!href.startsWith(base)) throw new Error(`Stylesheet ${href} is not under the base path ${base}`);
    const css = await readFile(path.join(dist, href.slice(base.length)), 'utf8');
    if (/<\/style/i.test(css)) throw new Error(`Stylesheet ${href} contains "</style" and cannot be inlined`);
    page = page.replace(tag, () => `<style>${css}</style>`);
  }
  return page;
}

function outFile(DIST, route) {
  if (route === '/') return path.join(DIST, 'index.html');
  if (route === '/404') return path.join(DIST, '404.html');
  return path.join(DIST, route.slice(1), 'index.html');
}

/** Every internal link must land on a prerendered page, and its hash on an id in that page. */
export function checkLinks(pages, base, DIST = 'dist') {
  const problems = [];
  const ids = new Map();
  for (const [route, html] of pages) ids.set(route, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  for (const [route, html] of pages) {
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      // The router writes the home link as the base without its trailing slash.
      if (href === base.slice(0, -1) && base !== '/') continue;
      if (href.startsWith('/') && !href.startsWith(base)) {
        problems.push(`${outFile(DIST, route)}: link "${href}" leaves the site's base path ${base}`);
        continue;
      }
      // Downloads for an LMS (scripts/lms/) are files the client build wrote, not pages.
      if (href.startsWith(base + 'lms/')) {
        if (!existsSync(path.join(DIST, decodeURIComponent(href.slice(base.length)))))
          problems.push(`${outFile(DIST, route)}: download "${href}" was not built`);
        continue;
      }
      if (
        !href.startsWith(base) ||
        href.startsWith(base + 'assets/') ||
        /\.(svg|webmanifest|png|ico|json)$/.test(href)
      ) {
        if (href.startsWith('#')) {
          const id = decodeURIComponent(href.slice(1));
          if (id && !ids.get(route)?.has(id))
            problems.push(`${outFile(DIST, route)}: link "${href}" names no element on the page`);
        }
        continue;
      }
      const [p, hash] = href.slice(base.length - 1).split('#');
      const target = (p.split('?')[0] || '/').replace(/(.)\/$/, '$1');
      if (!ids.has(target)) problems.push(`${outFile(DIST, route)}: link "${href}" goes to a page that does not exist`);
      else if (hash && !ids.get(target).has(decodeURIComponent(hash)))
        problems.push(`${outFile(DIST, route)}: link "${href}" names no section of ${target}`);
    }
  }
  return problems;
}

export async function prerender({ dist = 'dist', ssr = 'dist-ssr' } = {}) {
  const DIST = path.resolve(dist);
  const server = await import(pathToFileURL(path.resolve(ssr, 'entry-server.js')).href);
  const base = process.env.BASE_PATH ? ('/' + process.env.BASE_PATH + '/').replace(/\/+/g, '/') : '/';
  const template = await inlineStylesheets(await readFile(path.join(DIST, 'index.html'), 'utf8'), DIST, base);
  const csp = contentSecurityPolicy(template);
  const routes = [
    '/',
    ...server.chapters.map((c) => `/${c.slug}`),
    '/glossary',
    '/compare',
    '/instructors',
    ...server.architectures.map((a) => `/embed/${a.id}`),
    ...server.chapters.flatMap((c) => [`/print/${c.slug}`, `/print/${c.slug}/answers`]),
  ];
  const pages = new Map();
  for (const route of [...routes, '/404']) {
    const { html, head } = await server.render(route === '/404' ? '/404-page-not-found' : route);
    const page = template
      .replace('<!--app-csp-->', `<meta http-equiv="Content-Security-Policy" content="${csp}" />`)
      .replace('<!--app-head-->', headTags(head, base, process.env.SITE_URL))
      .replace('<!--app-html-->', html);
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
  // Security headers for hosts that read _headers; scripts/serve.mjs sends them too (see headers.mjs).
  await writeFile(path.join(DIST, '_headers'), headersFile({ csp, routes, base }));
  console.log(`Prerendered ${pages.size} pages (${routes.length} routes + 404.html), internal links checked.`);
}
