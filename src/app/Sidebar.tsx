import { Suspense } from 'react';
import { useMatch } from 'react-router';
import { AppLink } from '../lib/AppLink';
import { statusLabel } from '../model/progress';
import { useChapterStatus } from '../quiz/fingerprints';
import type { ChapterEntry } from '../model/course';
import { chapters } from '../lib/course';
import { Toc } from '../lesson/Toc';

function ChapterLink({ chapter, current }: { chapter: ChapterEntry; current: boolean }) {
  const status = useChapterStatus(chapter.slug);
  return (
    <li className={current ? 'nav-chapter is-current' : 'nav-chapter'}>
      <AppLink to={`/${chapter.slug}`} aria-current={current ? 'page' : undefined}>
        <span className="nav-order" aria-hidden="true">
          {chapter.order}
        </span>
        <span className="nav-title">{chapter.title}</span>
        <span className={`nav-status status-${status.kind}`} title={statusLabel(status)}>
          <span className="visually-hidden">{statusLabel(status)}</span>
          {status.kind === 'done'
            ? status.correct === null
              ? '✓'
              : `${status.correct}/${status.total}`
            : status.kind === 'in-progress'
              ? '•'
              : ''}
        </span>
      </AppLink>
      {current ? (
        <Suspense fallback={null}>
          <Toc entry={chapter} />
        </Suspense>
      ) : null}
    </li>
  );
}

export function Sidebar({ id }: { id: string }) {
  const match = useMatch('/:slug');
  const currentSlug = match?.params.slug;
  return (
    <nav id={id} className="sidebar" aria-label="Chapters">
      <ol className="nav-list">
        {chapters.map((c) => (
          <ChapterLink key={c.slug} chapter={c} current={c.slug === currentSlug} />
        ))}
      </ol>
      <ul className="nav-extra">
        <li>
          <AppLink to="/compare">Compare designs</AppLink>
        </li>
        <li>
          <AppLink to="/machine">The machine (sandbox)</AppLink>
        </li>
        <li>
          <AppLink to="/glossary">Glossary</AppLink>
        </li>
        <li>
          <AppLink to="/instructors">For instructors</AppLink>
        </li>
      </ul>
    </nav>
  );
}
