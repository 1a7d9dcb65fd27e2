#!/usr/bin/env -S npx tsx
// Production build: client bundle, server bundle, prerender every route to static HTML, the service
// worker, and precompressed copies of every text file.
import { rm } from 'node:fs/promises';
import { build } from 'vite';
import { prerender } from './prerender';
import { precompress } from './precompress';
import { buildServiceWorker } from './service-worker';

// OUT_DIR lets the tests build a second copy (e.g. under a BASE_PATH) beside dist/.
const outDir = process.env.OUT_DIR ?? 'dist';
const ssrDir = `${outDir}-ssr`;
const started = Date.now();
await rm(outDir, { recursive: true, force: true });
await rm(ssrDir, { recursive: true, force: true });
try {
  await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  await build({ logLevel: 'warn', build: { ssr: 'src/entry-server.tsx', outDir: ssrDir, emptyOutDir: true } });
  const precached = await prerender({ dist: outDir, ssr: ssrDir });
  await buildServiceWorker(outDir, precached);
  await precompress(outDir);
} catch (error) {
  console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`Built and prerendered in ${((Date.now() - started) / 1000).toFixed(1)} s → ${outDir}/`);
