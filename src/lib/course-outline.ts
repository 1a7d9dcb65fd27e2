import * as course from 'virtual:course-outline';
import { NO_OUTLINE, type ChapterOutline, type ChapterSummary } from '../model/course';
import { chapters } from './course';

const outlines = course.outlines as Readonly<Record<string, ChapterOutline>>;

/**
 * Every chapter with its outline (sections, deep dives, diagrams), for the pages that need all of them
 * (the home page's "continue" card, the embed page). Not in the main bundle: a lesson page takes its
 * own chapter's outline from its lesson chunk (useLessonChapter).
 */
export const chaptersWithOutline: readonly ChapterSummary[] = chapters.map((c) => ({
  ...c,
  ...(outlines[c.slug] ?? NO_OUTLINE),
}));
