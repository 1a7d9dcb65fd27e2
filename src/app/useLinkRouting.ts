import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { appPath, BASE } from '../lib/url';

/**
 * The app path a click should navigate to without reloading, or null when the browser should handle
 * it: a modified or non-primary click (new tab, download), a link with a target or `download`, a
 * same-page section link written as `#id` (the browser scrolls; ScrollManager follows the hash),
 * another origin, a path outside the base, or a click something else already handled.
 */
export function inAppTarget(event: MouseEvent, here: Pick<Location, 'origin'>, base = BASE): string | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return null;
  const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
  if (!(link instanceof HTMLAnchorElement)) return null;
  if ((link.target && link.target !== '_self') || link.hasAttribute('download')) return null;
  if (link.getAttribute('href')?.startsWith('#')) return null;
  const url = new URL(link.href);
  if (url.origin !== here.origin) return null;
  if (base && url.pathname !== base && !url.pathname.startsWith(`${base}/`)) return null;
  return appPath(url, base);
}

/**
 * Routes clicks on the app's plain links (see AppLink) through React Router, as `<Link>` would: one
 * listener on the document, after React's own handlers (which may cancel the click). A link to the
 * address already shown replaces the history entry instead of adding one, as `<Link>` does.
 */
export function useLinkRouting() {
  const navigate = useNavigate();
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const to = inAppTarget(event, window.location);
      if (to === null) return;
      event.preventDefault();
      void navigate(to, { replace: to === appPath(window.location) });
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, [navigate]);
}
