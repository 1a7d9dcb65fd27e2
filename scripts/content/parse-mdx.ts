/**
 * Read one lesson without running it: frontmatter, headings (slugged exactly as rehype-slug does,
 * with github-slugger), and every tag and link the build must check.
 */
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import type { Heading } from '../../src/model/course';

interface TagUse {
  readonly name: string;
  readonly attributes: Readonly<Record<string, unknown>>;
  readonly line: number;
  /** The id of the h2/h3 this tag sits under, or null before the first heading. */
  readonly section: string | null;
}

export interface ParsedLesson {
  readonly frontmatter: unknown;
  readonly frontmatterError?: string;
  readonly headings: Heading[];
  readonly tags: TagUse[];
  readonly links: { url: string; line: number }[];
  /** Plain text of each section (null id: the part before the first heading), for the search index. */
  readonly sections: { id: string | null; title: string | null; text: string }[];
}

interface EstreeNode {
  type: string;
  value?: unknown;
  operator?: string;
  argument?: EstreeNode;
  elements?: (EstreeNode | null)[];
  expression?: EstreeNode;
  body?: EstreeNode[];
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string; data?: { estree?: EstreeNode } } | null;
}

const NOT_LITERAL = Symbol('not a literal');

/** The value of a literal expression (a number, string, boolean, null, or a list of those); else NOT_LITERAL. */
function literalValue(node: EstreeNode | undefined): unknown {
  if (!node) return NOT_LITERAL;
  if (node.type === 'Literal') return node.value;
  if (node.type === 'UnaryExpression' && node.operator === '-') {
    const n = literalValue(node.argument);
    return typeof n === 'number' ? -n : NOT_LITERAL;
  }
  if (node.type === 'ArrayExpression') {
    const items = (node.elements ?? []).map((e) => literalValue(e ?? undefined));
    return items.includes(NOT_LITERAL) ? NOT_LITERAL : items;
  }
  return NOT_LITERAL;
}

/** A string attribute as written; an expression (`step={2}`, `archs={['hosted']}`) as the literal it spells. */
function attributeValue(a: JsxAttribute): unknown {
  if (a.value === null || a.value === undefined) return true;
  if (typeof a.value === 'string') return a.value;
  const statement = a.value.data?.estree?.body?.[0];
  const value = literalValue(statement?.type === 'ExpressionStatement' ? statement.expression : undefined);
  return value === NOT_LITERAL ? a.value.value.trim() : value;
}

export function parseLesson(source: string): ParsedLesson {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm).parse(source);
  const slugger = new GithubSlugger();
  const headings: Heading[] = [];
  const tags: TagUse[] = [];
  const links: { url: string; line: number }[] = [];
  let frontmatter: unknown;
  let frontmatterError: string | undefined;
  let section: string | null = null;

  visit(tree, (node) => {
    const line = node.position?.start.line ?? 0;
    if (node.type === 'yaml') {
      try {
        frontmatter = parseYaml((node as { value: string }).value);
      } catch (e) {
        frontmatterError = (e as Error).message;
      }
    } else if (node.type === 'heading') {
      const depth = (node as { depth: number }).depth;
      const id = slugger.slug(toString(node));
      if (depth === 2 || depth === 3) {
        headings.push({ id, text: toString(node), depth });
        section = id;
      }
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const el = node as unknown as { name: string | null; attributes: JsxAttribute[] };
      if (el.name) {
        const attributes = Object.fromEntries(
          el.attributes.filter((a) => a.type === 'mdxJsxAttribute' && a.name).map((a) => [a.name, attributeValue(a)]),
        );
        tags.push({ name: el.name, attributes, line, section });
      }
    } else if (node.type === 'link') {
      links.push({ url: (node as { url: string }).url, line });
    }
  });
  const sections: ParsedLesson['sections'] = [{ id: null, title: null, text: '' }];
  const textSlugger = new GithubSlugger();
  for (const node of (tree as { children: { type: string; depth?: number }[] }).children) {
    if (node.type === 'yaml' || node.type === 'mdxjsEsm') continue;
    if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
      const title = toString(node as never);
      sections.push({ id: textSlugger.slug(title), title, text: '' });
      continue;
    }
    if (node.type === 'heading') textSlugger.slug(toString(node as never));
    const last = sections[sections.length - 1];
    if (last) last.text = `${last.text} ${toString(node as never)}`.trim();
  }
  return { frontmatter, frontmatterError, headings, tags, links, sections };
}
