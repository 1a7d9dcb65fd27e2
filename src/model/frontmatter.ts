/**
 * A chapter's frontmatter, declared once as a schema: the content check (scripts/content/load-course.ts)
 * validates every content/*.mdx against it, and `ChapterFrontmatter` is inferred from it. Fields come in
 * the order docs/authoring.md and the chapters write them, which is the order of the checked value's
 * keys. The schema stays out of the browser's bundle: the app imports only the type (src/model/course.ts).
 */
import * as v from 'valibot';
import { architectureIds } from './architectures';
import { sourceToReference, type Source } from './bibliography';
import { filled, issueMessage } from './content-schema';
import type { ContentError, Reference } from './course';
import { RESERVED_SLUGS } from './pages';

/** The home page, the sidebar and link previews show the summary whole: one sentence. */
export const MAX_SUMMARY_CHARS = 200;
const MIN_OBJECTIVES = 3;
const MAX_OBJECTIVES = 6;

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const OBJECTIVES = `list ${MIN_OBJECTIVES} to ${MAX_OBJECTIVES} learning objectives`;
const INLINE_REFERENCE = 'needs a bibliography key, or an id and a text';
const HTTPS = 'url must be an https:// address';

/** A source only this chapter cites, typed out in place of a bibliography key. */
const InlineReference = v.object(
  {
    id: filled(INLINE_REFERENCE),
    text: filled(INLINE_REFERENCE),
    url: v.optional(v.pipe(v.string(HTTPS), v.regex(/^https:\/\//, HTTPS))),
  },
  INLINE_REFERENCE,
);

const Frontmatter = v.object(
  {
    /** The chapter's URL, /<slug>. */
    slug: v.pipe(
      filled('missing'),
      v.regex(SLUG_PATTERN, (issue) => `"${issue.input}" must be lowercase letters, digits and dashes`),
      v.check(
        (slug) => !RESERVED_SLUGS.includes(slug),
        (issue) => `"${String(issue.input)}" is reserved for a page of the app`,
      ),
    ),
    /** Position in the course; unique across chapters (checkChapterSet). */
    order: v.pipe(
      v.number('must be a positive whole number'),
      v.integer('must be a positive whole number'),
      v.minValue(1, 'must be a positive whole number'),
    ),
    title: filled('missing'),
    /** One sentence for the home page, the sidebar and link previews. */
    summary: v.pipe(
      filled('missing'),
      v.maxLength(
        MAX_SUMMARY_CHARS,
        (issue) =>
          `has ${issue.input.length} characters; keep it to one sentence of at most ${MAX_SUMMARY_CHARS} (home page, sidebar, link previews)`,
      ),
    ),
    /** The architecture the side panel shows first. */
    diagram: v.optional(v.picklist(architectureIds, (issue) => `"${String(issue.input)}" is not an architecture`)),
    /** Each "verb + what"; the objectives box at the top of the lesson lists them. */
    objectives: v.pipe(
      v.array(filled('must be a sentence'), OBJECTIVES),
      v.minLength(MIN_OBJECTIVES, (issue) => `${OBJECTIVES} (it has ${issue.input.length})`),
      v.maxLength(MAX_OBJECTIVES, (issue) => `${OBJECTIVES} (it has ${issue.input.length})`),
    ),
    /** Bibliography keys or inline sources, numbered in this order; resolved by parseFrontmatter. */
    references: v.pipe(
      v.array(v.union([v.string(), InlineReference], INLINE_REFERENCE), 'list at least one reference'),
      v.minLength(1, 'list at least one reference'),
    ),
  },
  'missing: start the file with a --- YAML block',
);

type FrontmatterShape = v.InferOutput<typeof Frontmatter>;

/** What a chapter's frontmatter declares (validated), its references resolved. */
export type ChapterFrontmatter = Readonly<Omit<FrontmatterShape, 'objectives' | 'references'>> & {
  readonly objectives: readonly string[];
  readonly references: readonly Reference[];
};

/**
 * The field an issue names, as authors read it: `slug`, `objectives[2]`, `references[0]` (a problem
 * inside an inline reference names the reference), or `frontmatter` for the block itself.
 */
function fieldOf(issue: v.BaseIssue<unknown>): string {
  const [top, index] = issue.path ?? [];
  if (typeof top?.key !== 'string') return 'frontmatter';
  return typeof index?.key === 'number' ? `${top.key}[${index.key}]` : top.key;
}

/**
 * Check one chapter's frontmatter; returns the typed value or the list of problems. A reference is
 * either a key of the bibliography (`- xen03`) or an inline `{ id, text, url? }` for a source cited
 * only here; an inline id that is a bibliography key is refused, so each source is typed out once.
 * References are resolved once the frontmatter has its shape.
 */
export function parseFrontmatter(
  file: string,
  data: unknown,
  sources: ReadonlyMap<string, Source> = new Map(),
): { ok: true; value: ChapterFrontmatter } | { ok: false; errors: ContentError[] } {
  // One problem per field: a slug that is missing is not also reported as badly spelt.
  const parsed = v.safeParse(Frontmatter, data, { abortPipeEarly: true });
  if (!parsed.success)
    return {
      ok: false,
      errors: parsed.issues.map((i) => ({ file, field: fieldOf(i), message: issueMessage(i, Frontmatter) })),
    };
  const errors: ContentError[] = [];
  const references: Reference[] = [];
  const seen = new Set<string>();
  parsed.output.references.forEach((r, i) => {
    const ref = resolveReference(r, sources);
    if (typeof ref === 'string') errors.push({ file, field: `references[${i}]`, message: ref });
    else if (seen.has(ref.id)) errors.push({ file, field: `references[${i}]`, message: `"${ref.id}" is listed twice` });
    else {
      seen.add(ref.id);
      references.push(ref);
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { ...parsed.output, references } };
}

/** A frontmatter reference as the chapter will print it, or what is wrong with it. */
function resolveReference(
  r: string | v.InferOutput<typeof InlineReference>,
  sources: ReadonlyMap<string, Source>,
): Reference | string {
  if (typeof r === 'string') {
    const source = sources.get(r);
    return source ? sourceToReference(source) : `"${r}" is not a key of content/bibliography.ts`;
  }
  if (sources.has(r.id)) return `"${r.id}" is in content/bibliography.ts: cite it by key (- ${r.id})`;
  return r.url === undefined ? { id: r.id, text: r.text } : { id: r.id, text: r.text, url: r.url };
}
