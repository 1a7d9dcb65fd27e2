/** The quiz's section of the progress file (src/model/progress-file.ts): every chapter's saved answers. */
import { fingerprints } from 'virtual:quiz-fingerprints';
import { chapters } from '../lib/course';
import type { QuestionFingerprint } from '../model/course';
import { describeImport, planQuizImport, type ProgressSection } from '../model/progress-file';
import { readProgress, updateProgress, type ChapterProgress } from './progress';

export const quizSection: ProgressSection = {
  name: 'quiz',
  exportValue() {
    const all: Record<string, ChapterProgress> = {};
    for (const c of chapters) {
      const p = readProgress(c.slug);
      if (p.updated > 0) all[c.slug] = p;
    }
    return Object.keys(all).length > 0 ? { chapters: all } : undefined;
  },
  describeExport(value) {
    const n = Object.keys((value as { chapters: object }).chapters).length;
    return `quiz answers for ${n} ${n === 1 ? 'chapter' : 'chapters'}`;
  },
  importValue(value, now) {
    const plan = planQuizImport(
      value,
      readProgress,
      fingerprints as Readonly<Record<string, readonly QuestionFingerprint[]>>,
      now,
    );
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
