import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalPath, FIXED_PAGES, normalizeBase, pagePaths, pages, RESERVED_SLUGS } from '../../src/model/pages';

describe('canonicalPath', () => {
  it('ends a page path in "/" and keeps the query and the hash', () => {
    expect(canonicalPath('/comparing?arch=kvm&step=2')).toBe('/comparing/?arch=kvm&step=2');
    expect(canonicalPath('/hypervisors#paravirtualization')).toBe('/hypervisors/#paravirtualization');
    expect(canonicalPath('/embed/kvm?step=2#x')).toBe('/embed/kvm/?step=2#x');
    expect(canonicalPath('/print/kvm/answers')).toBe('/print/kvm/answers/');
    expect(canonicalPath('/courses/virt')).toBe('/courses/virt/');
  });

  it('leaves canonical addresses, files and non-paths alone', () => {
    for (const a of [
      '/',
      '/?x=1',
      '/glossary/#vmm',
      '/manifest.webmanifest',
      '/lms/a.zip',
      '#quiz',
      'https://x.org/a',
      '//x.org/a',
    ])
      expect(canonicalPath(a)).toBe(a);
  });

  it('is idempotent and never changes the query or the hash', () => {
    const segment = fc.stringMatching(/^[a-z0-9-]{1,12}$/);
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), fc.boolean(), fc.string(), fc.string(), (segs, slash, q, h) => {
        const path = '/' + segs.join('/') + (slash && segs.length > 0 ? '/' : '');
        const rest = (q ? `?${q.replace(/#/g, '')}` : '') + (h ? `#${h}` : '');
        const once = canonicalPath(path + rest);
        expect(canonicalPath(once)).toBe(once);
        expect(once.split(/[?#]/)[0]).toMatch(/\/$/);
        expect(once.endsWith(rest)).toBe(true);
      }),
    );
  });
});

describe('the page table', () => {
  it('gives every page one canonical path per value of its parameters', () => {
    const values = { slug: ['a', 'b'], arch: ['kvm'] };
    const all = pages.flatMap((p) => pagePaths(p, values));
    expect(all).toContain('/');
    expect(all).toContain('/glossary/');
    expect(all).toContain('/b/');
    expect(all).toContain('/embed/kvm/');
    expect(all).toContain('/print/a/answers/');
    expect(new Set(all).size).toBe(all.length);
    for (const p of all) expect(canonicalPath(p)).toBe(p);
  });

  it('reserves the first segment of every fixed page and of the build folders for itself', () => {
    for (const slug of ['glossary', 'compare', 'instructors', 'embed', 'print', 'assets', 'lms'])
      expect(RESERVED_SLUGS).toContain(slug);
    expect(RESERVED_SLUGS).not.toContain('');
    expect(FIXED_PAGES).toEqual(['', 'glossary', 'compare', 'instructors', 'machine']);
  });

  it('writes the base path in one form', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('courses/virt')).toBe('/courses/virt/');
    expect(normalizeBase('//courses//virt/')).toBe('/courses/virt/');
  });
});
