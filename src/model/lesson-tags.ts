/**
 * Every tag a lesson may use, declared once with the props it takes. The content check
 * (scripts/content/load-course.ts) validates each tag in content/*.mdx against this table, so an
 * unknown tag or a misspelt or invalid prop fails `npm run check:content` with its file and line; the
 * component map (src/lesson/mdx-components.tsx) is typed by it, so every tag has exactly one component
 * and each component takes the props written here. The schemas stay out of the browser's bundle: only
 * their types reach the renderer.
 */
import * as v from 'valibot';
import { architectureIds } from './architectures';
import { designIds } from './machine/designs';

const text = (what: string) => v.pipe(v.string(`${what} must be text in quotes`), v.minLength(1, `${what} is empty`));
const arch = v.picklist(architectureIds, (issue) => `architecture ${JSON.stringify(issue.input)} does not exist`);

const lessonTags = {
  Intro: v.strictObject({}),
  DeepDive: v.strictObject({
    id: v.pipe(
      v.string('needs an id of lowercase letters, digits and dashes'),
      v.regex(/^[a-z0-9-]+$/, 'needs an id of lowercase letters, digits and dashes'),
    ),
    title: v.string('needs a title'),
  }),
  Pitfall: v.strictObject({ title: text('title') }),
  Note: v.strictObject({}),
  Term: v.strictObject({ id: text('id') }),
  Cite: v.strictObject({ id: text('id') }),
  /** `step` is checked against the design's trace by the content check, which knows the design. */
  StackDiagram: v.strictObject({
    arch,
    step: v.optional(
      v.pipe(
        v.number('step must be a number, as in step={2}'),
        v.integer('step must be a whole number'),
        v.minValue(1, 'step counts from 1, as the caption "Step 1 of 7" does'),
      ),
    ),
  }),
  CompareTable: v.strictObject({
    archs: v.optional(v.array(arch, 'archs must be a list, as in archs={["hosted","kvm"]}')),
  }),
  Products: v.strictObject({ arch }),
  Quiz: v.strictObject({}),
  PageWalkExplorer: v.strictObject({}),
  PacketPath: v.strictObject({}),
  /** The program is also parsed by the content check, which names the line of each mistake. */
  Machine: v.strictObject({
    design: v.picklist(
      designIds,
      (issue) => `design ${JSON.stringify(issue.input)} is not one of ${designIds.join(', ')}`,
    ),
    program: v.string('needs a program="…" (one instruction per line)'),
    title: v.optional(v.string('title must be text')),
  }),
} as const satisfies Record<string, v.GenericSchema<Record<string, unknown>>>;

export type LessonTag = keyof typeof lessonTags;

/** The props a tag's component receives, as the table declares them. */
export type LessonTagProps<T extends LessonTag> = v.InferOutput<(typeof lessonTags)[T]>;

function isLessonTag(name: string): name is LessonTag {
  return Object.hasOwn(lessonTags, name);
}

/** What is wrong with one use of a tag, one message per problem (empty when it is right). */
export function checkTagProps(name: string, props: Readonly<Record<string, unknown>>): string[] {
  if (!isLessonTag(name))
    return [`is not a lesson tag; the tags are ${Object.keys(lessonTags).join(', ')} (src/model/lesson-tags.ts)`];
  const schema = lessonTags[name];
  const result = v.safeParse(schema, props);
  if (result.success) return [];
  const known = Object.keys(schema.entries);
  return result.issues.map((issue) => {
    const key = issue.path?.[0]?.key;
    if (issue.type !== 'strict_object' || typeof key !== 'string') return issue.message;
    if (known.includes(key)) return `needs ${key}="…"`;
    return `"${key}" is not a prop of <${name}> (${known.length > 0 ? `it takes ${known.join(', ')}` : 'it takes none'})`;
  });
}
