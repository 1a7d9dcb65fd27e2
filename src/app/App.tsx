import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Route, Routes, useParams } from 'react-router';
import { LessonPage } from '../lesson/LessonPage';
import { chapterBySlug } from './course';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { useLinkRouting } from './useLinkRouting';

const HomePage = lazy(() => import('./HomePage').then((m) => ({ default: m.HomePage })));
const GlossaryPage = lazy(() => import('./GlossaryPage'));
const ComparePage = lazy(() => import('../diagram/ComparePage'));
const InstructorsPage = lazy(() => import('./InstructorsPage'));
const EmbedPage = lazy(() => import('../diagram/EmbedPage'));
const PrintPage = lazy(() => import('../lesson/PrintPage'));

function Page({ what, children }: { what: string; children: ReactNode }) {
  return (
    <ErrorBoundary what={what}>
      <Suspense fallback={<p className="loading">Loading…</p>}>{children}</Suspense>
    </ErrorBoundary>
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

export function App() {
  useLinkRouting();
  useEffect(() => {
    // Lets tests (and curious learners) know the page is interactive.
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route
          index
          element={
            <Page what="The home page">
              <HomePage />
            </Page>
          }
        />
        <Route
          path="glossary"
          element={
            <Page what="The glossary">
              <GlossaryPage />
            </Page>
          }
        />
        <Route
          path="compare"
          element={
            <Page what="The compare view">
              <ComparePage />
            </Page>
          }
        />
        <Route
          path="instructors"
          element={
            <Page what="The instructors' page">
              <InstructorsPage />
            </Page>
          }
        />
        <Route path=":slug" element={<ChapterRoute />} />
        <Route path="*" element={<NotFound />} />
      </Route>
      <Route
        path="embed/:arch"
        element={
          <Page what="This diagram">
            <EmbedPage />
          </Page>
        }
      />
      <Route
        path="print/:slug"
        element={
          <Page what="The handout">
            <PrintRoute answers={false} />
          </Page>
        }
      />
      <Route
        path="print/:slug/answers"
        element={
          <Page what="The answer key">
            <PrintRoute answers />
          </Page>
        }
      />
    </Routes>
  );
}
