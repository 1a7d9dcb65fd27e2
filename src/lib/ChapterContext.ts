import { createContext, useContext } from 'react';
import type { ChapterSummary } from '../model/course';

export const ChapterContext = createContext<ChapterSummary | null>(null);

export function useChapter(): ChapterSummary {
  const chapter = useContext(ChapterContext);
  if (!chapter) throw new Error('useChapter must be used inside a lesson');
  return chapter;
}
