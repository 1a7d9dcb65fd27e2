import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLinks, contentSecurityPolicy, inlineStylesheets } from '../../scripts/prerender';

type Pages = [route: string, html: string][];

describe('inlineStylesheets', () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'rz-inline-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'assets', 'style-abc.css'), 'body{color:red}.a>.b{margin:0}');

  it('puts the stylesheet into the page, under a sub-path too', async () => {
    const template =
      '<head><link rel="stylesheet" crossorigin href="/courses/assets/style-abc.css"></head><body></body>';
    expect(await inlineStylesheets(template, dist, '/courses/')).toBe(
      '<head><style>body{color:red}.a>.b{margin:0}</style></head><body></body>',
    );
  });

  it('leaves a page without a stylesheet alone', async () => {
    expect(await inlineStylesheets('<head><title>x</title></head>', dist, '/')).toBe('<head><title>x</title></head>');
  });

  it('refuses a stylesheet that would end the style element early', async () => {
    writeFileSync(path.join(dist, 'assets', 'bad.css'), 'a{content:"</style><script>"}');
    await expect(inlineStylesheets('<link rel="stylesheet" href="/assets/bad.css">', dist, '/')).rejects.toThrow(
      /contains "<\/style"/,
    );
  });
});

describe('checkLinks', () => {
  const site: Pages = [
    [
      '/',
      `<a href="#main">Skip</a><main id="main"><a href="/basics/">Basics</a>
       <a href="/basics/#recap">Recap</a> <a href="/?chapter=1">home</a> <a href="https://example.com/x">away</a>
       <link rel="stylesheet" href="/assets/app.css" /><link rel="icon" href="/favicon.svg" />
       <a href="/handouts/notes.txt">download</a></main>`,
    ],
    [
      '/basics/',
      '<h2 id="recap">Recap</h2><a href="/#main">Home</a><a href="/basics/?arch=kvm&amp;step=2#recap">x</a>',
    ],
  ];

  it('passes a site whose links all land', () => {
    expect(checkLinks(site, '/')).toEqual([]);
  });

  it('rejects a link whose path does not end in "/", which some hosts answer with a redirect that drops the query', () => {
    const pages: Pages = [...site, ['/compare/', '<a href="/basics?arch=kvm">Basics</a><a href="/basics#recap">r</a>']];
    expect(checkLinks(pages, '/')).toEqual([
      'dist/compare/index.html: link "/basics?arch=kvm" is not canonical: its path must end in "/"',
      'dist/compare/index.html: link "/basics#recap" is not canonical: its path must end in "/"',
    ]);
  });

  it('finds a link to a page that was not rendered', () => {
    const pages: Pages = [...site, ['/compare/', '<a href="/hypervisor/">Hypervisors</a>']];
    expect(checkLinks(pages, '/')).toEqual([
      'dist/compare/index.html: link "/hypervisor/" goes to a page that does not exist',
    ]);
  });

  it('finds a link to a section the target page does not have', () => {
    const pages: Pages = [...site, ['/compare/', '<a href="/basics/#trap-and-emulate">Trap</a>']];
    expect(checkLinks(pages, '/')).toEqual([
      'dist/compare/index.html: link "/basics/#trap-and-emulate" names no section of /basics/',
    ]);
  });

  it('finds an in-page anchor that names no element', () => {
    const pages: Pages = [['/', '<a href="#quiz">Quiz</a><section id="quizz"></section>']];
    expect(checkLinks(pages, '/')).toEqual(['dist/index.html: link "#quiz" names no element on the page']);
  });

  it('checks links under a base path and names the output directory', () => {
    const pages: Pages = [
      ['/', '<a href="/course/basics/#recap">ok</a><a href="/course/nowhere/">broken</a>'],
      ['/basics/', '<h2 id="recap">Recap</h2><a href="/course/">home</a><a href="/course/assets/x.js">js</a>'],
    ];
    expect(checkLinks(pages, '/course/', 'dist-subpath')).toEqual([
      'dist-subpath/index.html: link "/course/nowhere/" goes to a page that does not exist',
    ]);
  });

  it('flags a root-relative link that leaves the base path', () => {
    const pages: Pages = [
      ['/', '<a href="/basics/">forgot the base</a>'],
      ['/basics/', ''],
    ];
    expect(checkLinks(pages, '/course/')).toEqual([
      `dist/index.html: link "/basics/" leaves the site's base path /course/`,
    ]);
  });
});

describe('contentSecurityPolicy', () => {
  const template = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');
  const directive = (csp: string, name: string) =>
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .find(([n]) => n === name)
      ?.slice(1) ?? [];
  const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;

  it("allows the app's own scripts and the inline theme script, and nothing inline besides", () => {
    const inline = [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(inline).toHaveLength(1);
    expect(inline[0]).toContain('rz-theme');
    const scriptSrc = directive(contentSecurityPolicy(template), 'script-src');
    expect(scriptSrc).toEqual(["'self'", sha256(inline[0]!)]);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
  });

  it('hashes every inline script and follows their content', () => {
    const csp = contentSecurityPolicy('<script>a()</script><p>x</p><script>\n  b();\n</script>');
    expect(directive(csp, 'script-src')).toEqual(["'self'", sha256('a()'), sha256('\n  b();\n')]);
    expect(directive(contentSecurityPolicy('<script>a();</script>'), 'script-src')).not.toContain(sha256('a()'));
  });

  it('locks down everything else', () => {
    const csp = contentSecurityPolicy(template);
    expect(directive(csp, 'default-src')).toEqual(["'self'"]);
    expect(directive(csp, 'object-src')).toEqual(["'none'"]);
    expect(directive(csp, 'base-uri')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/\*|http:|'unsafe-eval'/);
  });
});
