/**
 * Helpers the content schemas share (src/model/frontmatter.ts, src/model/glossary.ts and the quiz kinds in
 * src/model/quiz/kinds), so that a field reads the same in every file type and an error names the field
 * as the author wrote it.
 */
import * as v from 'valibot';

/** A string with more than white space in it; `message` is the error for anything else. */
export const filled = (message: string) =>
  v.pipe(
    v.string(message),
    v.check((s) => s.trim().length > 0, message),
  );

/**
 * An issue's message. valibot reports a key an object lacks with the object's own message; this gives
 * the message the key's schema gives for no value instead, so a field reads "missing" whether it is
 * absent or empty. `root` is the schema the issue's path starts from.
 */
export function issueMessage(issue: v.BaseIssue<unknown>, root: v.GenericSchema): string {
  const path = issue.path ?? [];
  if (path.at(-1)?.origin !== 'key') return issue.message;
  const schema = schemaAt(root, path);
  return (schema && v.safeParse(schema, undefined).issues?.[0].message) ?? issue.message;
}

/** What the walk in schemaAt reads of a schema. */
interface SchemaNode {
  readonly type?: string;
  readonly key?: string;
  readonly options?: readonly SchemaNode[];
  readonly entries?: Readonly<Record<string, SchemaNode>>;
  readonly item?: SchemaNode;
  readonly value?: SchemaNode;
  readonly wrapped?: SchemaNode;
}

/**
 * The schema that checks the value at `path`, following objects, arrays, records, optional fields and
 * variants (by the discriminator the input has); undefined where the path runs through anything else.
 */
function schemaAt(root: v.GenericSchema, path: readonly v.IssuePathItem[]): v.GenericSchema | undefined {
  let node: SchemaNode | undefined = root as SchemaNode;
  for (const item of path) {
    if (node?.type === 'variant') {
      const key: string = node.key ?? '';
      const input = item.input as Record<string, unknown>;
      const options: readonly SchemaNode[] = node.options ?? [];
      node = options.find((o) => o.entries?.[key] && v.is(o.entries[key] as v.GenericSchema, input[key]));
    }
    if (node?.wrapped) node = node.wrapped;
    if (item.type === 'array') node = node?.type === 'array' ? node.item : undefined;
    else if (node?.type === 'record') node = node.value;
    else node = typeof item.key === 'string' && node?.entries ? node.entries[item.key] : undefined;
  }
  return node as v.GenericSchema | undefined;
}
