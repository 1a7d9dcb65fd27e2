import * as details from 'virtual:course-details';
import type { ChapterMeta } from '../model/course';

/**
 * Everything about every chapter, including objectives, references and quiz prompts. Only the
 * instructors' page imports this; lessons carry their own details and other pages need only summaries.
 */
export const fullChapters = details.chapters as readonly ChapterMeta[];
