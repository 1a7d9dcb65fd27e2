import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { applyEdits, parseHtml, withSpaceBefore } from './scripts/html';
import { coursePlugin } from './scripts/vite-course-plugin';
import { lmsPlugin } from './scripts/lms/vite-plugin';
import { normalizeBase } from './src/model/pages';

/** Where the site is hosted, e.g. BASE_PATH=/courses/virt/ for https://uni.example/courses/virt/. */
const basePath = () => normalizeBase(process.env.BASE_PATH);

/**
 * The page is prerendered, so a learner can read it before any script runs. Start the app only after
 * the first paint: the module script becomes a tiny inline loader (allowed by its hash in the CSP)
 * that inserts it once the document is parsed and its first contentful paint is on screen (or after
 * 3 s, whichever comes first). On a slow phone the text and layout arrive first and the app's
 * download does not compete with them.
 */
export function deferAppScript(html: string): string {
  const root = parseHtml(html);
  const entry = root.querySelector('script[type="module"][src]');
  if (!entry) throw new Error('deferAppScript: no module script in index.html');
  const loader = `
    <script>
      (function () {
        var started = false;
        function load() {
          if (started) return;
          started = true;
          var s = document.createElement('script');
          s.type = 'module';
          s.src = '${entry.getAttribute('src')}';
          document.head.appendChild(s);
        }
        function afterPaint() {
          if (document.visibilityState !== 'visible') return load();
          setTimeout(load, 3000);
          var types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
          if (types.indexOf('paint') < 0)
            return requestAnimationFrame(function () {
              setTimeout(load, 0);
            });
          new PerformanceObserver(function (list, observer) {
            if (list.getEntriesByName('first-contentful-paint').length === 0) return;
            observer.disconnect();
            setTimeout(load, 0);
          }).observe({ type: 'paint', buffered: true });
        }
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterPaint);
        else afterPaint();
      })();
    </script>`;
  const preloads = root.querySelectorAll('link[rel="modulepreload"]');
  return applyEdits(html, [
    { range: withSpaceBefore(html, entry), text: loader },
    ...preloads.map((link) => ({ range: withSpaceBefore(html, link), text: '' })),
  ]);
}

function deferAppScriptPlugin(): Plugin {
  return {
    name: 'ring-zero:defer-app-script',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: deferAppScript },
  };
}

/**
 * The favicon (public/favicon.svg, about 250 bytes) goes into each page as a data: URL: no request.
 * Linked as a file, the browser fetched it right after the HTML was parsed, and when that fetch ended
 * before the first frame reached the screen, Lighthouse's simulation counted it as a request the
 * largest paint waited for: an extra connection on a throttled phone network. With the manifest's
 * fetch, which src/app/UpdateBanner.tsx now starts later, that put LCP about 200 ms above FCP in 4 of
 * 6 runs of a script-free chapter; with neither, 0 of 6. The file stays for the web app manifest.
 */
export function inlineFavicon(html: string, svg: string): string {
  const link = parseHtml(html)
    .querySelectorAll('link[rel="icon"][type="image/svg+xml"]')
    .find((l) => l.getAttribute('href')?.endsWith('favicon.svg'));
  if (!link) throw new Error('inlineFavicon: no favicon link in index.html');
  const href = `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
  return applyEdits(html, [{ range: link.range, text: `<link rel="icon" href="${href}" type="image/svg+xml" />` }]);
}

function inlineFaviconPlugin(): Plugin {
  return {
    name: 'ring-zero:inline-favicon',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => inlineFavicon(html, readFileSync(new URL('public/favicon.svg', import.meta.url), 'utf8')),
    },
  };
}

export default defineConfig({
  base: basePath(),
  plugins: [
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkFrontmatter, remarkGfm], rehypePlugins: [rehypeSlug] }) },
    react({ include: /\.(mdx|tsx|ts)$/ }),
    coursePlugin(),
    lmsPlugin(),
    deferAppScriptPlugin(),
    inlineFaviconPlugin(),
  ],
  build: {
    target: 'es2022',
    cssCodeSplit: false,
    // Lightning CSS minifies the stylesheet for the browsers of `target` and writes what they lack:
    // the palette's light-dark() (src/styles/tokens.css) becomes custom-property switches that
    // color-scheme sets, so browsers older than light-dark() still get both palettes.
    cssMinify: 'lightningcss',
    // Scratch builds only: RZ_PROFILE=1 adds source maps (bundle breakdown), =names keeps function names.
    minify: process.env.RZ_PROFILE === 'names' ? false : 'esbuild',
    sourcemap: Boolean(process.env.RZ_PROFILE),
    // Wrap a CommonJS module in a function only where its requires need it (cycles, conditions). At
    // Vite's default (wrap all), React DOM's whole body is one lazily compiled function, fully parsed
    // on the main thread when it first runs. Measured in a Playwright trace of a chapter: evaluating
    // the main chunk took 80-145 ms before, 51-62 ms after (Lighthouse's own trace: 13-16 ms after).
    commonjsOptions: { strictRequires: 'auto' },
    rollupOptions: { output: { experimentalMinChunkSize: 1000 } },
  },
  ssr: {
    noExternal: ['framer-motion', 'motion-dom', 'motion-utils'],
  },
});
