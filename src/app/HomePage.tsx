import { AppLink } from '../lib/AppLink';
import { Head, SITE_NAME } from '../lib/head';
import { ChapterCardProgress } from './ChapterCardProgress';
import { ContinueCard } from './ContinueCard';
import { ProgressTransfer } from './ProgressTransfer';
import { chapters } from '../lib/course';

export function HomePage() {
  const first = chapters[0];
  return (
    <div className="home">
      <Head
        title={SITE_NAME}
        description="An interactive course on how virtualization works: privilege rings, containers, KVM, Xen, VT-x and more, with animated diagrams and self-quizzes."
        path="/"
        type="website"
      />
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title" tabIndex={-1}>
          Ring Zero
        </h1>
        <p className="hero-lead">
          How does one computer run many operating systems at once?{' '}
          <AppLink to="/compare?arch=hosted&compare=hardware-assisted&op=cli">
            Follow a single privileged instruction
          </AppLink>{' '}
          through every design, from containers to hypervisors, and see where it goes.
        </p>
        <div className="hero-actions">
          {first ? (
            <AppLink className="button primary" to={`/${first.slug}`}>
              Start the course
            </AppLink>
          ) : null}
          <ContinueCard />
        </div>
      </section>
      <section aria-labelledby="chapters-title">
        <h2 id="chapters-title">Chapters</h2>
        <ol className="chapter-list">
          {chapters.map((c) => (
            <li key={c.slug}>
              <AppLink to={`/${c.slug}`} className="chapter-card">
                <span className="chapter-number">Chapter {c.order}</span>
                <span className="chapter-title">{c.title}</span>
                <span className="chapter-summary">{c.summary}</span>
                <ChapterCardProgress slug={c.slug} />
              </AppLink>
            </li>
          ))}
        </ol>
      </section>
      <ProgressTransfer />
    </div>
  );
}
