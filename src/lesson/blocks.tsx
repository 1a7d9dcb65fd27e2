import { useId, useState, type ReactNode, type SyntheticEvent } from 'react';
import { AppLink } from '../lib/AppLink';
import { useLessonDetails } from './LessonDetailsContext';

export function Intro({ children }: { children: ReactNode }) {
  return <div className="intro">{children}</div>;
}

export function DeepDive({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <details id={id} className="deep-dive">
      <summary>
        <span className="block-kind">Deep dive</span> {title}
      </summary>
      <div className="block-body">{children}</div>
    </details>
  );
}

export function Pitfall({ title, children }: { title: string; children: ReactNode }) {
  return (
    <aside className="callout pitfall" aria-label={`Misconception: ${title}`}>
      <p className="callout-title">
        <span className="block-kind">Misconception</span> {title}
      </p>
      <div className="block-body">{children}</div>
    </aside>
  );
}

export function Note({ children }: { children: ReactNode }) {
  return (
    <aside className="callout note" aria-label="Note">
      <p className="callout-title">
        <span className="block-kind">Then and now</span>
      </p>
      <div className="block-body">{children}</div>
    </aside>
  );
}

/**
 * The tip starts under the term; near the right edge of a phone screen it would run off it. Once the
 * tip shows (hover or focus, in CSS), slide it left just enough to stay 8px inside the viewport.
 */
function keepTipOnScreen(e: SyntheticEvent<HTMLSpanElement>) {
  const tip = e.currentTarget.querySelector<HTMLElement>('.term-tip');
  if (!tip) return;
  tip.style.translate = '';
  const over = tip.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
  if (over > 0) tip.style.translate = `${-Math.ceil(over)}px 0`;
}

/** A glossary term: links to its entry and shows the short definition on hover and on focus. */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const entry = useLessonDetails()?.terms[id];
  const tipId = useId();
  const [dismissed, setDismissed] = useState(false);
  if (!entry) return <>{children}</>;
  return (
    <span
      className={dismissed ? 'term is-dismissed' : 'term'}
      onMouseLeave={() => setDismissed(false)}
      onMouseEnter={keepTipOnScreen}
      onFocus={keepTipOnScreen}
    >
      <AppLink
        to={`/glossary#${id}`}
        aria-describedby={tipId}
        onBlur={() => setDismissed(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDismissed(true);
        }}
      >
        {children}
      </AppLink>
      <span role="tooltip" id={tipId} className="term-tip">
        <strong>{entry.term}:</strong> {entry.short}
      </span>
    </span>
  );
}

export function Cite({ id }: { id: string }) {
  const n = (useLessonDetails()?.references ?? []).findIndex((r) => r.id === id) + 1;
  if (n === 0) return null;
  return (
    <sup className="cite">
      <a href={`#ref-${id}`} aria-label={`Reference ${n}`}>
        [{n}]
      </a>
    </sup>
  );
}
