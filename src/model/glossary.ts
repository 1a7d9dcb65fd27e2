/**
 * A glossary entry (content/glossary.ts), declared once as a schema: the content check validates the
 * glossary against it and `GlossaryEntry` is inferred from it. Build time only: the app imports the type.
 */
import * as v from 'valibot';
import { filled, issueMessage } from './content-schema';
import type { ContentError } from './course';

const GlossaryEntrySchema = v.object(
  {
    /** Lowercase-dashes; `<Term id="...">` and `/glossary#<id>` use it. */
    id: filled('missing'),
    term: filled('missing'),
    /** One sentence, shown in the hover/focus tooltip. */
    short: filled('missing'),
    /** A few sentences for the glossary page. */
    long: filled('missing'),
    /** Optional link to the section that teaches it: "/slug#section" (checked with the lessons' links). */
    see: v.optional(v.string('must be a link such as "/slug#section"')),
  },
  'must be an entry with an id, a term, a short and a long text',
);

export type GlossaryEntry = Readonly<v.InferOutput<typeof GlossaryEntrySchema>>;

/**
 * Check the glossary file's default export: each entry against the schema, each id once. Errors name
 * the entry by index and id (`[3] (vmexit).short`); the entries returned are those that passed.
 */
export function checkGlossary(file: string, data: unknown): { entries: GlossaryEntry[]; errors: ContentError[] } {
  if (!Array.isArray(data))
    return { entries: [], errors: [{ file, field: 'default export', message: 'must be an array of entries' }] };
  const errors: ContentError[] = [];
  const entries: GlossaryEntry[] = [];
  const ids = new Set<string>();
  data.forEach((e: unknown, i) => {
    const id = v.is(v.object({ id: filled('') }), e) ? e.id : undefined;
    const where = `[${i}]${id ? ` (${id})` : ''}`;
    const parsed = v.safeParse(GlossaryEntrySchema, e);
    if (parsed.success) entries.push(parsed.output);
    else
      for (const issue of parsed.issues) {
        const key = issue.path?.[0]?.key;
        const field = typeof key === 'string' ? `${where}.${key}` : where;
        errors.push({ file, field, message: issueMessage(issue, GlossaryEntrySchema) });
      }
    if (id && ids.has(id)) errors.push({ file, field: `${where}.id`, message: `"${id}" is listed twice` });
    if (id) ids.add(id);
  });
  return { entries, errors };
}
