// The `_headers` file (Netlify and Cloudflare Pages syntax) that the build writes beside the site, and
// the reader that scripts/serve.ts uses to send the same headers, so `npm start` behaves like those hosts.

/**
 * Pages that other sites may frame: the diagram embeds (and SCORM packages, if built). Every other page
 * refuses to be framed, so no site can overlay it and trick a learner into clicking "Start over".
 */
export const FRAMEABLE = [/^\/embed(\/|$)/, /^\/lms(\/|$)/];

const NO_FRAMING = ['X-Frame-Options: DENY', "Content-Security-Policy: frame-ancestors 'none'"];

/**
 * The text of `_headers` for a build. `routes` are the app paths that were prerendered ("/", "/kvm",
 * "/embed/kvm", …); `base` is the sub-path the site is built for ("/" or "/courses/virt/").
 *
 * Hosts add every rule that matches a path and join repeated headers with a comma, and none can take a
 * header away again; so the framing headers go on rules for the pages that need them rather than on
 * `/*`. A second Content-Security-Policy header is a second policy, enforced alongside the first.
 */
export interface HeaderRule {
  readonly pattern: string;
  readonly test: RegExp;
  readonly headers: [name: string, value: string][];
}

export function headersFile({ csp, routes, base = '/' }: { csp: string; routes: string[]; base?: string }): string {
  const prefix = ('/' + base + '/').replace(/\/+/g, '/').replace(/\/$/, '');
  const closed = routes.filter((r) => !FRAMEABLE.some((f) => f.test(r)));
  const segments = [...new Set(closed.filter((r) => r !== '/').map((r) => r.split('/')[1]))];
  const patterns = [
    ...(closed.includes('/') ? [`${prefix}/`, `${prefix}/index.html`] : []),
    `${prefix}/404.html`,
    ...segments.flatMap((s) => [`${prefix}/${s}`, `${prefix}/${s}/*`]),
  ];
  const rule = (pattern: string, lines: string[]) => `${pattern}\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
  return [
    rule(`${prefix}/*`, [
      `Content-Security-Policy: ${csp}`,
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
    ]),
    ...patterns.map((p) => rule(p, NO_FRAMING)),
    rule(`${prefix}/assets/*`, ['Cache-Control: public, max-age=31536000, immutable']),
  ].join('');
}

/** Parse `_headers` into rules; lines that are neither a path nor an indented `Name: value` are ignored. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), test: patternToRegExp(line.trim()), headers: [] };
      rules.push(current);
      continue;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.*?)\s*$/.exec(line);
    if (current && m && m[1] && m[2] !== undefined) current.headers.push([m[1], m[2]]);
  }
  return rules;
}

function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

/** The headers for a path: every matching rule's, repeated names joined with ", " as the hosts do. */
export function headersFor(rules: HeaderRule[], pathname: string): [name: string, value: string][] {
  const out = new Map<string, { name: string; value: string }>();
  for (const rule of rules) {
    if (!rule.test.test(pathname)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const prev = out.get(key);
      out.set(key, prev ? { name: prev.name, value: `${prev.value}, ${value}` } : { name, value });
    }
  }
  return [...out.values()].map(({ name, value }) => [name, value]);
}
