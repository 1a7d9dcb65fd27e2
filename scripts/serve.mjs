#!/usr/bin/env node
// Serves dist/ as a static host would: precompressed Brotli or gzip where the build made them (else
// compressed on the fly), with 404.html for unknown paths, under BASE_PATH.
import compression from 'compression';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import sirv from 'sirv';

/**
 * `dev: true` re-reads the folder on every request (for tests that deploy a new build into it while
 * it is being served); otherwise the file list is read once at start, as a static host would.
 */
export function createServer({
  dir = process.env.SERVE_DIR ?? 'dist',
  base = process.env.BASE_PATH ?? '/',
  dev = false,
} = {}) {
  const prefix = ('/' + base + '/').replace(/\/+/g, '/');
  const root = path.resolve(dir);
  const notFound = path.join(root, '404.html');
  const assets = sirv(root, {
    dev,
    etag: true,
    // The build writes .br and .gz copies (scripts/precompress.mjs); send the best one accepted.
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders: (res, pathname) => {
      if (pathname.startsWith('/assets/')) res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      else res.setHeader('Cache-Control', 'no-cache');
    },
  });
  const compress = compression();
  return http.createServer((req, res) => {
    compress(req, res, () => {
      const url = req.url ?? '/';
      if (!url.startsWith(prefix) && url + '/' !== prefix) {
        res.writeHead(302, { Location: prefix });
        res.end();
        return;
      }
      req.url = '/' + url.slice(prefix.length);
      assets(req, res, () => {
        res.statusCode = 404;
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4173);
  const host = process.env.HOST ?? '127.0.0.1';
  createServer().listen(port, host, () => {
    const base = ('/' + (process.env.BASE_PATH ?? '/') + '/').replace(/\/+/g, '/');
    console.log(`Ring Zero is being served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}`);
  });
}
