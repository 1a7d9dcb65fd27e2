/**
 * Steps a reader takes on one page within this long of the previous one share one history entry:
 * Play advances about every two seconds and would otherwise flood the Back button, one entry per step.
 */
export const COALESCE_MS = 3000;

let last = { at: Number.NEGATIVE_INFINITY, path: '' };

if (typeof window !== 'undefined') {
  // After Back or Forward, the next change is a new step of the reader's: it must not overwrite the
  // entry they went back to.
  window.addEventListener('popstate', () => {
    last = { at: Number.NEGATIVE_INFINITY, path: '' };
  });
}

/**
 * Whether a diagram change made now on the page at `path` should replace the current history entry
 * (it follows another on the same page within COALESCE_MS) or add one, so Back returns to the state
 * before it.
 */
export function replaceRecent(
  now = Date.now(),
  path = typeof window === 'undefined' ? '' : window.location.pathname,
): boolean {
  const replace = path === last.path && now - last.at < COALESCE_MS;
  last = { at: now, path };
  return replace;
}
