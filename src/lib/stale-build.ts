/**
 * After a deployment, the server no longer has the previous build's chunks: a page that loaded before
 * it fails to load the next lazy chunk (a chapter, the quiz). That is no fault of the page, so instead of
 * showing "could not be shown" it loads the same address once more, which brings the new build (or,
 * in a tab the service worker controls, the old build from its cache). A sessionStorage flag keyed by
 * this build allows it once per build, so a chunk that is really missing can never cause a loop.
 */
const FLAG = 'rz:reloaded-for-build';
let reloading = false;

/** A failed dynamic import or preload, in the words of Chromium, Firefox, Safari and Vite. */
function isChunkLoadError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS|Failed to load module script/i.test(
    text,
  );
}

/** This build: the app's entry script, whose name carries a hash of everything it loads. */
function buildId(): string {
  const entry = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
  return entry?.src ?? 'unknown';
}

/** Will a chunk error be answered by a reload? (Not offline, where the reload would fail too.) */
export function willReloadFor(error: unknown): boolean {
  if (reloading) return true;
  if (typeof window === 'undefined' || !navigator.onLine || !isChunkLoadError(error)) return false;
  try {
    return sessionStorage.getItem(FLAG) !== buildId();
  } catch {
    return false;
  }
}

/** Reload the page once for this build if `error` is a chunk that failed to load; true if it will. */
export function reloadForNewBuild(error: unknown): boolean {
  if (!willReloadFor(error)) return false;
  if (!reloading) {
    try {
      sessionStorage.setItem(FLAG, buildId());
    } catch {
      return false; // without the flag, a reload could repeat forever
    }
    reloading = true;
    window.location.reload();
  }
  return true;
}

/** Catch chunk errors that no error boundary sees (Vite's preload event, imports from event handlers). */
export function reloadOnStaleChunks(): void {
  // Not prevented: the import still rejects, so whoever awaited it shows the reload notice, not a blank.
  window.addEventListener(
    'vite:preloadError',
    (e) => void reloadForNewBuild((e as Event & { payload?: unknown }).payload),
  );
  window.addEventListener('unhandledrejection', (e) => {
    if (reloadForNewBuild(e.reason)) e.preventDefault();
  });
}
