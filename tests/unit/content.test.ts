import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatContentError } from '../../src/model/course';
import { loadCourse, type LoadResult } from '../../scripts/content/load-course';

describe('the course content', () => {
  let result: LoadResult;

  beforeAll(async () => {
    result = await loadCourse(process.cwd());
  }, 60_000);

  it('passes every content check', () => {
    expect(result.errors.map(formatContentError)).toEqual([]);
  });

  it('lists the chapters in the order their file names give, with unique slugs', () => {
    const { chapters } = result.course;
    expect(chapters.map((c) => c.slug).slice(0, 6)).toEqual([
      'why-virtualization',
      'privilege-rings',
      'hosted-virtualization',
      'shared-kernel',
      'kernel-level',
      'hypervisors',
    ]);
    expect(chapters.map((c) => c.order)).toEqual(chapters.map((c) => Number(/(\d+)-/.exec(c.file)?.[1])));
    expect(new Set(chapters.map((c) => c.slug)).size).toBe(chapters.length);
  });

  it('gives every chapter objectives, references, a recap and a self-quiz of at least eight questions', () => {
    for (const c of result.course.chapters) {
      expect(c.objectives.length, c.file).toBeGreaterThanOrEqual(3);
      expect(c.objectives.length, c.file).toBeLessThanOrEqual(6);
      expect(c.references.length, c.file).toBeGreaterThan(0);
      expect(
        c.headings.map((h) => h.id),
        c.file,
      ).toContain('recap');
      expect(c.quiz.length, c.file).toBeGreaterThanOrEqual(8);
    }
  });

  it('points every quiz question at a section of its own chapter', () => {
    for (const c of result.course.chapters) {
      const sections = new Set(c.headings.map((h) => h.id));
      for (const q of c.quiz) expect(sections.has(q.section), `${c.file} ${q.id} -> #${q.section}`).toBe(true);
    }
  });

  it('finds the chapter files and the glossary on disk', () => {
    expect(result.course.chapters.every((c) => /^\/content\/\d\d-[a-z0-9-]+\.mdx$/.test(c.file))).toBe(true);
    expect(result.files).toContain(path.join(process.cwd(), 'content', 'glossary.ts'));
    expect(result.course.glossary.length).toBeGreaterThan(0);
  });
});

describe('content checks on broken courses (tests/fixtures)', () => {
  const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
  const root = (name: string) => path.join(fixtures, name);

  /** The problems an author sees when building the course in tests/fixtures/<name>. */
  async function problems(name: string): Promise<string[]> {
    const { errors } = await loadCourse(root(name));
    return errors.map(formatContentError);
  }

  /** The 1-based line of a fixture file that contains `text`, as the error message counts. */
  async function lineOf(name: string, file: string, text: string): Promise<number> {
    const lines = (await readFile(path.join(root(name), 'content', file), 'utf8')).split('\n');
    const index = lines.findIndex((l) => l.includes(text));
    expect(index, `"${text}" in ${name}/${file}`).toBeGreaterThanOrEqual(0);
    return index + 1;
  }

  it('accepts the valid fixture, so each broken one fails for its one defect', async () => {
    const { course, errors } = await loadCourse(root('valid'));
    expect(errors).toEqual([]);
    expect(course.chapters).toHaveLength(1);
    expect(course.chapters[0]).toMatchObject({
      slug: 'basics',
      headings: [
        { id: 'basics', text: 'Basics', depth: 2 },
        { id: 'recap', text: 'Recap', depth: 2 },
      ],
      diagrams: [{ section: 'basics', arch: 'kvm', step: 1 }],
    });
    expect(course.chapters[0]?.quiz).toHaveLength(8);
  });

  it('names the missing title', async () => {
    expect(await problems('missing-title')).toEqual(['/content/01-basics.mdx: title: missing']);
  });

  it('names the second chapter that reuses a slug, and the first', async () => {
    expect(await problems('duplicate-slug')).toEqual([
      '/content/02-more.mdx: slug: "basics" is also used by /content/01-basics.mdx',
    ]);
  });

  it('names the second chapter that reuses an order, and the first', async () => {
    expect(await problems('duplicate-order')).toEqual([
      '/content/02-more.mdx: order: 1 is also used by /content/01-basics.mdx',
    ]);
  });

  it('reports frontmatter that is not YAML', async () => {
    const [only, ...rest] = await problems('malformed-yaml');
    expect(rest).toEqual([]);
    expect(only).toMatch(/^\/content\/01-basics\.mdx: frontmatter: is not valid YAML: \S/);
  });

  it('names the quiz question that has no correct choice', async () => {
    expect(await problems('quiz-without-answer')).toEqual([
      '/content/01-basics.quiz.ts: questions[0] (ring-of-kernel).choices: no choice is marked correct',
    ]);
  });

  it('names the line of a glossary term that does not exist', async () => {
    const line = await lineOf('unknown-term', '01-basics.mdx', 'id="hypervisors"');
    expect(await problems('unknown-term')).toEqual([
      `/content/01-basics.mdx: line ${line} <Term>: glossary term "hypervisors" does not exist`,
    ]);
  });

  it("names the line of a citation missing from the chapter's references", async () => {
    const line = await lineOf('missing-reference', '01-basics.mdx', 'id="xen03"');
    expect(await problems('missing-reference')).toEqual([
      `/content/01-basics.mdx: line ${line} <Cite>: reference "xen03" is not in this chapter's references`,
    ]);
  });

  it('names the line of a link to a section that does not exist', async () => {
    const line = await lineOf('missing-section-link', '01-basics.mdx', '#trap-and-emulate');
    expect(await problems('missing-section-link')).toEqual([
      `/content/01-basics.mdx: line ${line} link /basics#trap-and-emulate: "#trap-and-emulate" is not a section of basics`,
    ]);
  });

  it('names the line of a diagram step past the end of the trace', async () => {
    const line = await lineOf('step-out-of-range', '01-basics.mdx', '<StackDiagram');
    expect(await problems('step-out-of-range')).toEqual([
      `/content/01-basics.mdx: line ${line} <StackDiagram>: step 6 is outside kvm's trace (0 to 5)`,
    ]);
  });

  it('asks for a Recap section', async () => {
    expect(await problems('missing-recap')).toEqual([
      '/content/01-basics.mdx: ## Recap: missing: end the lesson with a "## Recap" section',
    ]);
  });

  it('asks for the <Quiz /> tag', async () => {
    expect(await problems('missing-quiz')).toEqual([
      '/content/01-basics.mdx: <Quiz />: missing: the lesson must place its self-quiz',
    ]);
  });
});

describe('our own words', () => {
  // The seed article gives facts and taxonomy, never sentences (shared/tools/prose-overlap.py).
  const tool = new URL('../../../shared/tools/prose-overlap.py', import.meta.url).pathname;
  it.skipIf(!existsSync(tool))('no run of 8+ words in content/ or src/ is copied from the seed article', () => {
    const out = spawnSync('python3', [tool, 'content', 'src'], { encoding: 'utf8' });
    expect(out.stdout).toMatch(/^no run of 8\+ words shared/m);
    expect(out.status).toBe(0);
  });
});
