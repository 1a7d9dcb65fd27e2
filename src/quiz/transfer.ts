/**
 * Moving progress between devices: a JSON file the learner downloads and imports elsewhere.
 * Imported files are parsed as data (JSON.parse), never evaluated, and checked entry by entry.
 */
import { parseProgress, type ChapterProgress } from './progress';

export const EXPORT_FORMAT = 'ring-zero-progress';
export const EXPORT_VERSION = 1;
/** Real exports are a few kilobytes; anything far larger is not one of ours. */
export const MAX_IMPORT_BYTES = 1_000_000;

export interface ProgressExport {
  readonly format: typeof EXPORT_FORMAT;
  readonly version: typeof EXPORT_VERSION;
  readonly exported: string;
  readonly chapters: Readonly<Record<string, ChapterProgress>>;
}

export function buildExport(chapters: Record<string, ChapterProgress>, now: Date): ProgressExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: now.toISOString(), chapters };
}

export type ImportResult =
  | { readonly ok: true; readonly chapters: Record<string, ChapterProgress>; readonly skipped: string[] }
  | { readonly ok: false; readonly error: string };

/** Read an export; `known` lists the chapter slugs this version of the course has. */
export function parseImport(text: string, known: readonly string[]): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, error: 'This file is too large to be a Ring Zero progress file.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'This file is not a Ring Zero progress file (it is not valid JSON).' };
  }
  const rec = data as Partial<ProgressExport> | null;
  if (typeof rec !== 'object' || rec === null || rec.format !== EXPORT_FORMAT)
    return { ok: false, error: 'This file is not a Ring Zero progress file.' };
  if (rec.version !== EXPORT_VERSION)
    return {
      ok: false,
      error: `This progress file has version ${String(rec.version)}, which this course cannot read.`,
    };
  if (typeof rec.chapters !== 'object' || rec.chapters === null || Array.isArray(rec.chapters))
    return { ok: false, error: 'This progress file has no chapters in it.' };
  const chapters: Record<string, ChapterProgress> = {};
  const skipped: string[] = [];
  for (const [slug, value] of Object.entries(rec.chapters)) {
    const parsed = known.includes(slug) ? parseProgress(JSON.stringify(value)) : null;
    if (parsed) chapters[slug] = parsed;
    else skipped.push(slug);
  }
  if (Object.keys(chapters).length === 0)
    return { ok: false, error: 'This progress file has no answers for any chapter of this course.' };
  return { ok: true, chapters, skipped };
}
