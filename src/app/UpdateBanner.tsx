import { useEffect, useState } from 'react';
import type { Workbox } from 'workbox-window';
import { BASE } from '../lib/url';

/**
 * Registers the service worker (offline use after a first visit). When a new version of the course
 * has been deployed and is waiting, the learner is told and can reload into it; saved progress
 * lives in localStorage, which updates never touch.
 */
export function UpdateBanner() {
  const [waiting, setWaiting] = useState<Workbox | null>(null);
  useEffect(() => {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return undefined;
    let cancelled = false;
    void import('workbox-window').then(({ Workbox }) => {
      if (cancelled) return;
      const wb = new Workbox(`${BASE}/sw.js`, { scope: `${BASE}/` });
      wb.addEventListener('waiting', () => setWaiting(wb));
      wb.addEventListener('controlling', () => window.location.reload());
      void wb.register();
    });
    return () => {
      cancelled = true;
    };
  }, []);
  if (!waiting) return null;
  return (
    <div className="update-banner" role="status">
      <p>A new version of the course is available.</p>
      <button type="button" className="button primary" onClick={() => waiting.messageSkipWaiting()}>
        Reload to update
      </button>
    </div>
  );
}
