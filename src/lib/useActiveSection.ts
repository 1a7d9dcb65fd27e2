import { startTransition, useEffect, useState } from 'react';

/**
 * The id of the section being read: the last heading that has scrolled above the upper third of
 * the viewport. Returns null before the first heading (and on the server).
 *
 * The browser tells us when a heading crosses that line (IntersectionObserver over a band that ends
 * at the line), so nothing here measures the page. Measuring it (getBoundingClientRect on every
 * heading, as this hook did before) forced a layout just after the page started, including the
 * blocks the browser skips while off screen (content-visibility): one 40–75 ms task in a CPU trace of
 * /comparing, on the critical moment of a phone's first load.
 *
 * Headings are looked up again when the page's content changes: the lesson text may arrive after
 * this hook's component (its chunk loads separately).
 */
/** How far above the viewport the observed band starts: further than any page is long. */
const BAND_TOP = 1_000_000;

export function useActiveSection(ids: readonly string[]): string | null {
  const [active, setActive] = useState<string | null>(null);
  const key = ids.join('|');
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined') return;
    const list = key.split('|');
    /** Whether each heading's top is above the line, as last reported. */
    const above = new WeakMap<Element, boolean>();
    const pick = () => {
      let current: string | null = null;
      for (const id of list) {
        const el = document.getElementById(id);
        if (el && above.get(el)) current = id;
      }
      // Marking the section is not urgent: a transition never blocks scrolling or input.
      startTransition(() => setActive(current));
    };
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) above.set(e.target, e.isIntersecting);
        pick();
      },
      // The band runs from far above the page's top to the line: a heading is in it exactly when it
      // is above the line, so every crossing is reported, even a jump from far below to far above.
      { rootMargin: `${BAND_TOP}px 0px -65% 0px` },
    );
    const watched = new WeakSet<Element>();
    const watch = () => {
      for (const id of list) {
        const el = document.getElementById(id);
        if (el && !watched.has(el)) {
          watched.add(el);
          observer.observe(el);
        }
      }
    };
    const content = new MutationObserver(watch);
    content.observe(document.getElementById('main') ?? document.body, { childList: true, subtree: true });
    watch();
    return () => {
      content.disconnect();
      observer.disconnect();
    };
  }, [key]);
  return active;
}
