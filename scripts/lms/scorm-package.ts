/**
 * SCORM packages: for each chapter and for the whole course, in SCORM 1.2 and SCORM 2004 4th edition.
 * A package holds imsmanifest.xml, one page per chapter (<slug>/index.html: the lesson and its quiz,
 * prerendered), and shared/ (the quiz and LMS script, the stylesheet). Nothing is fetched from outside
 * the package. Zips are deterministic: files in name order, one fixed time stamp.
 */
import { build } from 'esbuild';
import { zipSync, type Zippable } from 'fflate';
import { escapeXml } from './banks';
import type { ExportChapter } from './export-model';
import { renderLesson, type LessonSource } from './lesson-html';

type ScormEdition = '1.2' | '2004';
export interface PackageChapter extends ExportChapter {
  readonly lesson: LessonSource;
}

/** Every entry's time stamp (a zip stores local time, so build it from local fields). */
const ZIP_TIME = new Date(2026, 0, 1, 0, 0, 0);
const SHARED = ['shared/rz-scorm.js', 'shared/style.css'] as const;

const STYLE = `:root{color-scheme:light dark;--fg:#1d1d1f;--bg:#fff;--muted:#555;--line:#c8c8cc;--accent:#0b57d0;--ok:#146c2e;--bad:#a4262c}
@media (prefers-color-scheme:dark){:root{--fg:#ececf1;--bg:#16171b;--muted:#b4b4bc;--line:#44454c;--accent:#8ab4f8;--ok:#7bd88f;--bad:#ff8a80}}
body{margin:0;font:1.05rem/1.6 system-ui,sans-serif;color:var(--fg);background:var(--bg)}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 4rem}a{color:var(--accent)}
.kicker{color:var(--muted);margin:0}.intro{font-size:1.12rem}
.block,figure.stack{border:1px solid var(--line);border-radius:.5rem;padding:.5rem 1rem;margin:1rem 0}
table{border-collapse:collapse;font-size:.92rem}th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
abbr{text-decoration:underline dotted}
.question{border-top:1px solid var(--line);padding:1rem 0}fieldset{border:0;padding:0;margin:0}legend{font-weight:600;margin-bottom:.5rem}
.option{display:flex;gap:.6rem;align-items:center;min-height:2.75rem}.option input{width:1.25rem;height:1.25rem;margin:0}select,button{font:inherit;min-height:2.75rem}button{padding:.25rem 1rem;margin:.5rem .25rem 0 0}
ol.order li{margin:.25rem 0}ol.order button{min-width:2.75rem;padding:0}
.feedback p{margin:.35rem 0}.lms-status{padding:.5rem 1rem;border-left:4px solid var(--accent);background:color-mix(in srgb,var(--accent) 10%,transparent)}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
@media (prefers-reduced-motion:reduce){*{scroll-behavior:auto!important}}`;

/** The packaged page's script: scripts/lms/runtime/, bundled once per build. */
async function bundleRuntime(root: string): Promise<string> {
  const out = await build({
    entryPoints: [`${root}/scripts/lms/runtime/main.ts`],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return out.outputFiles[0]?.text ?? '';
}

function page(c: PackageChapter, lessonHtml: string): string {
  const data = JSON.stringify(c.questions).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${escapeXml(c.title)} · Ring Zero</title>
<link rel="stylesheet" href="../shared/style.css" />
</head>
<body>
<main>
<p class="kicker">Ring Zero · Chapter ${c.order}</p>
<h1>${escapeXml(c.title)}</h1>
${lessonHtml}
</main>
<script type="application/json" id="quiz-data">${data}</script>
<script src="../shared/rz-scorm.js"></script>
</body>
</html>
`;
}

interface ManifestItem {
  readonly slug: string;
  readonly title: string;
}

/** imsmanifest.xml: one SCO per chapter, the shared files as an asset every SCO depends on. */
function manifest(edition: ScormEdition, id: string, title: string, items: readonly ManifestItem[]): string {
  const v12 = edition === '1.2';
  const scormType = v12 ? 'adlcp:scormtype' : 'adlcp:scormType';
  const head = v12
    ? `<manifest identifier="${id}" version="1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">`
    : `<manifest identifier="${id}" version="1" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3" xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3" xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3" xmlns:imsss="http://www.imsglobal.org/xsd/imsss" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">`;
  const schemaVersion = v12 ? '1.2' : '2004 4th Edition';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    head,
    `  <metadata><schema>ADL SCORM</schema><schemaversion>${schemaVersion}</schemaversion></metadata>`,
    `  <organizations default="ring-zero-org">`,
    `    <organization identifier="ring-zero-org">`,
    `      <title>${escapeXml(title)}</title>`,
    ...items.map(
      (it) =>
        `      <item identifier="item-${it.slug}" identifierref="sco-${it.slug}"><title>${escapeXml(it.title)}</title></item>`,
    ),
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...items.flatMap((it) => [
      `    <resource identifier="sco-${it.slug}" type="webcontent" ${scormType}="sco" href="${it.slug}/index.html">`,
      `      <file href="${it.slug}/index.html" />`,
      '      <dependency identifierref="shared" />',
      '    </resource>',
    ]),
    `    <resource identifier="shared" type="webcontent" ${scormType}="asset">`,
    ...SHARED.map((f) => `      <file href="${f}" />`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ];
  return lines.join('\n');
}

/** The files of a package (name → bytes), before zipping. */
function packageFiles(
  edition: ScormEdition,
  id: string,
  title: string,
  chapters: readonly { chapter: PackageChapter; html: string }[],
  runtime: string,
): Map<string, Uint8Array> {
  const text = new TextEncoder();
  const files = new Map<string, Uint8Array>();
  files.set(
    'imsmanifest.xml',
    text.encode(
      manifest(
        edition,
        id,
        title,
        chapters.map(({ chapter }) => chapter),
      ),
    ),
  );
  for (const { chapter, html } of chapters) files.set(`${chapter.slug}/index.html`, text.encode(page(chapter, html)));
  files.set('shared/rz-scorm.js', text.encode(runtime));
  files.set('shared/style.css', text.encode(STYLE));
  return files;
}

function zipFiles(files: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const tree: Zippable = {};
  for (const name of [...files.keys()].sort()) tree[name] = [files.get(name)!, { mtime: ZIP_TIME, level: 9 }];
  return zipSync(tree);
}

export interface BuiltPackage {
  readonly file: string;
  readonly edition: ScormEdition;
  readonly chapter: string | null;
  readonly title: string;
  readonly questions: number;
  readonly bytes: Uint8Array;
}

/** Every package: the course, then each chapter, each in both editions. */
export async function buildPackages(
  root: string,
  chapters: readonly PackageChapter[],
  siteUrl: string | undefined,
): Promise<BuiltPackage[]> {
  const runtime = await bundleRuntime(root);
  const rendered = await Promise.all(
    chapters.map(async (chapter) => ({ chapter, html: await renderLesson(chapter.lesson, siteUrl) })),
  );
  const sets: [string | null, string, typeof rendered][] = [
    [null, 'Ring Zero: the whole course', rendered],
    ...rendered.map((r): [string, string, typeof rendered] => [r.chapter.slug, r.chapter.title, [r]]),
  ];
  const out: BuiltPackage[] = [];
  for (const [slug, title, set] of sets)
    for (const edition of ['1.2', '2004'] as const) {
      const stem = slug ?? 'ring-zero-course';
      const id = `ring-zero-${stem}-scorm${edition.replace('.', '')}`;
      out.push({
        file: `${stem}.scorm${edition === '1.2' ? '12' : '2004'}.zip`,
        edition,
        chapter: slug,
        title,
        questions: set.reduce((n, r) => n + r.chapter.questions.length, 0),
        bytes: zipFiles(packageFiles(edition, id, title, set, runtime)),
      });
    }
  return out;
}
