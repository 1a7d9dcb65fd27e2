import { describe, expect, it } from 'vitest';
import type { ChapterSummary } from '../../src/model/course';
import { defaultArch, focusFor } from '../../src/model/default-design';

function chapter(extra: Partial<ChapterSummary>): ChapterSummary {
  return {
    slug: 'hosted',
    order: 3,
    title: 'Hosted',
    summary: 'A chapter.',
    file: '/content/03-hosted.mdx',
    headings: [
      { id: 'intro', text: 'Intro', depth: 2 },
      { id: 'monitor', text: 'The monitor', depth: 2 },
      { id: 'io', text: 'I/O', depth: 2 },
    ],
    deepDives: [],
    diagrams: [],
    questions: 0,
    ...extra,
  };
}

describe("a chapter's design", () => {
  it('is the one its frontmatter names, else its first diagram, else bare metal', () => {
    const diagrams = [{ section: 'monitor', arch: 'kvm', step: 1 }] as const;
    expect(defaultArch(chapter({ diagram: 'hosted', diagrams }))).toBe('hosted');
    expect(defaultArch(chapter({ diagrams }))).toBe('kvm');
    expect(defaultArch(chapter({}))).toBe('bare-metal');
  });

  it('follows the last diagram at or above the section being read', () => {
    const c = chapter({
      diagrams: [
        { section: null, arch: 'bare-metal', step: null },
        { section: 'monitor', arch: 'hosted', step: 2 },
      ],
    });
    expect(focusFor(c, null)).toEqual({ arch: 'bare-metal', step: null });
    expect(focusFor(c, 'intro')).toEqual({ arch: 'bare-metal', step: null });
    expect(focusFor(c, 'io')).toEqual({ arch: 'hosted', step: 2 });
    expect(focusFor(chapter({ diagrams: [{ section: 'io', arch: 'kvm', step: 0 }] }), 'intro')).toBeUndefined();
  });
});
