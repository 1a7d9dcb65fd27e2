#!/usr/bin/env -S npx tsx
// Serves dist/ as a static host would: precompressed Brotli or gzip where the build made them (else
// compressed on the fly), with 404.html for unknown paths, under BASE_PATH, with the security headers
// of dist/_headers. No request can stop it: bad Range headers are answered or ignored before sirv
// sees them, and anything a handler throws ends that one response, never the process.
import compression from 'compression';
import { existsSync, readFileSync } from 'node:fs';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { FRAMEABLE, headersFor, parseHeaders, type HeaderRule } from './headers';

/**
 * What to do with a Range header for a file of `size` bytes (RFC 9110 §14): null to ignore it and send
 * the whole file (anything malformed, several ranges, or a range sirv cannot express), `{ start, end }`
 * for one satisfiable range, or 'unsatisfiable' (416, "Content-Range: bytes *\/size").
 */
export function resolveRange(
  header: string | undefined,
  size: number,
): null | 'unsatisfiable' | { start: number; end: number } {
  if (typeof header !== 'string') return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header);
  if (!m || (m[1] === '' && m[2] === '')) return null;
  let start: number;
  let end: number;
  if (m[1] === '') {
    // "bytes=-N": the last N bytes.
    const suffix = Number(m[2]);
    if (suffix === 0) return 'unsatisfiable';
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(m[1]);
    if (m[2] !== '' && Number(m[2]) < start) return null; // "bytes=100-99" is not a valid range: ignore it
    if (start >= size) return 'unsatisfiable';
    end = m[2] === '' ? size - 1 : Number(m[2]);
    end = Math.min(end, size - 1);
  }
  if (size === 0) return 'unsatisfiable';
  // sirv reads an end of 0 as "to the end of the file"; ignoring the range is allowed and correct.
  if (end === 0) return null;
  return { start, end };
}

function readRules(file: string): HeaderRule[] {
  try {
    return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
  } catch {
    return [];
  }
}

/**
 * `dev: true` re-reads the folder on every request (for tests that deploy a new build into it while
 * it is being served); otherwise the file list is read once at start, as a static host would.
 */
export function createServer({
  dir = process.env.SERVE_DIR ?? 'dist',
  base = process.env.BASE_PATH ?? '/',
  dev = false,
}: { dir?: string; base?: string; dev?: boolean } = {}): http.Server {
  const prefix = ('/' + base + '/').replace(/\/+/g, '/');
  const root = path.resolve(dir);
  const notFound = path.join(root, '404.html');
  const headersPath = path.join(root, '_headers');
  let rules = readRules(headersPath);
  const assets = sirv(root, {
    dev,
    etag: true,
    // The build writes .br and .gz copies (scripts/precompress.ts); send the best one accepted.
    brotli: true,
    gzip: true,
    extensions: ['html'],
    setHeaders: (res, pathname, stats) => {
      if (!res.hasHeader('Cache-Control'))
        res.setHeader(
          'Cache-Control',
          pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      // Now the file (and its size) is known: hand sirv only a range it handles correctly.
      const req = res.req;
      if (req?.headers.range === undefined) return;
      const range = resolveRange(req.headers.range, stats.size);
      if (range === null) delete req.headers.range;
      else if (range === 'unsatisfiable') req.headers.range = `bytes=${stats.size}-`;
      else req.headers.range = `bytes=${range.start}-${range.end}`;
    },
  });
  // @types/compression describes Express middleware; the package itself only uses Node's request and response.
  const compress = compression() as unknown as (
    req: IncomingMessage,
    res: ServerResponse,
    next: (error?: unknown) => void,
  ) => void;
  const fail = (res: ServerResponse, error: unknown) => {
    console.error('serve: request failed:', error instanceof Error ? error.message : error);
    if (res.headersSent) res.destroy();
    else {
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('Internal error');
    }
  };
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix) && url + '/' !== prefix) {
      res.writeHead(302, { Location: prefix });
      res.end();
      return;
    }
    if (dev) rules = readRules(headersPath);
    for (const [name, value] of headersFor(rules, url.split(/[?#]/)[0] ?? '/')) res.setHeader(name, value);
    // Ranges apply to single files; anything but a plain "bytes=" range is dropped here already.
    if (req.headers.range !== undefined && !/^bytes=\d*-\d*$/.test(req.headers.range)) delete req.headers.range;
    req.url = '/' + url.slice(prefix.length);
    assets(req, res, () => {
      // The fallback page is the app, which may draw a real page here: never let it be framed.
      if (!FRAMEABLE.some((f) => f.test('/' + url.slice(prefix.length))))
        for (const [name, value] of headersFor(rules, `${prefix}404.html`)) res.setHeader(name, value);
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(existsSync(notFound) ? readFileSync(notFound) : 'Not found');
    });
  };
  return http.createServer((req, res) => {
    res.on('error', () => res.destroy());
    try {
      compress(req, res, (error?: unknown) => {
        if (error) return fail(res, error);
        try {
          handle(req, res);
        } catch (e) {
          fail(res, e);
        }
      });
    } catch (e) {
      fail(res, e);
    }
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.env.PORT ?? 4173);
  const host = process.env.HOST ?? '127.0.0.1';
  createServer().listen(port, host, () => {
    const base = ('/' + (process.env.BASE_PATH ?? '/') + '/').replace(/\/+/g, '/');
    console.log(`Ring Zero is being served at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}`);
  });
}
