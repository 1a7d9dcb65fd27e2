import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { LessonPage } from '../lesson/LessonPage';
import { pages, type PageKind } from '../model/pages';
import { chapterBySlug } from '../lib/course';
import { ErrorBoundary } from '../lib/ErrorBoundary';
import { Layout } from './Layout';
import { useLinkRouting } from './useLinkRouting';

const HomePage = lazy(() => import('./HomePage').then((m) => ({ default: m.HomePage })));
const GlossaryPage = lazy(() => import('./GlossaryPage'));
const ComparePage = lazy(() => import('../diagram/ComparePage'));
const InstructorsPage = lazy(() => import('./InstructorsPage'));
const EmbedPage = lazy(() => import('../diagram/EmbedPage'));
const PrintPage = lazy(() => import('../lesson/PrintPage'));
const MachinePage = lazy(() => import('../machine/MachinePage'));
const NotFoundView = lazy(() => import('./NotFound').then((m) => ({ default: m.NotFound })));

function Page({ what, children }: { what: string; children: ReactNode }) {
  return (
    <ErrorBoundary what={what}>
      <Suspense fallback={<p className="loading">Loading…</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

/** A missing page's view loads only when a page is missing (its suggestions weigh every page's name). */
function NotFound() {
  return (
    <Page what="This page">
      <NotFoundView />
    </Page>
  );
}

function ChapterRoute() {
  const { slug } = useParams();
  const chapter = chapterBySlug(slug);
  return chapter ? <LessonPage key={chapter.slug} chapter={chapter} /> : <NotFound />;
}

function PrintRoute({ answers }: { answers: boolean }) {
  const { slug } = useParams();
  const chapter = chapterBySlug(slug);
  return chapter ? <PrintPage chapter={chapter} answers={answers} /> : <NotFound />;
}

/** The view of each kind of page in src/model/pages.ts (which says where each one lives). */
const views: Record<PageKind, ReactNode> = {
  home: (
    <Page what="The home page">
      <HomePage />
    </Page>
  ),
  glossary: (
    <Page what="The glossary">
      <GlossaryPage />
    </Page>
  ),
  compare: (
    <Page what="The compare view">
      <ComparePage />
    </Page>
  ),
  instructors: (
    <Page what="The instructors' page">
      <InstructorsPage />
    </Page>
  ),
  machine: (
    <Page what="The machine">
      <MachinePage />
    </Page>
  ),
  chapter: <ChapterRoute />,
  embed: (
    <Page what="This diagram">
      <EmbedPage />
    </Page>
  ),
  print: (
    <Page what="The handout">
      <PrintRoute answers={false} />
    </Page>
  ),
  'print-answers': (
    <Page what="The answer key">
      <PrintRoute answers />
    </Page>
  ),
};

function routes(layout: boolean) {
  return pages
    .filter((p) => p.layout === layout)
    .map((p) =>
      p.pattern === '' ? (
        <Route key={p.kind} index element={views[p.kind]} />
      ) : (
        <Route key={p.kind} path={p.pattern} element={views[p.kind]} />
      ),
    );
}

export function App() {
  useLinkRouting();
  useEffect(() => {
    // Lets tests (and curious learners) know the page is interactive.
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <Routes>
      <Route element={<Layout />}>
        {routes(true)}
        <Route path="*" element={<NotFound />} />
      </Route>
      {routes(false)}
    </Routes>
  );
}
