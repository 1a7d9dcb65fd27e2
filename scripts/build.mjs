#!/usr/bin/env node
// Production build: client bundle, server bundle, then prerender every route to static HTML.
import { rm } from 'node:fs/promises';
import { build } from 'vite';
import { prerender } from './prerender.mjs';

const started = Date.now();
await rm('dist', { recursive: true, force: true });
await rm('dist-ssr', { recursive: true, force: true });
try {
  await build({ logLevel: 'warn' });
  await build({ logLevel: 'warn', build: { ssr: 'src/entry-server.tsx', outDir: 'dist-ssr', emptyOutDir: true } });
  await prerender();
} catch (error) {
  console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`Built and prerendered in ${((Date.now() - started) / 1000).toFixed(1)} s → dist/`);
