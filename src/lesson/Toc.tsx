import type { ChapterEntry } from '../model/course';
import { useActiveSection } from '../lib/useActiveSection';
import { useLessonChapter } from './loaders';

/**
 * The on-page table of contents; the section being read is marked with aria-current. Its sections come
 * with the lesson's chunk (suspends until it is in; the prerendered list stays until then).
 */
export function Toc({ entry }: { entry: ChapterEntry }) {
  const chapter = useLessonChapter(entry);
  const entries = [
    ...chapter.headings,
    { id: 'quiz', text: 'Self-quiz', depth: 2 as const },
    { id: 'references', text: 'References', depth: 2 as const },
  ];
  const active = useActiveSection(entries.map((e) => e.id));
  return (
    <ol className="toc" aria-label={`Sections of ${chapter.title}`}>
      {entries.map((h) => (
        <li key={h.id} className={`toc-depth-${h.depth}`}>
          <a href={`#${h.id}`} aria-current={active === h.id ? 'location' : undefined}>
            {h.text}
          </a>
        </li>
      ))}
    </ol>
  );
}
