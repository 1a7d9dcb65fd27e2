/**
 * The sections of the progress file (src/model/progress-file.ts) and what each does on export and
 * import. To save more state across devices, add a section here: a name, what to export, and how to
 * merge an imported value (returning a sentence and an undo).
 */
import { chapters } from '../app/course';
import { describeImport, planQuizImport } from '../model/progress-file';
import { readProgress, updateProgress, type ChapterProgress } from './progress';

export interface SectionImport {
  /** What happened, in a sentence for the learner. */
  readonly summary: string;
  /** Whether anything was written (and so can be undone). */
  readonly changed: boolean;
  readonly undo: () => void;
}

export interface ProgressSection {
  /** The key in the file's `sections` table. */
  readonly name: string;
  /** The value to export, or undefined when there is nothing to save. */
  exportValue(): unknown;
  /** Merge an imported value into this browser's state (never replace it). */
  importValue(value: unknown, now: number): SectionImport;
}

const quizSection: ProgressSection = {
  name: 'quiz',
  exportValue() {
    const all: Record<string, ChapterProgress> = {};
    for (const c of chapters) {
      const p = readProgress(c.slug);
      if (p.updated > 0) all[c.slug] = p;
    }
    return Object.keys(all).length > 0 ? { chapters: all } : undefined;
  },
  importValue(value, now) {
    const plan = planQuizImport(value, readProgress, Object.fromEntries(chapters.map((c) => [c.slug, c.quiz])), now);
    for (const [slug, entries] of Object.entries(plan.changes)) updateProgress(slug, { answers: entries });
    return {
      summary: describeImport(plan),
      changed: plan.added > 0,
      undo: () => {
        const at = Date.now();
        for (const [slug, entries] of Object.entries(plan.undo))
          updateProgress(slug, {
            answers: Object.fromEntries(
              Object.entries(entries).map(([id, e]) => [id, { ...e, at: Math.max(e.at, at) }]),
            ),
          });
      },
    };
  },
};

/** Every section of the progress file this build reads and writes. */
export const progressSections: readonly ProgressSection[] = [quizSection];
