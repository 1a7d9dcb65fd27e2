import { createContext, useContext } from 'react';
import type { LessonDetails } from '../model/course';

/** Objectives, references and glossary terms of the lesson on screen (from its own chunk). */
export const LessonDetailsContext = createContext<LessonDetails | null>(null);

export function useLessonDetails(): LessonDetails | null {
  return useContext(LessonDetailsContext);
}
