import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { enterEntry, scrollToPlace, trackPlaces, type Place } from '../lib/scrollPlaces';
import { safeDecode } from '../model/safe-decode';

/** Open a collapsed block (a <details> deep dive) that holds or is the target. */
function revealTarget(el: HTMLElement): void {
  for (let node: HTMLElement | null = el; node; node = node.parentElement) {
    if (node instanceof HTMLDetailsElement) node.open = true;
  }
}

const INPUT = ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const;
const SETTLE_MS = 1500;

/**
 * Keep a target where a jump put it while the page settles. Blocks above it lay out late (the
 * lesson's chunk, islands, and off-screen blocks sized by an estimate until rendered, see
 * content-visibility in src/styles/lesson.css) and can push it out of view. Stops at the reader's first scroll,
 * tap or key, or after SETTLE_MS. Returns a function that stops it.
 */
function holdInPlace(el: HTMLElement, at?: number): () => void {
  // A saved place (`at`) is held at its distance from the top, whenever the page is tall enough.
  let want = at ?? el.getBoundingClientRect().top;
  let frame = 0;
  const until = performance.now() + SETTLE_MS;
  const stop = () => {
    cancelAnimationFrame(frame);
    for (const type of INPUT) window.removeEventListener(type, stop, true);
  };
  const check = () => {
    if (!el.isConnected || performance.now() > until) return stop();
    const moved = el.getBoundingClientRect().top - want;
    if (Math.abs(moved) > 1 && at !== undefined) window.scrollBy(0, moved);
    else if (Math.abs(moved) > 1) {
      el.scrollIntoView({ block: 'start' });
      want = el.getBoundingClientRect().top;
    }
    frame = requestAnimationFrame(check);
  };
  for (const type of INPUT) window.addEventListener(type, stop, { capture: true, passive: true });
  frame = requestAnimationFrame(check);
  return stop;
}

let release = () => {};

/** Open, scroll to and hold the element a hash names; false if the page has none (yet). */
function goTo(hash: string): boolean {
  const id = safeDecode(hash.slice(1));
  const el = id ? document.getElementById(id) : null;
  if (!el) return false;
  revealTarget(el);
  el.scrollIntoView({ block: 'start' });
  release();
  release = holdInPlace(el);
  return true;
}

/** Go back to a reader's saved place; false if the page cannot show it (yet). */
function goBackTo(place: Place): boolean {
  const found = scrollToPlace(place);
  if (found instanceof HTMLElement) {
    release();
    release = holdInPlace(found, place.offset);
  }
  return found !== false;
}

/**
 * Client-side navigations: go to the hash target once it exists (lessons load lazily), open it if
 * it is a deep dive, or start at the top. An unknown hash simply shows the page from the top. Back and
 * Forward instead return to where the reader was on that entry, if they scrolled there.
 */
export function ScrollManager() {
  const { pathname, hash, key } = useLocation();
  const navigationType = useNavigationType();
  const first = useRef(true);
  const arrival = useRef<Place | undefined>(undefined);
  // Entries the browser made itself (a "#" link, the first page) have no key of their own.
  const entry = key === 'default' ? `default ${pathname}${hash}` : key;
  useEffect(() => trackPlaces(), []);
  useLayoutEffect(() => {
    const saved = enterEntry(entry);
    arrival.current = navigationType === 'POP' ? saved : undefined;
  }, [entry, navigationType]);
  useEffect(() => {
    // Links within the page (a section, a deep dive) change only the hash. Follow them from the
    // browser's own event too, so one clicked while the app was still starting is not missed.
    // Back or Forward to another page is the router's (below), which may return to a saved place instead.
    const onHashChange = (e: HashChangeEvent) => {
      if (e.oldURL.split('#')[0] === e.newURL.split('#')[0]) goTo(window.location.hash);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  useEffect(() => {
    // On the first run, read the address bar itself: a learner may have followed an in-page link (a
    // section, a deep dive) while the app was still starting, before the router was listening.
    const current = first.current ? window.location.hash : hash;
    const isFirst = first.current;
    first.current = false;
    // On the first load the browser restores the place itself, on the prerendered page.
    const place = isFirst ? undefined : arrival.current;
    let cancelled = false;
    const started = performance.now();
    const attempt = () => {
      if (cancelled) return;
      // On the first load the browser already scrolled to the prerendered anchor; a deep dive
      // opened above may have moved it, so scroll again either way.
      if (place ? goBackTo(place) : goTo(current)) return;
      if ((place || current.length > 1) && performance.now() - started < 4000) {
        requestAnimationFrame(attempt);
        return;
      }
      if (place) window.scrollTo(0, place.y);
      else if (!isFirst) {
        window.scrollTo(0, 0);
        document.querySelector<HTMLElement>('main h1')?.focus({ preventScroll: true });
      }
    };
    attempt();
    return () => {
      cancelled = true;
      release();
    };
  }, [pathname, hash]);
  return null;
}
