import { describe, expect, it } from 'vitest';
import { applyEdits, parseHtml, placeholder } from '../../scripts/html';
import { deferAppScript } from '../../vite.config';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <!--app-head-->
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/react-def.js">
    <link rel="stylesheet" crossorigin href="/assets/style.css">
  </head>
  <body>
    <div id="root"><!--app-html--></div>
  </body>
</html>
`;

describe('placeholders filled through the parser', () => {
  it('replaces only the placeholder and keeps every other byte of the page', () => {
    const root = parseHtml(TEMPLATE);
    const page = applyEdits(TEMPLATE, [
      { range: placeholder(root, 'app-html').range, text: '<main><h1>Privilege rings $& $1</h1></main>' },
      { range: placeholder(root, 'app-head').range, text: '<title>Rings</title>' },
    ]);
    expect(page).toBe(
      TEMPLATE.replace('<!--app-head-->', () => '<title>Rings</title>').replace(
        '<!--app-html-->',
        () => '<main><h1>Privilege rings $& $1</h1></main>',
      ),
    );
  });

  it('names a placeholder the template lacks, or has twice', () => {
    expect(() => placeholder(parseHtml('<body></body>'), 'app-html')).toThrow(/exactly one <!--app-html-->, found 0/);
    expect(() => placeholder(parseHtml('<!--app-csp--><!--app-csp-->'), 'app-csp')).toThrow(/found 2/);
  });

  it('does not take text that merely looks like a placeholder for one', () => {
    const html = '<pre>&lt;!--app-html--&gt;</pre><!--app-html-->';
    expect(applyEdits(html, [{ range: placeholder(parseHtml(html), 'app-html').range, text: 'X' }])).toBe(
      '<pre>&lt;!--app-html--&gt;</pre>X',
    );
  });
});

describe('deferAppScript', () => {
  it('swaps the module script for a loader of the same file and drops the module preloads with their lines', () => {
    const out = deferAppScript(TEMPLATE);
    expect(out).not.toContain('modulepreload');
    expect(out).not.toContain('<script type="module"');
    expect(out).toContain("s.src = '/assets/index-abc.js';");
    expect(out).toContain('<!--app-head-->\n    <script>\n');
    expect(out).toContain('</script>\n    <link rel="stylesheet" crossorigin href="/assets/style.css">');
  });

  it('fails the build when index.html has no module script', () => {
    expect(() => deferAppScript('<head></head>')).toThrow(/no module script/);
  });
});
