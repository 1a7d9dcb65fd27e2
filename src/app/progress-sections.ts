/**
 * Every section of the progress file this build exports and imports (src/model/progress-file.ts).
 * To carry more saved state across devices, write a ProgressSection beside the store that keeps that
 * state (a name, what to export, how to say what it holds, and how to merge an imported value with a
 * one-step undo) and add it here. Files from older builds simply lack the section; newer files' unknown
 * sections are skipped.
 */
import { readingSection } from '../lesson/reading-store';
import { levelSection } from '../machine/level-store';
import type { ProgressSection } from '../model/progress-file';
import { quizSection } from '../quiz/transfer';

export const progressSections: readonly ProgressSection[] = [quizSection, levelSection, readingSection];
