import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { neighbours } from '../app/course';
import { Head } from '../lib/head';
import type { ChapterMeta } from '../model/course';
import { ChapterContext } from './ChapterContext';
import { lessons } from './loaders';
import { mdxComponents } from './mdx-components';
import { References } from './References';

const DiagramPanel = lazy(() => import('../diagram/DiagramPanel'));

function PrevNext({ slug }: { slug: string }) {
  const { prev, next } = neighbours(slug);
  return (
    <nav className="prev-next" aria-label="Previous and next chapter">
      {prev ? (
        <Link to={`/${prev.slug}`} rel="prev" className="prev">
          <span className="prev-next-label">Previous</span>
          {prev.title}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link to={`/${next.slug}`} rel="next" className="next">
          <span className="prev-next-label">Next</span>
          {next.title}
        </Link>
      ) : null}
    </nav>
  );
}

export function LessonPage({ chapter }: { chapter: ChapterMeta }) {
  const Content = lessons[chapter.slug];
  return (
    <ChapterContext.Provider value={chapter}>
      <Head title={chapter.title} description={chapter.summary} path={`/${chapter.slug}`} />
      <div className="lesson-layout">
        <article className="lesson" aria-labelledby="lesson-title">
          <header className="lesson-header">
            <p className="eyebrow">Chapter {chapter.order}</p>
            <h1 id="lesson-title" tabIndex={-1}>
              {chapter.title}
            </h1>
            <p className="lesson-summary">{chapter.summary}</p>
            <section id="objectives" className="objectives" aria-labelledby="objectives-title">
              <h2 id="objectives-title">You will learn to</h2>
              <ul>
                {chapter.objectives.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            </section>
          </header>
          <div className="lesson-body">
            <ErrorBoundary what="This lesson">
              <Suspense fallback={<p className="loading">Loading the lesson…</p>}>
                {Content ? <Content components={mdxComponents} /> : null}
              </Suspense>
            </ErrorBoundary>
          </div>
          <References chapter={chapter} />
          <PrevNext slug={chapter.slug} />
        </article>
        <aside className="lesson-aside" aria-label="Diagram">
          <ErrorBoundary what="The diagram">
            <Suspense fallback={<div className="diagram-placeholder" />}>
              <DiagramPanel chapter={chapter} />
            </Suspense>
          </ErrorBoundary>
        </aside>
      </div>
    </ChapterContext.Provider>
  );
}
