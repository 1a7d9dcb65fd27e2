/**
 * Every page of the site, declared once. The router (src/app/App.tsx), the prerender and its link
 * check (scripts/prerender.ts), the service worker's precache (scripts/service-worker.ts), the
 * sitemap, the reserved chapter slugs and the content's link check all read this table. Adding a page
 * is one row here plus its view in App.tsx (TypeScript asks for the view).
 *
 * Every page has one canonical address: its path ends in "/" (`/comparing/?arch=kvm&step=2`), because
 * the prerendered file is `<path>/index.html` and most static hosts (GitHub Pages, S3 websites, a
 * default nginx) answer `/comparing` with a redirect to `/comparing/`, some of them dropping the query.
 */

export type PageKind =
  'home' | 'chapter' | 'glossary' | 'compare' | 'instructors' | 'machine' | 'embed' | 'print' | 'print-answers';

/** What a `:param` in a pattern ranges over when the site is prerendered. */
export type PageParam = 'slug' | 'arch';

export interface PageDef {
  readonly kind: PageKind;
  /** The route below the base, without slashes at either end: "" (home), "glossary", "print/:slug". */
  readonly pattern: string;
  /** Inside the site's layout (header, sidebar) or a page of its own (embed, print). */
  readonly layout: boolean;
  /** Written to dist/<path>/index.html at build time, one file per value of its params. */
  readonly prerendered: boolean;
  /** Kept by the service worker for offline use. */
  readonly precached: boolean;
  /** Listed in sitemap.xml (written when SITE_URL is set). */
  readonly sitemap: boolean;
  /** Its text is in the search index. */
  readonly search: boolean;
}

export const pages = [
  { kind: 'home', pattern: '', layout: true, prerendered: true, precached: true, sitemap: true, search: false },
  {
    kind: 'glossary',
    pattern: 'glossary',
    layout: true,
    prerendered: true,
    precached: true,
    sitemap: true,
    search: true,
  },
  {
    kind: 'compare',
    pattern: 'compare',
    layout: true,
    prerendered: true,
    precached: true,
    sitemap: true,
    search: false,
  },
  {
    kind: 'instructors',
    pattern: 'instructors',
    layout: true,
    prerendered: true,
    precached: true,
    sitemap: true,
    search: false,
  },
  {
    kind: 'machine',
    pattern: 'machine',
    layout: true,
    prerendered: true,
    precached: true,
    sitemap: true,
    search: false,
  },
  {
    kind: 'chapter',
    pattern: ':slug',
    layout: true,
    prerendered: true,
    precached: true,
    sitemap: true,
    search: true,
  },
  {
    kind: 'embed',
    pattern: 'embed/:arch',
    layout: false,
    prerendered: true,
    precached: true,
    sitemap: false,
    search: false,
  },
  {
    kind: 'print',
    pattern: 'print/:slug',
    layout: false,
    prerendered: true,
    precached: true,
    sitemap: false,
    search: false,
  },
  {
    kind: 'print-answers',
    pattern: 'print/:slug/answers',
    layout: false,
    prerendered: true,
    precached: true,
    sitemap: false,
    search: false,
  },
] as const satisfies readonly PageDef[];

/**
 * First path segments a chapter slug may not take: every fixed page, plus folders the build writes
 * (`assets`, `lms`) or keeps for later (`search`).
 */
export const RESERVED_SLUGS: readonly string[] = [
  ...new Set([
    ...pages.map((p) => p.pattern.split('/')[0] ?? '').filter((s) => s !== '' && !s.startsWith(':')),
    'assets',
    'lms',
    'search',
  ]),
];

/** The fixed (parameter-free) pages' first segments, "" for home: what a content link may name besides a chapter. */
export const FIXED_PAGES: readonly string[] = pages.filter((p) => !p.pattern.includes(':')).map((p) => p.pattern);

/** Every concrete path of a page, canonical ("/", "/glossary/", "/print/kvm/answers/"). */
export function pagePaths(page: Pick<PageDef, 'pattern'>, values: Readonly<Record<PageParam, readonly string[]>>) {
  let paths = [''];
  for (const segment of page.pattern.split('/')) {
    if (segment === '') continue;
    const options = segment.startsWith(':') ? (values[segment.slice(1) as PageParam] ?? []) : [segment];
    paths = paths.flatMap((p) => options.map((o) => `${p}/${o}`));
  }
  return paths.map((p) => `${p}/`);
}

/** The site's base path in its one form: leading and trailing slash, no doubled ones ("/", "/courses/virt/"). */
export function normalizeBase(raw: string | undefined): string {
  return `/${raw ?? ''}/`.replace(/\/+/g, '/');
}

/** A path whose last segment names a file (has an extension), such as /manifest.webmanifest. */
function isFile(pathname: string): boolean {
  return /\.[a-z0-9]+$/i.test(pathname.slice(pathname.lastIndexOf('/') + 1));
}

/**
 * The canonical form of an app address (path, then optional query and hash): the path ends in "/"
 * unless it names a file. `/comparing?arch=kvm#x` becomes `/comparing/?arch=kvm#x`. Anything that is
 * not a root-relative path (`#id`, `https://…`, `mailto:`) is returned unchanged.
 */
export function canonicalPath(address: string): string {
  if (!address.startsWith('/') || address.startsWith('//')) return address;
  const cut = address.search(/[?#]/);
  const pathname = cut < 0 ? address : address.slice(0, cut);
  const rest = cut < 0 ? '' : address.slice(cut);
  if (pathname.endsWith('/') || isFile(pathname)) return address;
  return `${pathname}/${rest}`;
}
