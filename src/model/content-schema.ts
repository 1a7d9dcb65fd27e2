/**
 * Helpers the content schemas share (src/model/frontmatter.ts, src/model/glossary.ts), so that a field
 * reads the same in every file type and an error names the field as the author wrote it.
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
 * absent or empty.
 */
export function issueMessage(issue: v.BaseIssue<unknown>, entries: Readonly<Record<string, v.GenericSchema>>): string {
  const last = issue.path?.at(-1);
  if (last?.origin !== 'key' || typeof last.key !== 'string' || !Object.hasOwn(entries, last.key)) return issue.message;
  return v.safeParse(entries[last.key] as v.GenericSchema, undefined).issues?.[0].message ?? issue.message;
}
