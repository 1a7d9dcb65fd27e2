import { lazy, memo, Suspense, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { AppLink } from '../lib/AppLink';
import { ErrorBoundary } from '../lib/ErrorBoundary';
import { neighbours } from '../lib/course';
import { Head } from '../lib/head';
import { useHydrated } from '../lib/useHydrated';
import { WhenNear } from '../lib/WhenNear';
import type { ChapterEntry } from '../model/course';
import { loadLesson, useLessonChapter } from './loaders';
import { ReadingTracker } from './ReadingTracker';

const DiagramPanel = lazy(() => import('../diagram/DiagramPanel'));
const LessonBody = lazy(() => import('./LessonBody'));

function PrevNext({ slug }: { slug: string }) {
  const { prev, next } = neighbours(slug);
  return (
    <nav className="prev-next" aria-label="Previous and next chapter">
      {prev ? (
        <AppLink to={`/${prev.slug}`} rel="prev" className="prev">
          <span className="prev-next-label">Previous</span>
          {prev.title}
        </AppLink>
      ) : (
        <span />
      )}
      {next ? (
        <AppLink to={`/${next.slug}`} rel="next" className="next">
          <span className="prev-next-label">Next</span>
          {next.title}
        </AppLink>
      ) : null}
    </nav>
  );
}

/**
 * The side panel loads when it is displayed (wide screens). On narrow screens it is hidden unless the
 * address pins a diagram state (an instructor's link), which opens it at once.
 */
function LessonDiagramPanel({ entry }: { entry: ChapterEntry }) {
  return <DiagramPanel chapter={useLessonChapter(entry)} />;
}

function DiagramAside({ chapter }: { chapter: ChapterEntry }) {
  const [params] = useSearchParams();
  const linked = useHydrated() && (params.has('arch') || params.has('step'));
  return (
    <aside className="lesson-aside" aria-label="Diagram">
      <WhenNear open={linked} margin="0px" fallback={<div className="diagram-placeholder" />}>
        <ErrorBoundary what="The diagram">
          <LessonDiagramPanel entry={chapter} />
        </ErrorBoundary>
      </WhenNear>
    </aside>
  );
}

/**
 * On a narrow screen each diagram sits in the text and loads as it comes near (WhenNear, 200px ahead).
 * A reader who starts scrolling is heading for one: the first scroll fetches the diagram's code, so it
 * is in (or on its way) when the diagram is reached. On the walkthrough's slow 3G this cut the wait
 * after a quick scroll to the first diagram from 2.5–2.9 s to about 1.6 s (scripts/bench-slow3g.ts).
 * A reader who does not scroll, and Lighthouse's first load, fetch nothing more.
 */
function useDiagramCodeOnFirstScroll() {
  useEffect(() => {
    const fetchCode = () => {
      const inline = document.querySelector('.inline-diagram');
      if (inline && inline.getClientRects().length > 0) void import('../diagram/StackDiagram');
    };
    window.addEventListener('scroll', fetchCode, { once: true, passive: true });
    return () => window.removeEventListener('scroll', fetchCode);
  }, []);
}

/**
 * Memoized: the route re-renders on every location change (a hash, a diagram state in the query), and
 * a re-render reaching the lesson's Suspense boundary before its server HTML has hydrated would make
 * React throw that HTML away and render it again (a flash, and a deep dive opened by the hash closes).
 */
export const LessonPage = memo(function LessonPage({ chapter }: { chapter: ChapterEntry }) {
  // Start the lesson's own chunk now, in parallel with LessonBody's code (both are cached).
  void loadLesson(chapter.slug);
  useDiagramCodeOnFirstScroll();
  return (
    <>
      <Head title={chapter.title} description={chapter.summary} path={`/${chapter.slug}`} />
      <div className="lesson-layout">
        <article className="lesson" aria-labelledby="lesson-title">
          <header className="lesson-header">
            <p className="eyebrow">Chapter {chapter.order}</p>
            <h1 id="lesson-title" tabIndex={-1}>
              {chapter.title}
            </h1>
            <p className="lesson-summary">{chapter.summary}</p>
            <p className="lesson-print">
              <AppLink to={`/print/${chapter.slug}`}>Print handout</AppLink>
              {/* Past the whole lesson: a keyboard reader would otherwise tab through every link and control
                  to reach the quiz. Following it focuses the quiz's section (see QuizIsland). */}
              {chapter.questions > 0 ? <a href="#quiz">Skip to the quiz</a> : null}
            </p>
          </header>
          <ErrorBoundary what="This lesson">
            <Suspense fallback={<p className="loading">Loading the lesson…</p>}>
              <LessonBody chapter={chapter} />
            </Suspense>
          </ErrorBoundary>
          <PrevNext slug={chapter.slug} />
        </article>
        <DiagramAside chapter={chapter} />
      </div>
      <Suspense fallback={null}>
        <ReadingTracker entry={chapter} />
      </Suspense>
    </>
  );
});
