// After prerendering: a Workbox service worker that precaches every page the page table
// (src/model/pages.ts) marks `precached` (the prerender passes their files in), the 404 page, and every
// script and style, so the course works offline after one visit. A new build gets a new precache
// manifest; the page offers to reload.
import { generateSW, type RuntimeCaching } from 'workbox-build';

type RouteMatch = Extract<RuntimeCaching['urlPattern'], (...args: never[]) => unknown>;
type RouteHandler = Extract<RuntimeCaching['handler'], (...args: never[]) => unknown>;

/**
 * A navigation to a page's slash-less address (`/comparing?arch=kvm`): answered with a redirect to the
 * canonical `/comparing/?arch=kvm` (query kept; the browser keeps the hash), which the precache serves
 * as its prerendered HTML. Workbox serializes these two functions into sw.js, so they use nothing from
 * outside their own bodies.
 */
/* global self */
const slashless: RouteMatch = ({ request, url }) =>
  request.mode === 'navigate' && url.origin === self.location.origin && /\/[^/.]+$/.test(url.pathname);
const toCanonical: RouteHandler = async ({ url }) =>
  Response.redirect(`${url.origin}${url.pathname}/${url.search}`, 301);

export async function buildServiceWorker(dist: string, pageFiles: string[] = ['**/*.html']): Promise<void> {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*.{js,css,svg,webmanifest}', ...pageFiles],
    // LMS packages (dist/lms/) are downloads for instructors, not pages a learner reads offline.
    globIgnores: ['lms/**', 'sw.js', 'workbox-*.js'],
    swDest: `${dist}/sw.js`,
    inlineWorkboxRuntime: true,
    // Pages are precached as <path>/index.html and visited as <path>/ (Workbox's directoryIndex).
    // Every page is the same HTML whatever its query (?arch=, ?step=, ?theme=, utm_…).
    ignoreURLParametersMatching: [/.*/],
    runtimeCaching: [{ urlPattern: slashless, handler: toCanonical }],
    navigateFallback: '404.html',
    // Slash-less addresses go to the redirect above first (it sends every form to a page's own file).
    navigateFallbackDenylist: [/^[^?]*\/[^/.?]+(\?.*)?$/],
    maximumFileSizeToCacheInBytes: 2_000_000,
    cleanupOutdatedCaches: true,
    clientsClaim: false,
    skipWaiting: false,
    mode: 'production',
    sourcemap: false,
  });
  for (const w of warnings) console.warn(`service worker: ${w}`);
  console.log(`Service worker precaches ${count} files (${Math.round(size / 1024)} KiB).`);
}
