import { describe, expect, it } from 'vitest';
import { renderLesson, type LessonSource } from '../../scripts/lms/lesson-html';

const lesson: LessonSource = {
  slug: 'io-virtualization',
  title: 'I/O virtualization',
  objectives: ['Trace one packet.'],
  references: [],
  mdx: 'See [nested paging](/memory-virtualization#nested-paging) and [the glossary](/glossary).\n\n<PacketPath />\n',
  terms: {},
};

describe('the SCORM lesson page', () => {
  it('links back to the course in canonical form, keeping the section', async () => {
    const html = await renderLesson(lesson, 'https://uni.example/courses/virt');
    expect(html).toContain('href="https://uni.example/courses/virt/memory-virtualization/#nested-paging"');
    expect(html).toContain('href="https://uni.example/courses/virt/glossary/"');
    // The explorer's stand-in sends the learner to the chapter itself.
    expect(html).toMatch(
      /packet-path explorer is interactive[^]*href="https:\/\/uni\.example\/courses\/virt\/io-virtualization\/"/,
    );
  });

  it('without a site address, keeps the link text and drops the dead link', async () => {
    const html = await renderLesson(lesson, undefined);
    expect(html).toContain('nested paging');
    expect(html).not.toContain('href="/memory-virtualization');
  });
});
