import type { ChapterSummary } from '../model/course';
import { useActiveSection } from '../lib/useActiveSection';

/** The on-page table of contents; the section being read is marked with aria-current. */
export function Toc({ chapter }: { chapter: ChapterSummary }) {
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
