// What the bench's parts (bench.ts, bench-machine.ts, bench-slow3g.ts) share.

/** A served copy of the site: the address of a route ("/", "/privilege-rings"). */
export interface ServedSite {
  url(route: string): string;
}

/** Writes a Markdown table; `textColumns` is how many leading columns hold text (left-aligned). */
export type MarkdownTable = (headings: string[], rows: string[][], textColumns?: number) => string;

/** The median of the finite numbers among `values`; null when there are none. */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = (i: number) => sorted[i] ?? Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
}

/** The first line of an error's message: what a report row shows. */
export function firstLine(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

/** A built JS chunk with its raw, gzip and Brotli (as served) size in bytes. */
export interface ChunkSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  brotliBytes: number;
}

/** The scripts a chapter loaded once scrolled to its end, on one device. */
export interface ChapterScripts {
  bytes: number;
  count: number;
  files: string[];
  embedsMachine: boolean;
}

/** A chapter read to its end on a phone and on a wide screen, or why it could not be measured. */
export type WholeChapter =
  { route: string; phone: ChapterScripts; wide: ChapterScripts; error?: undefined } | { route: string; error: string };
