/**
 * The quiz model as the LMS exports see it: every chapter's questions, loaded and validated by the
 * same loader the build uses, and flattened into four shapes the formats can carry (a choice among
 * options, true/false, matching pairs, an ordering): each kind's own export in the registry
 * (src/model/quiz/kinds) derives its answers from the model the same way the app does.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatContentError, lessonDetails, termIdsIn, type ChapterMeta } from '../../src/model/course';
import { ExportError, type ExportBody } from '../../src/model/quiz/export-shape';
import { buildOf } from '../../src/model/quiz/kinds';
import type { Question, QuestionKind, Quiz } from '../../src/model/quiz/types';
import { loadCourse, loadQuizData } from '../content/load-course';
import type { LessonSource } from './lesson-html';

interface ExportBase {
  /** Unique in the course: `<chapter slug>/<question id>`. */
  readonly key: string;
  readonly id: string;
  /** The question kind in the course (what the learner sees on the site). */
  readonly source: QuestionKind;
  readonly prompt: string;
  /** Where the question is taught: a root-relative path with the section hash. */
  readonly sectionPath: string;
  readonly sectionTitle: string;
}

export type ExportQuestion = ExportBase & ExportBody;

export interface ExportChapter {
  readonly slug: string;
  readonly order: number;
  readonly title: string;
  readonly summary: string;
  readonly questions: readonly ExportQuestion[];
}

/** A chapter with what its SCORM page needs besides the questions: the lesson source and its details. */
export interface LoadedChapter extends ExportChapter {
  readonly lesson: LessonSource;
}

export function exportQuestion(chapter: Pick<ChapterMeta, 'slug' | 'headings'>, q: Question): ExportQuestion {
  const heading = chapter.headings.find((h) => h.id === q.section);
  if (!heading) throw new ExportError(`section "${q.section}" is not a heading of ${chapter.slug}`);
  const base: ExportBase = {
    key: `${chapter.slug}/${q.id}`,
    id: q.id,
    source: q.kind,
    prompt: q.prompt,
    sectionPath: `/${chapter.slug}#${q.section}`,
    sectionTitle: heading.text,
  };
  return { ...base, ...buildOf(q).export(q) };
}

/** Load the course from `root` and export every chapter; throws one message naming every problem. */
export async function loadExport(root: string): Promise<LoadedChapter[]> {
  const { course, errors } = await loadCourse(root);
  if (errors.length > 0)
    throw new ExportError(`content check failed:\n${errors.map((e) => '  ' + formatContentError(e)).join('\n')}`);
  const problems: string[] = [];
  const chapters: LoadedChapter[] = [];
  for (const c of course.chapters) {
    const quizFile = path.join(root, c.file.replace(/\.mdx$/, '.quiz.ts'));
    const quiz = (await loadQuizData(quizFile)).quiz as Quiz;
    const questions: ExportQuestion[] = [];
    for (const q of quiz.questions) {
      try {
        questions.push(exportQuestion(c, q));
      } catch (e) {
        problems.push(`${c.file.replace(/\.mdx$/, '.quiz.ts')} question "${q.id}": ${(e as Error).message}`);
      }
    }
    const mdx = await readFile(path.join(root, c.file), 'utf8');
    const details = lessonDetails(c, termIdsIn(mdx), course.glossary);
    chapters.push({
      slug: c.slug,
      order: c.order,
      title: c.title,
      summary: c.summary,
      questions,
      lesson: { slug: c.slug, title: c.title, mdx, ...details },
    });
  }
  if (problems.length > 0) throw new ExportError(`cannot export these questions:\n  ${problems.join('\n  ')}`);
  return chapters;
}
