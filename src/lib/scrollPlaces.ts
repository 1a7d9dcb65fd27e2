/**
 * Where the reader was on each history entry, so Back and Forward return to that place. The browser's
 * own restoring runs before a lazily loaded lesson has its full height, and an entry's section link
 * (`#id`, after using a heading's "#") would otherwise win over where the reader scrolled to since.
 *
 * A place is the heading nearest the top of the window and its distance from it, as well as a pixel
 * offset: blocks above may be sized by an estimate until drawn (content-visibility in src/styles/lesson.css), so the
 * same offset can show other text once the page is built again.
 */
export interface Place {
  readonly y: number;
  readonly anchor: string | null;
  readonly offset: number;
}

const places = new Map<string, Place>();
/** Entries kept; older ones are forgotten (Back then opens them as a link would). */
const LIMIT = 200;
const SETTLE_MS = 150;
let current: string | null = null;
let timer = 0;

function headingNearTop(): { id: string; top: number } | null {
  let best: { id: string; top: number } | null = null;
  for (const el of document.querySelectorAll<HTMLElement>('main h2[id], main h3[id]')) {
    const top = el.getBoundingClientRect().top;
    if (!best || Math.abs(top) < Math.abs(best.top)) best = { id: el.id, top };
    else if (top > 0) break; // in document order: the rest are further down
  }
  return best;
}

function remember(entry: string, place: Place): void {
  places.delete(entry);
  places.set(entry, place);
  if (places.size > LIMIT) places.delete(places.keys().next().value ?? '');
}

/** Note the place now, heading and all: the reader may be leaving the page (a click, a key, Back). */
function noteNow(): void {
  if (current === null) return;
  window.clearTimeout(timer);
  const near = headingNearTop();
  remember(current, { y: window.scrollY, anchor: near?.id ?? null, offset: near?.top ?? 0 });
}

function onScroll(): void {
  const entry = current;
  if (entry === null) return;
  // The offset at once, the heading (which measures the page) once scrolling stops.
  remember(entry, { y: window.scrollY, anchor: null, offset: 0 });
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    if (current === entry) noteNow();
  }, SETTLE_MS);
}

const LEAVING = ['click', 'keydown'] as const;

/**
 * While the app runs it restores places itself: the browser's own restoring on Back would move the
 * page being left, before the router swaps it, and be noted as its place. On leaving the document
 * (a reload, another site) the browser's restoring is what brings the reader back, so it is handed
 * back then.
 */
function restoreManually(manual: boolean): void {
  window.history.scrollRestoration = manual ? 'manual' : 'auto';
}
const handBack = () => restoreManually(false);
const takeOver = () => restoreManually(true);

/** Start noting the reader's place as they scroll; returns a function that stops. */
export function trackPlaces(): () => void {
  takeOver();
  window.addEventListener('scroll', onScroll, { passive: true });
  // Before the router sees a click or key that may show another page, while this one is still shown.
  for (const type of LEAVING) window.addEventListener(type, noteNow, true);
  window.addEventListener('pagehide', handBack);
  window.addEventListener('pageshow', takeOver);
  return () => {
    handBack();
    window.removeEventListener('scroll', onScroll);
    for (const type of LEAVING) window.removeEventListener(type, noteNow, true);
    window.removeEventListener('pagehide', handBack);
    window.removeEventListener('pageshow', takeOver);
  };
}

/**
 * The history entry now shown is `entry`: scrolling from here on is its place. Returns the place saved
 * for it before. Call during the commit that shows it, before the new page's first scroll event (the
 * browser fitting the old offset to the new page) could overwrite it.
 */
export function enterEntry(entry: string): Place | undefined {
  window.clearTimeout(timer);
  current = entry;
  return places.get(entry);
}

/**
 * Scroll to a saved place. With a heading: true once it exists (lessons load lazily), returning the
 * heading so the caller can hold it while the page settles. Without one: true once there.
 */
export function scrollToPlace(place: Place): HTMLElement | boolean {
  if (place.anchor !== null) {
    const el = document.getElementById(place.anchor);
    if (!el) return false;
    window.scrollBy(0, el.getBoundingClientRect().top - place.offset);
    return el;
  }
  // Further down, blocks are sized by an estimate until drawn: go as far as the page allows, again
  // each frame as it grows, until there.
  window.scrollTo(0, place.y);
  return Math.abs(window.scrollY - place.y) < 1;
}
