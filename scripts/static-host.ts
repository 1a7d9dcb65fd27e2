#!/usr/bin/env -S npx tsx
// A plain static-directory host, as GitHub Pages, S3 website hosting and a default nginx behave:
// `<dir>/` answers `<dir>/index.html`, `<dir>` (no slash) answers 301 to `<dir>/`, anything else that is
// not a file answers 404.html with status 404. No rewrites, no clean URLs. Its redirect DROPS the query
// string, as the server of the UX walkthrough did: the course's own links are canonical (`/x/?…`) and
// must never depend on a host's redirect. The e2e project `static-host` runs the link tests against it.
//   npx tsx scripts/static-host.ts   (PORT, HOST, SERVE_DIR, BASE_PATH as for scripts/serve.ts)
import { createReadStream, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { normalizeBase } from '../src/model/pages';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.zip': 'application/zip',
  '.png': 'image/png',
};

function kind(file: string): 'file' | 'dir' | null {
  try {
    const s = statSync(file);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

export function createStaticHost({ dir = 'dist', base = '/' }: { dir?: string; base?: string } = {}) {
  const prefix = normalizeBase(base);
  const root = path.resolve(dir);
  const send = (res: http.ServerResponse, status: number, file: string) => {
    res.writeHead(status, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(res);
  };
  const notFound = (res: http.ServerResponse) => {
    const page = path.join(root, '404.html');
    if (kind(page) === 'file') send(res, 404, page);
    else res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
  };
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound(res);
    }
    if (!pathname.startsWith(prefix)) {
      if (pathname + '/' === prefix) return res.writeHead(301, { Location: prefix }).end();
      return notFound(res);
    }
    const file = path.join(root, pathname.slice(prefix.length));
    if (file !== root && !file.startsWith(root + path.sep)) return notFound(res);
    const found = kind(file);
    if (found === 'dir' && !pathname.endsWith('/')) {
      // The query is dropped on purpose (see the top of this file).
      return res.writeHead(301, { Location: url.pathname + '/' }).end();
    }
    if (found === 'dir') {
      const index = path.join(file, 'index.html');
      return kind(index) === 'file' ? send(res, 200, index) : notFound(res);
    }
    if (found === 'file' && !pathname.endsWith('/')) return send(res, 200, file);
    return notFound(res);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4180);
  const host = process.env.HOST ?? '127.0.0.1';
  const base = normalizeBase(process.env.BASE_PATH);
  createStaticHost({ dir: process.env.SERVE_DIR ?? 'dist', base }).listen(port, host, () =>
    console.log(`Plain static host serving at http://${host}:${port}${base}`),
  );
}
