import { memo, Suspense, use, useCallback, useEffect, useState, type ReactNode } from 'react';

interface Gate {
  readonly promise: Promise<void>;
  readonly open: () => void;
}

function makeGate(): Gate {
  let open = () => {};
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}

/** Renders nothing; tells WhenNear when the island's content has committed (hydrated or rendered). */
function Committed({ onCommit }: { onCommit: () => void }) {
  useEffect(onCommit, [onCommit]);
  return null;
}

function Gated({ gate, children }: { gate: Gate | null; children: ReactNode }) {
  if (gate) use(gate.promise);
  return children;
}

interface IslandProps {
  readonly gate: Gate | null;
  readonly fallback: ReactNode;
  readonly children: ReactNode;
  readonly onCommit: () => void;
}

/**
 * The Suspense boundary itself. It must not re-render while its server HTML is still waiting to be
 * hydrated: React treats new props on a dehydrated boundary as an update it cannot apply, throws the
 * server HTML away and shows the fallback (a visible jump). So it is memoized, and WhenNear passes the
 * same children until the content has committed.
 */
const Island = memo(function Island({ gate, fallback, children, onCommit }: IslandProps) {
  return (
    <Suspense fallback={fallback}>
      <Gated gate={gate}>
        {children}
        <Committed onCommit={onCommit} />
      </Gated>
    </Suspense>
  );
});

interface Props {
  readonly children: ReactNode;
  /** Shown on client-side navigations until the content is near (the prerendered HTML needs none). */
  readonly fallback: ReactNode;
  readonly className?: string;
  /** Open now, whatever the scroll position (e.g. the URL points into this block). */
  readonly open?: boolean;
  /** How far outside the viewport loading starts (IntersectionObserver rootMargin). */
  readonly margin?: string;
  /**
   * The content does nothing once drawn (a table from the model). When its prerendered HTML is on
   * the page, its code never loads and React leaves that HTML as it is; rendered on the client
   * (after a navigation), it loads as it comes near, like any island.
   */
  readonly staticContent?: boolean;
}

/**
 * An island that loads and becomes interactive only when it comes near the viewport.
 *
 * The prerendered page already shows its content, so a learner reads it at once; its code (a diagram,
 * the quiz) is fetched as it scrolls near, instead of competing with the text on a slow phone. On the
 * server the content renders in full. During hydration React keeps the server HTML of a boundary that
 * is still waiting (a dehydrated Suspense boundary) and hydrates it when the gate opens. A block that
 * is not displayed (an inline diagram on a wide screen, a hidden side panel) never loads.
 */
export function WhenNear({
  children,
  fallback,
  className,
  open = false,
  margin = '100% 0px',
  staticContent = false,
}: Props) {
  const [gate] = useState<Gate | null>(() => (typeof window === 'undefined' ? null : makeGate()));
  // Until the content has committed, the island keeps the children and fallback it started with.
  const [initial] = useState(() => ({
    children,
    // A static island tells its client-side fallback from its server HTML by this mark.
    fallback: staticContent ? <div data-island-fallback="">{fallback}</div> : fallback,
  }));
  const [committed, setCommitted] = useState(false);
  const onCommit = useCallback(() => setCommitted(true), []);
  // Observed from the ref callback, which runs in the commit that attaches the element (also when
  // it is hydrated), so nothing waits for passive effects.
  const observe = useCallback(
    (el: HTMLDivElement | null) => {
      if (!gate || !el) return undefined;
      // This ref is attached in the commit that hydrates the block or shows its fallback.
      if (staticContent && !el.querySelector('[data-island-fallback]')) return undefined;
      if (typeof IntersectionObserver === 'undefined') {
        gate.open();
        return undefined;
      }
      const observer = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          observer.disconnect();
          gate.open();
        },
        { rootMargin: margin },
      );
      observer.observe(el);
      return () => observer.disconnect();
    },
    [gate, margin, staticContent],
  );
  useEffect(() => {
    if (open) gate?.open();
  }, [gate, open]);
  return (
    <div ref={observe} className={className}>
      <Island gate={gate} fallback={initial.fallback} onCommit={onCommit}>
        {committed ? children : initial.children}
      </Island>
    </div>
  );
}
