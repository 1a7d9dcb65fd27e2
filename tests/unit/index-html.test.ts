import { describe, expect, it } from 'vitest';
import { inlineFavicon } from '../../vite.config';

const SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#1d3b53"/></svg>\n';

describe('inlineFavicon', () => {
  it('writes the SVG into the icon link as a data: URL, at the root or under a base path', () => {
    for (const href of ['/favicon.svg', '/courses/virt/favicon.svg']) {
      const html = `<head><link rel="icon" href="${href}" type="image/svg+xml" /></head>`;
      const out = inlineFavicon(html, SVG);
      const url = /<link rel="icon" href="([^"]+)" type="image\/svg\+xml" \/>/.exec(out)?.[1];
      expect(url).toMatch(/^data:image\/svg\+xml,/);
      expect(decodeURIComponent(url!.slice('data:image/svg+xml,'.length))).toBe(SVG.trim());
      // Quotes in the SVG cannot end the attribute.
      expect(url).not.toContain('"');
      expect(out).not.toContain('favicon.svg');
    }
  });

  it('fails the build when index.html has no favicon link to inline', () => {
    expect(() => inlineFavicon('<head></head>', SVG)).toThrow(/no favicon link/);
  });
});
