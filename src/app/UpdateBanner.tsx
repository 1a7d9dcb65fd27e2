import { useEffect, useState } from 'react';
import { afterPageSettles } from '../lib/afterPageSettles';
import { BASE } from '../lib/url';

/**
 * Links the web app manifest (name, icon, standalone display: what installing the course needs, with
 * the service worker). Not in the HTML: the browser fetches a linked manifest as soon as the page is
 * parsed, competing with the page on a slow network, and Lighthouse's simulation counted that fetch
 * as one the largest paint waited for whenever it ended before the first frame was on screen.
 */
export function linkManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = `${BASE}/manifest.webmanifest`;
  document.head.append(link);
}

/**
 * Registers the service worker (offline use after a first visit). When a new version of the course
 * has been deployed and its worker is installed and waiting, the learner is told and can reload into
 * it; saved progress lives in localStorage, which updates never touch.
 *
 * This is the standard update flow by hand (a few lines, instead of shipping workbox-window to every
 * page): a worker that reaches "installed" while the page already has a controller is an update;
 * "Reload to update" posts SKIP_WAITING (which the generated sw.js listens for), and when the new
 * worker takes control the page reloads so that page and cache belong to the same version.
 */
export function UpdateBanner() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  useEffect(() => afterPageSettles(linkManifest), []);
  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return undefined;
    const sw = navigator.serviceWorker;
    let active = true;
    const hadController = sw.controller !== null;
    const offer = (worker: ServiceWorker | null) => {
      if (active && worker && sw.controller) setWaiting(worker);
    };
    const onControllerChange = () => {
      if (hadController) window.location.reload();
    };
    sw.addEventListener('controllerchange', onControllerChange);
    const register = () =>
      sw.register(`${BASE}/sw.js`, { scope: `${BASE}/` }).then(
        (registration) => {
          // The update may already be waiting, still installing (the browser checks on every
          // navigation, often before this runs), or found later.
          const track = (worker: ServiceWorker | null) => {
            if (!worker) return;
            if (worker.state === 'installed') offer(worker);
            else worker.addEventListener('statechange', () => worker.state === 'installed' && offer(worker));
          };
          offer(registration.waiting);
          track(registration.installing);
          registration.addEventListener('updatefound', () => track(registration.installing));
        },
        // No offline copy (private mode, a blocked worker): the course still works online.
        () => undefined,
      );
    // A first install downloads and stores the whole course (about 500 KB over the wire) in the
    // page's process; measured in Lighthouse, it ran while the lesson hydrated. So it waits.
    const cancel = afterPageSettles(() => void register());
    return () => {
      active = false;
      cancel();
      sw.removeEventListener('controllerchange', onControllerChange);
    };
  }, []);
  if (!waiting) return null;
  return (
    <div className="update-banner" role="status">
      <p>A new version of the course is available.</p>
      <button type="button" className="button primary" onClick={() => waiting.postMessage({ type: 'SKIP_WAITING' })}>
        Reload to update
      </button>
    </div>
  );
}
