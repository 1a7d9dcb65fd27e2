// After prerendering: a Workbox service worker that precaches every page a learner reads (home,
// chapters, glossary, compare, instructors, 404) and every script and style, so the course works
// offline after one visit. A new build gets a new precache manifest; the page offers to reload.
import { generateSW } from 'workbox-build';

export async function buildServiceWorker(dist) {
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*.{html,js,css,svg,webmanifest}'],
    globIgnores: ['print/**', 'embed/**', 'lms/**', 'sw.js', 'workbox-*.js'],
    swDest: `${dist}/sw.js`,
    inlineWorkboxRuntime: true,
    // Chapter pages live at /<slug>/index.html but are visited as /<slug>.
    manifestTransforms: [
      async (entries) => ({
        manifest: entries.map((e) => ({
          ...e,
          url: e.url.replace(/(^|\/)index\.html$/, '$1').replace(/\/$/, '') || './',
        })),
        warnings: [],
      }),
    ],
    ignoreURLParametersMatching: [/^arch$/, /^step$/, /^compare$/, /^utm_/],
    navigateFallback: '404.html',
    navigateFallbackDenylist: [/\/print\//, /\/embed\//],
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
