/**
 * Build-time loader: discovers chapters in content/, checks everything a learner could trip over
 * (frontmatter, quiz, glossary terms, citations, diagram states, internal links) and returns the
 * course metadata the app is built from. Errors name the file and the field.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { architectures, isArchitectureId } from '../../src/model/architectures';
import { checkBibliography, type Source } from '../../src/model/bibliography';
import { checkChapterSet, formatContentError, type ChapterMeta, type ContentError } from '../../src/model/course';
import { parseFrontmatter } from '../../src/model/frontmatter';
import { checkGlossary, type GlossaryEntry } from '../../src/model/glossary';
import { checkTagProps } from '../../src/model/lesson-tags';
import { parseProgram } from '../../src/model/machine/isa';
import { FIXED_PAGES, pages } from '../../src/model/pages';
import { legacyQuestionHash, questionHash } from '../../src/model/quiz/question-hash';
import { modelContext, validateQuiz } from '../../src/model/quiz/validate';
import { deriveQuiz } from '../../src/model/quiz/derive';
import type { Quiz } from '../../src/model/quiz/types';
import type { SearchDoc } from '../../src/model/search';
import { parseLesson, type ParsedLesson } from './parse-mdx';

interface CourseData {
  readonly chapters: ChapterMeta[];
  readonly glossary: GlossaryEntry[];
}

export interface LoadResult {
  readonly course: CourseData;
  readonly errors: ContentError[];
  /** Files the result depends on, for the dev server to watch. */
  readonly files: string[];
  /** Every section, glossary entry and quiz prompt, for the search index. */
  readonly searchDocs: SearchDoc[];
}

/** Anchors every lesson page renders on its own. */
const LESSON_ANCHORS = ['objectives', 'quiz', 'references', 'main'] as const;

/** Import a TypeScript data module (a quiz or the glossary) without a bundler's dev server. */
async function importTsData(file: string): Promise<unknown> {
  const out = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
  });
  const code = out.outputFiles[0]?.text ?? '';
  const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
    default?: unknown;
  };
  return mod.default;
}

/**
 * A quiz file as the course loads it: imported, with the answers the build derives filled in (`quiz`),
 * and as its author wrote it (`authored`, what validateQuiz checks).
 */
export async function loadQuizData(
  file: string,
  name = file,
): Promise<{ authored: unknown; quiz: unknown; errors: ContentError[] }> {
  const authored = await importTsData(file);
  return { authored, ...deriveQuiz(name, authored) };
}

function rel(root: string, file: string): string {
  return '/' + path.relative(root, file).split(path.sep).join('/');
}

/** content/bibliography.ts, when the course has one: every source once, cited by key. */
async function loadBibliography(
  root: string,
  errors: ContentError[],
  files: string[],
): Promise<ReadonlyMap<string, Source>> {
  const abs = path.join(root, 'content', 'bibliography.ts');
  if (!existsSync(abs)) return new Map();
  files.push(abs);
  const checked = checkBibliography(rel(root, abs), await importTsData(abs).catch((e: Error) => e.message));
  errors.push(...checked.errors);
  return checked.sources;
}

export async function loadCourse(root: string): Promise<LoadResult> {
  const contentDir = path.join(root, 'content');
  const names = (await readdir(contentDir)).sort();
  const errors: ContentError[] = [];
  const files: string[] = [];
  const lessons: { meta: Omit<ChapterMeta, 'quiz'>; parsed: ParsedLesson; quizFile: string }[] = [];
  const sources = await loadBibliography(root, errors, files);

  for (const name of names.filter((n) => n.endsWith('.mdx'))) {
    const abs = path.join(contentDir, name);
    files.push(abs);
    const file = rel(root, abs);
    const parsed = parseLesson(await readFile(abs, 'utf8'));
    if (parsed.frontmatterError) {
      errors.push({ file, field: 'frontmatter', message: `is not valid YAML: ${parsed.frontmatterError}` });
      continue;
    }
    const fm = parseFrontmatter(file, parsed.frontmatter, sources);
    if (!fm.ok) {
      errors.push(...fm.errors);
      continue;
    }
    const tagsNamed = (n: string) => parsed.tags.filter((t) => t.name === n);
    lessons.push({
      parsed,
      quizFile: abs.replace(/\.mdx$/, '.quiz.ts'),
      meta: {
        ...fm.value,
        file,
        headings: parsed.headings,
        deepDives: tagsNamed('DeepDive').map((t) => ({
          id: String(t.attributes.id ?? ''),
          title: String(t.attributes.title ?? ''),
        })),
        diagrams: tagsNamed('StackDiagram')
          .filter((t) => isArchitectureId(t.attributes.arch))
          .map((t) => ({
            section: t.section,
            arch: t.attributes.arch as ChapterMeta['diagrams'][number]['arch'],
            // Authors count steps from 1, as the caption does (src/model/step.ts).
            step: typeof t.attributes.step === 'number' ? t.attributes.step - 1 : null,
          })),
      },
    });
  }
  errors.push(...checkChapterSet(lessons.map((l) => l.meta)));

  const glossaryFile = path.join(contentDir, 'glossary.ts');
  files.push(glossaryFile);
  const glossary = checkGlossary(
    '/content/glossary.ts',
    await importTsData(glossaryFile).catch((e: Error) => e.message),
  );
  errors.push(...glossary.errors);
  const glossaryIds = new Set(glossary.entries.map((g) => g.id));

  const chapters: ChapterMeta[] = [];
  for (const { meta, parsed, quizFile } of lessons) {
    files.push(quizFile);
    const file = meta.file;
    const sectionIds = new Set(meta.headings.map((h) => h.id));
    let quiz: Quiz | undefined;
    try {
      const loaded = await loadQuizData(quizFile, rel(root, quizFile));
      quiz = loaded.quiz as Quiz;
      errors.push(...loaded.errors, ...validateQuiz(rel(root, quizFile), loaded.authored, modelContext(sectionIds)));
    } catch (e) {
      errors.push({
        file: rel(root, quizFile),
        field: 'file',
        message: `cannot be loaded: ${(e as Error).message.split('\n')[0]}`,
      });
    }
    const questions = Array.isArray(quiz?.questions) ? quiz.questions : [];
    chapters.push({
      ...meta,
      quiz: questions.map((q) => ({
        id: q.id,
        hash: questionHash(q),
        legacy: legacyQuestionHash(q),
        prompt: q.prompt,
        section: q.section,
      })),
    });
    errors.push(...checkLessonTags(file, meta, parsed, glossaryIds));
  }
  chapters.sort((a, b) => a.order - b.order);
  const course = { chapters, glossary: glossary.entries };
  for (const c of chapters) for (const l of lessonsOf(c, lessons)) errors.push(...checkLinks(c.file, l, course));
  glossary.entries.forEach((g, i) => {
    if (g.see)
      errors.push(...checkLinks('/content/glossary.ts', [{ url: g.see, line: i }], course, `[${i}] (${g.id}).see`));
  });
  return { course, errors, files, searchDocs: searchDocuments(course, lessons) };
}

function searchDocuments(course: CourseData, lessons: { meta: { file: string }; parsed: ParsedLesson }[]): SearchDoc[] {
  const docs: SearchDoc[] = [];
  const searched = new Set<string>(pages.filter((p) => p.search).map((p) => p.kind));
  for (const c of searched.has('chapter') ? course.chapters : []) {
    const parsed = lessons.find((l) => l.meta.file === c.file)?.parsed;
    for (const s of parsed?.sections ?? []) {
      const text = s.id === null ? `${c.summary} ${s.text}` : s.text;
      docs.push({
        id: `${c.slug}#${s.id ?? ''}`,
        kind: 'section',
        chapter: c.title,
        title: s.title ?? c.title,
        href: s.id ? `/${c.slug}/#${s.id}` : `/${c.slug}/`,
        text,
      });
    }
    for (const q of c.quiz)
      docs.push({
        id: `${c.slug}#q-${q.id}`,
        kind: 'quiz',
        chapter: c.title,
        title: 'Quiz question',
        href: `/${c.slug}/#q-${q.id}`,
        text: q.prompt,
      });
  }
  for (const g of searched.has('glossary') ? course.glossary : [])
    docs.push({
      id: `glossary#${g.id}`,
      kind: 'glossary',
      chapter: 'Glossary',
      title: g.term,
      href: `/glossary/#${g.id}`,
      text: `${g.short} ${g.long}`,
    });
  return docs;
}

function lessonsOf(c: ChapterMeta, lessons: { meta: { file: string }; parsed: ParsedLesson }[]) {
  return [lessons.find((l) => l.meta.file === c.file)?.parsed.links ?? []];
}

function checkLessonTags(
  file: string,
  meta: Omit<ChapterMeta, 'quiz'>,
  parsed: ParsedLesson,
  glossaryIds: ReadonlySet<string>,
): ContentError[] {
  const errors: ContentError[] = [];
  const err = (field: string, message: string) => errors.push({ file, field, message });
  const refIds = new Set(meta.references.map((r) => r.id));
  const cited = new Set<string>();
  const headingIds = new Set(meta.headings.map((h) => h.id));
  if (!headingIds.has('recap')) err('## Recap', 'missing: end the lesson with a "## Recap" section');
  if (!parsed.tags.some((t) => t.name === 'Quiz')) err('<Quiz />', 'missing: the lesson must place its self-quiz');
  const deepDiveIds = new Set<string>();
  for (const t of parsed.tags) {
    // Lower-case names are HTML elements; a capitalised one must be a tag of src/model/lesson-tags.ts.
    if (!/^[A-Z]/.test(t.name)) continue;
    const at = `line ${t.line} <${t.name}>`;
    for (const problem of checkTagProps(t.name, t.attributes)) err(at, problem);
    const { id, arch: archId, step, program } = t.attributes;
    switch (t.name) {
      case 'Term':
        if (typeof id === 'string' && !glossaryIds.has(id)) err(at, `glossary term "${id}" does not exist`);
        break;
      case 'Cite':
        if (typeof id !== 'string') break;
        if (!refIds.has(id)) err(at, `reference "${id}" is not in this chapter's references`);
        cited.add(id);
        break;
      case 'DeepDive':
        if (typeof id !== 'string') break;
        if (deepDiveIds.has(id) || headingIds.has(id)) err(at, `id "${id}" is already used on this page`);
        deepDiveIds.add(id);
        break;
      case 'StackDiagram': {
        const arch = architectures.find((a) => a.id === archId);
        if (arch && typeof step === 'number' && step > arch.path.steps.length)
          err(at, `step ${step} is outside ${arch.id}'s trace (1 to ${arch.path.steps.length})`);
        break;
      }
      case 'Machine': {
        const parsedProgram = typeof program === 'string' ? parseProgram(program.trim()) : null;
        if (parsedProgram && !parsedProgram.ok)
          for (const e of parsedProgram.errors) err(at, `program line ${e.line}: ${e.message}`);
        break;
      }
      default:
        break;
    }
  }
  for (const id of refIds) if (!cited.has(id)) err(`references (${id})`, 'is never cited with <Cite id="…" />');
  return errors;
}

/** Every root-relative link must name a page that exists, and its hash an anchor on that page. */
function checkLinks(
  file: string,
  links: readonly { url: string; line: number }[],
  course: CourseData,
  field?: string,
): ContentError[] {
  const errors: ContentError[] = [];
  for (const { url, line } of links) {
    if (!url.startsWith('/')) continue;
    const [pathname = '', hash] = url.split('#');
    const slug = pathname.replace(/^\/|\/$/g, '');
    const where = field ?? `line ${line} link ${url}`;
    const chapter = course.chapters.find((c) => c.slug === slug);
    if (chapter) {
      const anchors = new Set<string>([
        ...LESSON_ANCHORS,
        ...chapter.headings.map((h) => h.id),
        ...chapter.deepDives.map((d) => d.id),
        ...chapter.quiz.map((q) => `q-${q.id}`),
      ]);
      if (hash && !anchors.has(hash))
        errors.push({ file, field: where, message: `"#${hash}" is not a section of ${slug}` });
    } else if (slug === 'glossary') {
      if (hash && !course.glossary.some((g) => g.id === hash))
        errors.push({ file, field: where, message: `"${hash}" is not a glossary term` });
    } else if (!FIXED_PAGES.includes(slug)) {
      errors.push({ file, field: where, message: `"/${slug}" is not a page of the course` });
    }
  }
  return errors;
}

/** For the command line: print problems and exit non-zero if there are any. */
export async function main(root = process.cwd()): Promise<void> {
  const { course, errors } = await loadCourse(root);
  if (errors.length > 0) {
    console.error(
      `Content check failed with ${errors.length} problem(s):\n` +
        errors.map((e) => '  ' + formatContentError(e)).join('\n'),
    );
    process.exitCode = 1;
    return;
  }
  console.log(
    `Content OK: ${course.chapters.length} chapters, ${course.glossary.length} glossary terms, ${course.chapters.reduce((n, c) => n + c.quiz.length, 0)} quiz questions.`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
