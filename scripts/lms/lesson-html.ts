/**
 * A chapter's lesson as static HTML for a SCORM package: the MDX rendered with React on the server,
 * with the course's tags drawn as plain HTML (a diagram becomes its text description from the model,
 * a glossary term shows its definition on hover). Nothing in it requests anything outside the package:
 * links to other chapters point at the course site when SITE_URL is known, and are plain text otherwise.
 */
import { evaluate } from '@mdx-js/mdx';
import { createElement as h, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import rehypeSlug from 'rehype-slug';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import { architectures, getArchitecture } from '../../src/model/architectures';
import { getDesign, isDesignId } from '../../src/model/machine/designs';
import { machineSearch } from '../../src/model/machine/url';
import type { Reference } from '../../src/model/course';
import { canonicalPath } from '../../src/model/pages';
import { productsOf } from '../../src/model/products';
import { describeStack, describeStep, traitNames, traitKeys } from '../../src/model/stack';
import type { ArchitectureId } from '../../src/model/types';

export interface LessonSource {
  readonly slug: string;
  readonly title: string;
  readonly objectives: readonly string[];
  readonly references: readonly Reference[];
  readonly mdx: string;
  /** Glossary terms by id: name and one-sentence definition. */
  readonly terms: Readonly<Record<string, { term: string; short: string }>>;
}

type Props = { children?: ReactNode } & Record<string, unknown>;

function components(lesson: LessonSource, siteUrl: string | undefined) {
  const refIndex = (id: string) => lesson.references.findIndex((r) => r.id === id) + 1;
  /** An interactive explorer stays online: the package says so and links to the chapter when SITE_URL is set. */
  const onlineOnly = (name: string) =>
    h(
      'p',
      { className: 'block' },
      `The ${name} explorer is interactive and lives in the online course`,
      siteUrl
        ? [
            ': ',
            h('a', { href: `${siteUrl}/${lesson.slug}/`, target: '_blank', rel: 'noopener', key: 'a' }, lesson.title),
          ]
        : null,
      '.',
    );
  return {
    Intro: ({ children }: Props) => h('div', { className: 'intro' }, children),
    DeepDive: ({ id, title, children }: Props) =>
      h('details', { id: String(id), className: 'block' }, h('summary', null, `Deep dive: ${String(title)}`), children),
    Pitfall: ({ title, children }: Props) =>
      h(
        'aside',
        { className: 'block', 'aria-label': `Misconception: ${String(title)}` },
        h('p', null, h('strong', null, `Misconception: ${String(title)}`)),
        children,
      ),
    Note: ({ children }: Props) =>
      h(
        'aside',
        { className: 'block', 'aria-label': 'Note' },
        h('p', null, h('strong', null, 'Then and now')),
        children,
      ),
    Term: ({ id, children }: Props) => {
      const entry = lesson.terms[String(id)];
      return entry ? h('abbr', { title: `${entry.term}: ${entry.short}` }, children) : h('span', null, children);
    },
    Cite: ({ id }: Props) => {
      const n = refIndex(String(id));
      return n === 0 ? null : h('sup', null, h('a', { href: `#ref-${String(id)}` }, `[${n}]`));
    },
    StackDiagram: ({ arch, step }: Props) => {
      const a = getArchitecture(arch as ArchitectureId);
      // Lessons count steps from 1, as the caption does (src/model/step.ts).
      const index = typeof step === 'number' ? step - 1 : null;
      return h(
        'figure',
        { className: 'stack' },
        h('figcaption', null, `${a.name}, from the hardware up`),
        h('ul', null, ...describeStack(a).map((line) => h('li', { key: line }, line))),
        index === null ? null : h('p', null, describeStep(a, index)),
      );
    },
    CompareTable: ({ archs }: Props) => {
      const list = Array.isArray(archs) ? architectures.filter((a) => archs.includes(a.id)) : architectures;
      return h(
        'table',
        null,
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, 'Design'),
            ...traitKeys.map((k) => h('th', { key: k, scope: 'col' }, traitNames[k])),
          ),
        ),
        h(
          'tbody',
          null,
          ...list.map((a) =>
            h(
              'tr',
              { key: a.id },
              h('th', { scope: 'row' }, a.shortName),
              ...traitKeys.map((k) => h('td', { key: k }, `${a.traits[k].level}: ${a.traits[k].why}`)),
            ),
          ),
        ),
      );
    },
    Products: ({ arch }: Props) =>
      h(
        'ul',
        null,
        ...productsOf(arch as ArchitectureId).map((p) =>
          h('li', { key: p.id }, `${p.name} (${p.year}${p.current ? ', current' : ''}): ${p.note}`),
        ),
      ),
    Quiz: () => h('div', { id: 'quiz-mount' }),
    // Interactive explorers have no static form yet: say where to find them.
    PageWalkExplorer: () => onlineOnly('page-walk'),
    PacketPath: () => onlineOnly('packet-path'),
    // The machine's program and design are text: show them, and link to the sandbox that runs them.
    Machine: ({ program, design, title }: Props) => {
      const id = isDesignId(design) ? design : 'bare-metal';
      const text = String(program ?? '').trim();
      const sandbox = `${siteUrl ?? ''}/machine?${machineSearch({ design: id, program: text, step: null, level: null })}`;
      return h(
        'figure',
        { className: 'block' },
        h('figcaption', null, `${typeof title === 'string' ? title : 'Try it on the machine'} (${getDesign(id).name})`),
        h('pre', null, h('code', null, text)),
        h(
          'p',
          null,
          'The machine that runs this program is interactive and lives in the online course',
          siteUrl ? [': ', h('a', { href: sandbox, target: '_blank', rel: 'noopener', key: 'a' }, 'open it')] : null,
          '.',
        ),
      );
    },
    a: ({ href, children }: Props) => {
      const url = String(href ?? '');
      if (url.startsWith('#')) return h('a', { href: url }, children);
      if (url.startsWith('/'))
        return siteUrl
          ? h('a', { href: siteUrl + canonicalPath(url), target: '_blank', rel: 'noopener' }, children)
          : h('span', null, children);
      return h('a', { href: url, target: '_blank', rel: 'noopener' }, children);
    },
  };
}

/** The lesson's body: objectives, the MDX (with the quiz's place marked by #quiz-mount) and references. */
export async function renderLesson(lesson: LessonSource, siteUrl: string | undefined): Promise<string> {
  const { default: Content } = await evaluate(lesson.mdx, {
    ...runtime,
    remarkPlugins: [remarkFrontmatter, remarkGfm],
    rehypePlugins: [rehypeSlug],
  });
  const body = renderToStaticMarkup(h(Content, { components: components(lesson, siteUrl) }));
  const objectives = renderToStaticMarkup(
    h(
      'section',
      { 'aria-labelledby': 'objectives' },
      h('h2', { id: 'objectives' }, 'You will learn to'),
      h('ul', null, ...lesson.objectives.map((o) => h('li', { key: o }, o))),
    ),
  );
  const references = renderToStaticMarkup(
    h(
      'section',
      { 'aria-labelledby': 'references' },
      h('h2', { id: 'references' }, 'References'),
      h(
        'ol',
        null,
        ...lesson.references.map((r) =>
          h(
            'li',
            { key: r.id, id: `ref-${r.id}` },
            r.text,
            r.url ? [' ', h('a', { href: r.url, target: '_blank', rel: 'noopener', key: 'u' }, r.url)] : null,
          ),
        ),
      ),
    ),
  );
  return objectives + body + references;
}
