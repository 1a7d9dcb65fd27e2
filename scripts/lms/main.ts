/**
 * Everything an instructor downloads for an LMS, built from the quiz model: question banks (GIFT,
 * Moodle XML) per chapter and for the course, and SCORM packages. `buildLms` returns the files in
 * memory with the list /instructors shows; the Vite plugin (vite-plugin.ts) emits them into
 * dist/lms/. Run on its own (`npx tsx scripts/lms/main.ts`) it writes them to dist-lms/.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { toGift, toMoodleXml, unsupported, type BankOptions } from './banks';
import { loadExport, type ExportChapter } from './export-model';
import { buildPackages } from './scorm-package';

export interface LmsDownload {
  /** File name under lms/. */
  readonly file: string;
  readonly format: 'gift' | 'moodle-xml' | 'scorm-1.2' | 'scorm-2004';
  /** The chapter's slug, or null for the whole course. */
  readonly chapter: string | null;
  readonly title: string;
  readonly questions: number;
  readonly bytes: number;
}

export interface LmsNotes {
  readonly gift: readonly string[];
  readonly moodle: readonly string[];
}

export interface LmsBuild {
  readonly files: ReadonlyMap<string, Uint8Array>;
  readonly downloads: readonly LmsDownload[];
  readonly notes: LmsNotes;
}

/** The public address the banks link back to, from SITE_URL and BASE_PATH (none when SITE_URL is unset). */
export function courseUrl(env: Record<string, string | undefined>): string | undefined {
  if (!env.SITE_URL) return undefined;
  const base = ('/' + (env.BASE_PATH ?? '/') + '/').replace(/\/+/g, '/');
  return env.SITE_URL.replace(/\/+$/, '') + base.replace(/\/$/, '');
}

export function buildBanks(chapters: readonly ExportChapter[], options: BankOptions): LmsBuild {
  const files = new Map<string, Uint8Array>();
  const downloads: LmsDownload[] = [];
  const text = new TextEncoder();
  const sets: [string | null, string, readonly ExportChapter[]][] = [
    [null, 'the whole course', chapters],
    ...chapters.map((c): [string, string, ExportChapter[]] => [c.slug, c.title, [c]]),
  ];
  for (const [slug, title, set] of sets) {
    const stem = slug ?? 'ring-zero-course';
    const questions = set.reduce((n, c) => n + c.questions.length, 0);
    const gift = text.encode(toGift(set, title, options));
    const xml = text.encode(toMoodleXml(set, title, options));
    const giftSkipped = set.reduce(
      (n, c) => n + c.questions.filter((q) => unsupported.gift.skipped.includes(q.shape)).length,
      0,
    );
    files.set(`${stem}.gift.txt`, gift);
    files.set(`${stem}.moodle.xml`, xml);
    downloads.push(
      { file: `${stem}.moodle.xml`, format: 'moodle-xml', chapter: slug, title, questions, bytes: xml.byteLength },
      {
        file: `${stem}.gift.txt`,
        format: 'gift',
        chapter: slug,
        title,
        questions: questions - giftSkipped,
        bytes: gift.byteLength,
      },
    );
  }
  return { files, downloads, notes: { gift: unsupported.gift.notes, moodle: unsupported.moodle.notes } };
}

export async function buildLms(root: string, env: Record<string, string | undefined> = process.env): Promise<LmsBuild> {
  const chapters = await loadExport(root);
  const siteUrl = courseUrl(env);
  const banks = buildBanks(chapters, { siteUrl });
  const files = new Map(banks.files);
  const downloads: LmsDownload[] = [];
  for (const p of await buildPackages(root, chapters, siteUrl)) {
    files.set(p.file, p.bytes);
    const format = p.edition === '1.2' ? 'scorm-1.2' : 'scorm-2004';
    downloads.push({
      file: p.file,
      format,
      chapter: p.chapter,
      title: p.chapter === null ? 'the whole course' : p.title,
      questions: p.questions,
      bytes: p.bytes.byteLength,
    });
  }
  return { files, downloads: [...downloads, ...banks.downloads], notes: banks.notes };
}

async function main() {
  const started = Date.now();
  const out = path.resolve('dist-lms');
  const { files } = await buildLms(process.cwd());
  await mkdir(out, { recursive: true });
  for (const [name, bytes] of files) await writeFile(path.join(out, name), bytes);
  console.log(`LMS files: ${files.size} written to ${out} in ${Date.now() - started} ms`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(`LMS export failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
