import { StrictMode } from 'react';
import { prerenderToNodeStream } from 'react-dom/static';
import { StaticRouter } from 'react-router';
import { App } from './app/App';
import { HeadProvider, type HeadData } from './lib/head';
import { BASE } from './lib/url';

export { chapters } from './lib/course';
export { chaptersWithOutline } from './lib/course-outline';
export { architectures } from './model/architectures';
export { canonicalPath, normalizeBase, pagePaths, pages } from './model/pages';

/** Render one route to HTML, waiting for every lazy part so the page is complete without JavaScript. */
export async function render(url: string): Promise<{ html: string; head: HeadData | null }> {
  let head: HeadData | null = null;
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <HeadProvider collect={(h) => (head = h)}>
        <StaticRouter location={BASE + url} basename={BASE || '/'}>
          <App />
        </StaticRouter>
      </HeadProvider>
    </StrictMode>,
    // Never outline a finished Suspense boundary: outlined ones need inline scripts, which our CSP forbids.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  );
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return { html: Buffer.concat(chunks).toString('utf8'), head };
}
