import { lazy, Suspense, type ComponentPropsWithoutRef } from 'react';
import type { MDXComponents } from 'mdx/types';
import { Link } from 'react-router';
import { ErrorBoundary } from '../app/ErrorBoundary';
import type { ArchitectureId } from '../model/types';
import { Cite, DeepDive, Intro, Note, Pitfall, Term } from './blocks';
import { Heading } from './HeadingAnchor';

const StackDiagram = lazy(() => import('../diagram/StackDiagram'));
const CompareTable = lazy(() => import('../diagram/CompareTable'));
const ProductTable = lazy(() => import('../diagram/ProductTable'));
const QuizSection = lazy(() => import('../quiz/QuizSection'));

function Anchor({ href = '', children, ...rest }: ComponentPropsWithoutRef<'a'>) {
  if (href.startsWith('/')) {
    return (
      <Link to={href} {...rest}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}

/** Where a section puts its diagram: shown inline on narrow screens, in the side panel on wide ones. */
function InlineDiagram({ arch, step }: { arch: ArchitectureId; step?: number }) {
  return (
    <div className="inline-diagram">
      <ErrorBoundary what="This diagram">
        <Suspense fallback={<div className="diagram-placeholder" />}>
          <StackDiagram arch={arch} step={step ?? -1} />
        </Suspense>
      </ErrorBoundary>
    </div>
  );
}

function LazyBlock({ what, children }: { what: string; children: React.ReactNode }) {
  return (
    <ErrorBoundary what={what}>
      <Suspense fallback={<p className="loading">Loading…</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

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
  Intro,
  DeepDive,
  Pitfall,
  Note,
  Term,
  Cite,
  StackDiagram: InlineDiagram,
  CompareTable: (props: { archs?: ArchitectureId[] }) => (
    <LazyBlock what="The comparison table">
      <CompareTable {...props} />
    </LazyBlock>
  ),
  Products: (props: { arch: ArchitectureId }) => (
    <LazyBlock what="The product table">
      <ProductTable {...props} />
    </LazyBlock>
  ),
  Quiz: () => (
    <LazyBlock what="The self-quiz">
      <QuizSection />
    </LazyBlock>
  ),
};
