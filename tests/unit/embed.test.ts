import { describe, expect, it } from 'vitest';
import { architectures } from '../../src/model/architectures';
import { chapterFor, EMBED_HEIGHTS, embedPath, embedSnippet, parseEmbedTheme } from '../../src/model/embed';

describe('embed addresses', () => {
  it('write the step as learners count it and the theme only when one is asked for', () => {
    expect(embedPath({ arch: 'kvm', step: null, theme: 'auto' })).toBe('/embed/kvm/');
    expect(embedPath({ arch: 'kvm', step: 2, theme: 'auto' })).toBe('/embed/kvm/?step=3');
    expect(embedPath({ arch: 'hosted', step: 0, theme: 'dark' })).toBe('/embed/hosted/?step=1&theme=dark');
  });

  it('read an unknown or missing theme as the automatic one', () => {
    expect(parseEmbedTheme('dark')).toBe('dark');
    expect(parseEmbedTheme('light')).toBe('light');
    expect(parseEmbedTheme('DARK')).toBe('auto');
    expect(parseEmbedTheme(null)).toBe('auto');
  });

  it('have a height for every design', () => {
    for (const a of architectures) expect(EMBED_HEIGHTS[a.id]).toBeGreaterThan(400);
  });
});

describe('the chapter an embed links back to', () => {
  const chapters = [
    { slug: 'one', title: 'One', diagram: undefined, diagrams: [{ section: null, arch: 'kvm' as const, step: null }] },
    { slug: 'two', title: 'Two', diagram: 'kvm' as const, diagrams: [] },
  ];
  it('is the one whose main diagram it is, else the first that draws it, else none', () => {
    expect(chapterFor('kvm', chapters)?.slug).toBe('two');
    expect(chapterFor('kvm', chapters.slice(0, 1))?.slug).toBe('one');
    expect(chapterFor('hosted', chapters)).toBeUndefined();
  });
});

describe('the embed snippet', () => {
  const snippet = embedSnippet('https://course.example/virt/embed/kvm/?step=2&theme=dark', 'Ring Zero: "KVM"', 780);

  it('frames the embed at the given height, escaped for an attribute', () => {
    expect(snippet).toContain(
      '<iframe src="https://course.example/virt/embed/kvm/?step=2&amp;theme=dark" title="Ring Zero: &quot;KVM&quot;" width="560" height="780"',
    );
  });

  it('believes height messages only from the course origin', () => {
    expect(snippet).toContain('e.origin !== "https://course.example"');
    expect(snippet).toContain('"ring-zero:height"');
  });
});
