import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
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
 * tip shows (hover, focus or a tap), slide it left just enough to stay 8px inside the viewport.
 */
function keepTipOnScreen(term: HTMLElement | null) {
  const tip = term?.querySelector<HTMLElement>('.term-tip');
  if (!tip) return;
  tip.style.translate = '';
  const over = tip.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
  if (over > 0) tip.style.translate = `${-Math.ceil(over)}px 0`;
}

/**
 * A glossary term: links to its entry and shows the short definition on hover and on focus. A tap on
 * a touch screen has no hover, and following the link would leave the chapter: there the tap opens the
 * definition in place instead (with a link to the full entry), until Escape or a tap elsewhere.
 */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const entry = useLessonDetails()?.terms[id];
  const tipId = useId();
  const [dismissed, setDismissed] = useState(false);
  const [open, setOpen] = useState(false);
  const pointerType = useRef('');
  const root = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (!open) return;
    keepTipOnScreen(root.current);
    const closeOutside = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const closeOnEscape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      setDismissed(true);
      root.current?.querySelector('a')?.focus();
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);
  if (!entry) return <>{children}</>;
  const state = open ? ' is-open' : dismissed ? ' is-dismissed' : '';
  return (
    <span
      ref={root}
      className={`term${state}`}
      onMouseLeave={() => setDismissed(false)}
      onMouseEnter={(e) => keepTipOnScreen(e.currentTarget)}
      onFocus={(e) => keepTipOnScreen(e.currentTarget)}
    >
      <AppLink
        to={`/glossary#${id}`}
        aria-describedby={tipId}
        aria-expanded={open || undefined}
        onPointerDown={(e) => (pointerType.current = e.pointerType)}
        onBlur={() => setDismissed(false)}
        onClick={(e) => {
          if (pointerType.current !== 'touch') return;
          e.preventDefault();
          e.currentTarget.focus();
          setDismissed(false);
          setOpen(!open);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setDismissed(true);
        }}
      >
        {children}
      </AppLink>
      <span className="term-tip">
        <span role="tooltip" id={tipId}>
          <strong>{entry.term}:</strong> {entry.short}
        </span>
        {open && (
          <>
            {' '}
            <AppLink to={`/glossary#${id}`} className="term-more">
              Full entry
            </AppLink>
          </>
        )}
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
