import { useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { afterPageSettles } from '../lib/afterPageSettles';
import { BASE } from '../lib/url';

/**
 * Links the web app manifest (name, icon, standalone display: what installing the course needs, with
 * the service worker). Not in the HTML: the browser fetches a linked manifest as soon as the page is
 * parsed, competing with the page on a slow network, and Lighthouse's simulation counted that fetch
 * as one the largest paint waited for whenever it ended before the first frame was on screen.
 */
function linkManifest(): void {
  if (document.querySelector('link[rel="manifest"]')) return;
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = `${BASE}/manifest.webmanifest`;
  document.head.append(link);
}

/** How often an open tab asks the server whether a new version was deployed (and on every navigation). */
const CHECK_EVERY_MS = 30 * 60 * 1000;

/**
 * Registers the service worker (offline use after a first visit). When a new version of the course
 * has been deployed and its worker is installed and waiting, the learner is told and can reload into
 * it; saved progress lives in localStorage, which updates never touch.
 *
 * This is the standard update flow by hand (a few lines, instead of shipping workbox-window to every
 * page): a worker that reaches "installed" while an older one is active is an update.
 * An open tab asks for a new version on every navigation within the course, when it comes back into
 * view, and every half hour. "Reload to update" posts SKIP_WAITING (which the generated sw.js listens
 * for) and reloads this tab once the new worker is active; other open tabs are never reloaded under
 * the learner (their own offer then simply reloads them). Quiz selections not yet checked
 * survive the reload (src/quiz/drafts.ts).
 */
export function UpdateBanner() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const registration = useRef<ServiceWorkerRegistration | null>(null);
  const { pathname } = useLocation();
  useEffect(() => afterPageSettles(linkManifest), []);
  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return undefined;
    const sw = navigator.serviceWorker;
    let active = true;
    const register = () =>
      sw.register(`${BASE}/sw.js`, { scope: `${BASE}/` }).then(
        (reg: ServiceWorkerRegistration | undefined) => {
          if (!reg) return;
          registration.current = reg;
          // A worker installed while an older one is active is an update (a first install activates at once).
          const offer = (worker: ServiceWorker | null) => {
            if (active && worker?.state === 'installed' && reg.active) setWaiting(worker);
          };
          // The update may already be waiting, still installing (the browser checks on every
          // navigation, often before this runs), or found later.
          const track = (worker: ServiceWorker | null) => {
            offer(worker);
            worker?.addEventListener('statechange', () => offer(worker));
          };
          offer(reg.waiting);
          track(reg.installing);
          reg.addEventListener('updatefound', () => track(reg.installing));
        },
        // No offline copy (private mode, a blocked worker): the course still works online.
        () => undefined,
      );
    // A first install downloads and stores the whole course (about 500 KB over the wire) in the
    // page's process; measured in Lighthouse, it ran while the lesson hydrated. So it waits.
    const cancel = afterPageSettles(() => void register());
    const timer = setInterval(() => checkForUpdate(registration.current), CHECK_EVERY_MS);
    const onVisible = () => document.visibilityState === 'visible' && checkForUpdate(registration.current);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      active = false;
      cancel();
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  useEffect(() => checkForUpdate(registration.current), [pathname]);
  if (!waiting) return null;
  const update = () => {
    // Only this tab reloads, once the new worker is in charge (other tabs keep their own offer).
    if (waiting.state !== 'installed') window.location.reload();
    else {
      waiting.addEventListener('statechange', () => waiting.state === 'activated' && window.location.reload());
      waiting.postMessage({ type: 'SKIP_WAITING' });
    }
  };
  return (
    <div className="update-banner" role="status">
      <p>A new version of the course is available.</p>
      <button type="button" className="button primary" onClick={update}>
        Reload to update
      </button>
    </div>
  );
}

/** Ask the server for a new service worker, one request at a time; a failure (offline) is no news. */
let checking = false;
function checkForUpdate(registration: ServiceWorkerRegistration | null): void {
  if (!registration || checking) return;
  checking = true;
  registration
    .update()
    .catch(() => undefined)
    .finally(() => (checking = false));
}
