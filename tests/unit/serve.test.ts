import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFile, headersFor, parseHeaders } from '../../scripts/headers';
import { createServer, resolveRange } from '../../scripts/serve';

const PAGE = '<!doctype html><title>home</title><p>' + 'x'.repeat(2000) + '</p>';
const BODY = 'abcdefghijklmnopqrstuvwxyz0123456789'; // 36 bytes, no compressed copies

function makeSite(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rz-serve-'));
  for (const d of ['assets', 'embed/kvm', 'hypervisors']) mkdirSync(path.join(dir, d), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), PAGE);
  writeFileSync(path.join(dir, 'hypervisors/index.html'), PAGE);
  writeFileSync(path.join(dir, 'embed/kvm/index.html'), PAGE);
  writeFileSync(path.join(dir, '404.html'), '<!doctype html><title>404</title>');
  writeFileSync(path.join(dir, 'assets/data.txt'), BODY);
  writeFileSync(
    path.join(dir, '_headers'),
    headersFile({ csp: "default-src 'self'", routes: ['/', '/hypervisors', '/embed/kvm'] }),
  );
  return dir;
}

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let port = 0;
const server = createServer({ dir: makeSite() });

function get(pathname: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: pathname, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('latin1');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
  });
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('serve.ts and Range headers', () => {
  // Each of these crashed the server (security review, finding 1) or returned the wrong bytes.
  const cases: [range: string, status: number, body: string | null][] = [
    ['bytes=100-99', 200, BODY],
    ['bytes= 5-1', 200, BODY],
    ['bytes=5-1', 200, BODY],
    ['bytes=0-99999999999999999999', 206, BODY],
    ['bytes=3-9007199254740993', 206, BODY.slice(3)],
    ['bytes=99999999999999999999-', 416, null],
    ['bytes=36-', 416, null],
    ['bytes=-0', 416, null],
    ['bytes=-5', 206, BODY.slice(-5)],
    ['bytes=-500', 206, BODY],
    ['bytes=2-4', 206, 'cde'],
    ['bytes=0-0,5-9', 200, BODY],
    ['bytes=abc', 200, BODY],
    ['bytes=--1', 200, BODY],
    ['items=0-5', 200, BODY],
    ['bytes=0-0', 200, BODY],
  ];
  for (const [range, status, body] of cases) {
    it(`answers "Range: ${range}" with ${status} and keeps serving`, async () => {
      const reply = await get('/assets/data.txt', { range, 'accept-encoding': 'identity' });
      expect(reply.status).toBe(status);
      if (body !== null) expect(reply.body).toBe(body);
      if (status === 416) expect(reply.headers['content-range']).toBe(`bytes */${BODY.length}`);
      if (status === 206)
        expect(reply.headers['content-range']).toMatch(new RegExp(`^bytes \\d+-\\d+/${BODY.length}$`));
      expect((await get('/')).status).toBe(200);
    });
  }

  it('survives the same bad ranges on a compressed page', async () => {
    for (const range of ['bytes=100-99', 'bytes= 5-1', 'bytes=0-99999999999999999999'])
      await get('/', { range, 'accept-encoding': 'gzip, br' });
    expect((await get('/hypervisors')).status).toBe(200);
  });

  it('reads ranges as RFC 9110 does', () => {
    expect(resolveRange('bytes=100-99', 1000)).toBeNull();
    expect(resolveRange('bytes=10-', 5)).toBe('unsatisfiable');
    expect(resolveRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(resolveRange('bytes=1-2000', 100)).toEqual({ start: 1, end: 99 });
    expect(resolveRange(undefined, 100)).toBeNull();
  });
});

describe('serve.ts sends the headers of _headers', () => {
  it('forbids framing of lessons and of the fallback page, but not of embeds', async () => {
    for (const p of ['/', '/hypervisors', '/hypervisors/', '/no-such-page']) {
      const reply = await get(p);
      expect(reply.headers['x-frame-options'], p).toBe('DENY');
      expect(reply.headers['content-security-policy'], p).toBe("default-src 'self', frame-ancestors 'none'");
      expect(reply.headers['x-content-type-options'], p).toBe('nosniff');
    }
    const embed = await get('/embed/kvm');
    expect(embed.status).toBe(200);
    expect(embed.headers['x-frame-options']).toBeUndefined();
    expect(embed.headers['content-security-policy']).toBe("default-src 'self'");
  });

  it('keeps long caching for hashed assets', async () => {
    expect((await get('/assets/data.txt')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/hypervisors')).headers['cache-control']).toBe('no-cache');
  });
});

describe('_headers', () => {
  const text = headersFile({
    csp: "default-src 'self'",
    routes: ['/', '/kvm', '/print/kvm', '/print/kvm/answers', '/embed/kvm', '/lms/kvm'],
    base: '/courses/virt/',
  });
  const rules = parseHeaders(text);
  const frame = (p: string) => new Map(headersFor(rules, p)).get('X-Frame-Options');

  it('denies framing under a sub-path except for embeds and SCORM pages', () => {
    for (const p of ['/courses/virt/', '/courses/virt/kvm', '/courses/virt/print/kvm/answers'])
      expect(frame(p), p).toBe('DENY');
    for (const p of ['/courses/virt/embed/kvm', '/courses/virt/lms/kvm']) expect(frame(p), p).toBeUndefined();
  });

  it('sends the CSP and nosniff everywhere', () => {
    const h = new Map(headersFor(rules, '/courses/virt/embed/kvm'));
    expect(h.get('Content-Security-Policy')).toBe("default-src 'self'");
    expect(h.get('X-Content-Type-Options')).toBe('nosniff');
  });
});
