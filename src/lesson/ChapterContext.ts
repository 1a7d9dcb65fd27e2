import { createContext, useContext } from 'react';
import type { ChapterMeta } from '../model/course';

export const ChapterContext = createContext<ChapterMeta | null>(null);

export function useChapter(): ChapterMeta {
  const chapter = useContext(ChapterContext);
  if (!chapter) throw new Error('useChapter must be used inside a lesson');
  return chapter;
}
