import { lazy, type ComponentPropsWithoutRef, type ComponentType, type ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import { useLocation, useSearchParams } from 'react-router';
import { AppLink } from '../lib/AppLink';
import { ErrorBoundary } from '../lib/ErrorBoundary';
import { useHydrated } from '../lib/useHydrated';
import { WhenNear } from '../lib/WhenNear';
import type { LessonTag, LessonTagProps } from '../model/lesson-tags';
import type { ArchitectureId } from '../model/types';
import { Cite, DeepDive, Intro, Note, Pitfall, Term } from './blocks';
import { Heading } from './HeadingAnchor';

const StackDiagram = lazy(() => import('../diagram/StackDiagram'));
const CompareTable = lazy(() => import('../diagram/CompareTable'));
const ProductTable = lazy(() => import('../diagram/ProductTable'));
const QuizSection = lazy(() => import('../quiz/QuizSection'));
const PageWalkExplorer = lazy(() => import('../explorers/PageWalkExplorer'));
const PacketPath = lazy(() => import('../explorers/PacketPath'));
const MachineEmbed = lazy(() => import('../machine/MachineEmbed'));

function Anchor({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/')) {
    return (
      <AppLink to={href} {...rest}>
        {children}
      </AppLink>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}

/**
 * Where a section puts its diagram: shown inline on narrow screens (loaded as it scrolls near), in the
 * side panel on wide ones (where this copy is not displayed and never loads).
 */
function InlineDiagram({ arch, step }: { arch: ArchitectureId; step?: number }) {
  return (
    <WhenNear className="inline-diagram" margin="200px 0px" fallback={<div className="diagram-placeholder" />}>
      <ErrorBoundary what="This diagram">
        <StackDiagram arch={arch} step={step === undefined ? null : step - 1} />
      </ErrorBoundary>
    </WhenNear>
  );
}

/**
 * The self-quiz loads as it scrolls near, or at once when the address points into it. Its section and
 * heading are outside the island, in the page from the start: a link to #quiz (the chapter's "Skip to
 * the quiz") lands on the heading at once, on a prerendered page or after a navigation, and the quiz
 * that loads below it neither moves the heading nor takes focus away from the section.
 */
function QuizIsland() {
  const { hash } = useLocation();
  return (
    // Focusable, so that following a link to #quiz moves focus here (the browser focuses a focusable
    // target) and the next Tab goes into the questions.
    <section id="quiz" className="quiz" aria-labelledby="quiz-title" tabIndex={-1}>
      <h2 id="quiz-title">Self-quiz</h2>
      <WhenNear
        open={hash === '#quiz' || hash.startsWith('#q-')}
        fallback={<p className="loading">Loading the quiz…</p>}
      >
        <ErrorBoundary what="The self-quiz">
          <QuizSection />
        </ErrorBoundary>
      </WhenNear>
    </section>
  );
}

/** The page-walk explorer (chapter 7) loads as it scrolls near, or at once when the address holds its state. */
function PageWalkIsland() {
  const [params] = useSearchParams();
  const linked = useHydrated() && params.has('walk');
  return (
    <WhenNear open={linked} fallback={<p className="loading">Loading the page-walk explorer…</p>}>
      <ErrorBoundary what="The page-walk explorer">
        <PageWalkExplorer />
      </ErrorBoundary>
    </WhenNear>
  );
}

/** The packet-path explorer loads as it scrolls near, or at once when the address holds its state. */
function PacketPathIsland() {
  const [params] = useSearchParams();
  return (
    <WhenNear
      className="explorer"
      open={params.has('io') || params.has('hop')}
      fallback={<p className="loading">Loading the explorer…</p>}
    >
      <ErrorBoundary what="The packet-path explorer">
        <PacketPath />
      </ErrorBoundary>
    </WhenNear>
  );
}

/**
 * A small machine with a prepared program: prerendered with its program, it loads its code (the
 * machine's model and views) only as it scrolls near, so chapters without one never load any of it.
 */
function MachineIsland(props: { program: string; design: string; title?: string }) {
  return (
    <WhenNear className="machine-island" fallback={<p className="loading">Loading the machine…</p>}>
      <ErrorBoundary what="The machine">
        <MachineEmbed {...props} />
      </ErrorBoundary>
    </WhenNear>
  );
}

/**
 * A table drawn from the model. Prerendered, it is complete and needs no code; drawn after a
 * client-side navigation, its code loads when it comes near.
 */
function LazyBlock({ what, children }: { what: string; children: React.ReactNode }) {
  return (
    <WhenNear staticContent fallback={<p className="loading">Loading…</p>}>
      <ErrorBoundary what={what}>{children}</ErrorBoundary>
    </WhenNear>
  );
}

/**
 * One component per lesson tag, each taking the props src/model/lesson-tags.ts declares for it (the
 * content check validates every tag against that table, so a tag missing here fails the typecheck).
 */
const tagComponents = {
  Intro,
  DeepDive,
  Pitfall,
  Note,
  Term,
  Cite,
  StackDiagram: InlineDiagram,
  CompareTable: (props) => (
    <LazyBlock what="The comparison table">
      <CompareTable {...props} />
    </LazyBlock>
  ),
  Products: (props) => (
    <LazyBlock what="The product table">
      <ProductTable {...props} />
    </LazyBlock>
  ),
  Quiz: QuizIsland,
  PageWalkExplorer: PageWalkIsland,
  PacketPath: PacketPathIsland,
  Machine: MachineIsland,
} satisfies { [T in LessonTag]: ComponentType<LessonTagProps<T> & { children: ReactNode }> };

/** The one component map every lesson is rendered with; lessons import nothing. */
export const mdxComponents: MDXComponents = {
  h2: (props) => <Heading level={2} {...props} />,
  h3: (props) => <Heading level={3} {...props} />,
  a: Anchor,
  table: (props) => (
    <div className="table-scroll">
      <table {...props} />
    </div>
  ),
  ...tagComponents,
};
