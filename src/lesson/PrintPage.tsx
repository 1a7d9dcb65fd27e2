import { lazy, Suspense, use, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import type { MDXComponents } from 'mdx/types';
import { ErrorBoundary } from '../lib/ErrorBoundary';
import { StackView } from '../diagram/StackView';
import { Head } from '../lib/head';
import { absoluteUrl } from '../lib/url';
import { useHydrated } from '../lib/useHydrated';
import { getArchitecture } from '../model/architectures';
import type { ChapterEntry } from '../model/course';
import { DEFAULT_DESIGN, getDesign, isDesignId } from '../model/machine/designs';
import { privilegeLabel } from '../model/privilege';
import type { ArchitectureId } from '../model/types';
import { actionLabel, stepLayer } from '../model/stack';
import { Cite, Intro, Note, Pitfall } from './blocks';
import { ChapterContext } from '../lib/ChapterContext';
import { LessonDetailsContext } from './LessonDetailsContext';
import { loadLesson, useLessonChapter } from './loaders';
import { mdxComponents } from './mdx-components';
import { References } from './References';
import { DiagramMotion } from '../diagram/DiagramMotion';

const PrintQuiz = lazy(() => import('../quiz/PrintQuiz'));

/** A diagram on paper: its final state, and the steps of its trace as a numbered list. */
function PrintDiagram({ arch: id }: { arch: ArchitectureId }) {
  const arch = getArchitecture(id);
  const last = arch.path.steps.length - 1;
  return (
    <figure className="print-diagram">
      <figcaption>
        <strong>{arch.name}.</strong> Trace: {arch.path.operation}
      </figcaption>
      <DiagramMotion>
        <StackView arch={arch} step={last} scope={`print-${id}`} />
      </DiagramMotion>
      <ol>
        {arch.path.steps.map((s, i) => (
          <li key={i}>
            <strong>
              {stepLayer(arch, s).label} ({privilegeLabel(s.privilege)}, {actionLabel(s.action)}):
            </strong>{' '}
            {s.caption}
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** Links written out, since paper cannot be clicked. */
function PrintLink({ href = '', children }: ComponentPropsWithoutRef<'a'>) {
  const hydrated = useHydrated();
  const target = href.startsWith('/') ? (hydrated ? absoluteUrl(href) : href) : href;
  return (
    <a href={href.startsWith('/') ? absoluteUrl(href) : href}>
      {children} <span className="link-target">({target})</span>
    </a>
  );
}

/** A lesson's machine on paper: its program and design, and the address of the sandbox that runs it. */
function PrintMachine({ program, design, title }: { program: string; design: string; title?: string }) {
  const id = isDesignId(design) ? design : DEFAULT_DESIGN;
  const text = program.trim();
  return (
    <figure className="print-machine">
      <figcaption>
        {title ?? 'Try it on the machine'} ({getDesign(id).name})
      </figcaption>
      <pre>
        <code>{text}</code>
      </pre>
      <p>
        Run it in{' '}
        <PrintLink href={`/machine?${new URLSearchParams({ design: id, program: text })}`}>the machine</PrintLink>.
      </p>
    </figure>
  );
}

const printComponents: MDXComponents = {
  ...mdxComponents,
  h2: ({ children, ...props }) => <h2 {...props}>{children}</h2>,
  h3: ({ children, ...props }) => <h3 {...props}>{children}</h3>,
  a: PrintLink,
  Intro,
  Note,
  Pitfall,
  Cite,
  DeepDive: ({ title, children }: { title: string; children: ReactNode }) => (
    <section className="deep-dive print-deep-dive">
      <h4>Deep dive: {title}</h4>
      {children}
    </section>
  ),
  Term: ({ children }: { children: ReactNode }) => <>{children}</>,
  StackDiagram: PrintDiagram,
  Machine: PrintMachine,
  Quiz: () => null,
};

function PrintBody({ entry, answers }: { entry: ChapterEntry; answers: boolean }) {
  const lesson = loadLesson(entry.slug);
  const chapter = useLessonChapter(entry);
  if (!lesson) return <p>This chapter has no lesson text yet.</p>;
  const { default: Content, details } = use(lesson);
  return (
    <ChapterContext.Provider value={chapter}>
      <LessonDetailsContext.Provider value={details}>
        {answers ? null : (
          <>
            <p>{chapter.summary}</p>
            <h2 id="objectives">You will learn to</h2>
            <ul>
              {details.objectives.map((o) => (
                <li key={o}>{o}</li>
              ))}
            </ul>
            <Content components={printComponents} />
          </>
        )}
        <ErrorBoundary what="The quiz">
          <Suspense fallback={<p>Loading…</p>}>
            <PrintQuiz chapter={chapter} answers={answers} />
          </Suspense>
        </ErrorBoundary>
        {answers ? null : <References references={details.references} />}
      </LessonDetailsContext.Provider>
    </ChapterContext.Provider>
  );
}

/** A handout (no navigation, no answers) or, with `answers`, the answer key. */
export default function PrintPage({ chapter, answers }: { chapter: ChapterEntry; answers: boolean }) {
  return (
    <main id="main" className="print-page">
      <Head
        title={`${chapter.title} (${answers ? 'answer key' : 'handout'})`}
        description={chapter.summary}
        path={`/print/${chapter.slug}${answers ? '/answers' : ''}`}
      />
      <p className="eyebrow">Ring Zero · Chapter {chapter.order}</p>
      <h1>
        {chapter.title}
        {answers ? ': answer key' : ''}
      </h1>
      <ErrorBoundary what="This lesson">
        <Suspense fallback={<p>Loading…</p>}>
          <PrintBody entry={chapter} answers={answers} />
        </Suspense>
      </ErrorBoundary>
    </main>
  );
}
