/**
 * The quiz model as the LMS exports see it: every chapter's questions, loaded and validated by the
 * same loader the build uses, and flattened into four shapes the formats can carry (a choice among
 * options, true/false, matching pairs, an ordering). Answers that the app derives from the
 * architecture model (order, match, pick-layer) are derived here the same way.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { getArchitecture } from '../../src/model/architectures';
import { formatContentError, lessonDetails, termIdsIn, type ChapterMeta } from '../../src/model/course';
import { findProduct } from '../../src/model/products';
import { directionWords, inDirection, orderAnswer } from '../../src/model/quiz/kinds/order';
import type { Question, QuestionKind, QuizFile } from '../../src/model/quiz/types';
import type { Architecture } from '../../src/model/types';
import { importTsData, loadCourse } from '../content/load-course';
import type { LessonSource } from './lesson-html';

export interface ExportOption {
  readonly text: string;
  readonly correct: boolean;
  readonly feedback: string;
}

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

export type ExportQuestion = ExportBase &
  (
    | { readonly shape: 'choice'; readonly multiple: boolean; readonly options: readonly ExportOption[] }
    | { readonly shape: 'true-false'; readonly answer: boolean; readonly whyTrue: string; readonly whyFalse: string }
    | {
        readonly shape: 'match';
        readonly pairs: readonly { readonly item: string; readonly answer: string; readonly why: string }[];
        /** Options no item belongs to. */
        readonly distractors: readonly string[];
      }
    | {
        readonly shape: 'order';
        /** The right order, in the direction the prompt asks for. */
        readonly items: readonly string[];
        /** What the first item of the list is ("the hardware" or "the top of the stack"). */
        readonly firstItem: string;
        readonly why: string;
      }
  );

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

export class ExportError extends Error {}

/** A layer's name as an option: its label, with its column(s) when another layer has the same label. */
export function layerName(arch: Architecture, layerId: string): string {
  const layer = arch.layers.find((l) => l.id === layerId);
  if (!layer) throw new ExportError(`"${layerId}" is not a layer of ${arch.id}`);
  const twins = arch.layers.filter((l) => l.label === layer.label);
  if (twins.length < 2) return layer.label;
  const columns = (layer.columns ?? []).map((c) => arch.columns.find((col) => col.id === c)?.label ?? c);
  return `${layer.label} (${columns.join(', ') || 'all columns'})`;
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
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return {
        ...base,
        shape: 'choice',
        multiple: q.kind === 'multiple',
        options: q.choices.map((c) => ({ text: c.text, correct: c.correct, feedback: c.why })),
      };
    case 'true-false':
      return { ...base, shape: 'true-false', answer: q.answer, whyTrue: q.whyTrue, whyFalse: q.whyFalse };
    case 'pick-layer': {
      const arch = getArchitecture(q.architecture);
      return {
        ...base,
        shape: 'choice',
        multiple: false,
        options: arch.layers.map((l) => ({
          text: layerName(arch, l.id),
          correct: l.id === q.answer,
          feedback: l.id === q.answer ? q.whyRight : (q.whyLayer?.[l.id] ?? q.whyWrong),
        })),
      };
    }
    case 'order': {
      const arch = getArchitecture(q.architecture);
      const items = inDirection(orderAnswer(q), q.direction).map((id) => layerName(arch, id));
      return { ...base, shape: 'order', items, firstItem: directionWords[q.direction].first, why: q.why };
    }
    case 'match': {
      const name = (id: string) => getArchitecture(id as Architecture['id']).shortName;
      const pairs = q.products.map((p) => {
        const product = findProduct(p);
        if (!product) throw new ExportError(`"${p}" is not a product in the model`);
        return { item: product.name, answer: name(product.architecture), why: q.why[p] ?? '' };
      });
      const used = new Set(pairs.map((p) => p.answer));
      return { ...base, shape: 'match', pairs, distractors: q.options.map(name).filter((n) => !used.has(n)) };
    }
    default: {
      const unknown: never = q;
      throw new ExportError(`question kind "${(unknown as Question).kind}" cannot be exported`);
    }
  }
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
    const quiz = (await importTsData(quizFile)) as QuizFile;
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
