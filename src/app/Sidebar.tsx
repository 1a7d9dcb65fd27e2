import { useMatch } from 'react-router';
import { AppLink } from '../lib/AppLink';
import { useProgress } from '../quiz/progress';
import { chapterStatus, liveAnswers, statusLabel } from '../model/progress';
import { useScore } from '../quiz/useScore';
import type { ChapterSummary } from '../model/course';
import { chapters } from '../lib/course';
import { Toc } from '../lesson/Toc';

function ChapterLink({ chapter, current }: { chapter: ChapterSummary; current: boolean }) {
  const progress = useProgress(chapter.slug);
  const live = liveAnswers(progress, chapter.quiz);
  const finished = Object.keys(live).length === chapter.quiz.length && chapter.quiz.length > 0;
  // The score is graded from the answers and the current key, never read from storage.
  const status = chapterStatus(progress, chapter.quiz, useScore(chapter.slug, live, finished));
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
      {current ? <Toc chapter={chapter} /> : null}
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
