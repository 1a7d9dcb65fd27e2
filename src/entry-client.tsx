import { startTransition, StrictMode } from 'react';
import { hydrateRoot, createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { reloadOnStaleChunks } from './lib/stale-build';
import { BASE, canonicalAddress } from './lib/url';
import './styles/app.css';

// One address per page: `/comparing?arch=kvm` becomes `/comparing/?arch=kvm` in the address bar (query
// and hash kept) before the router reads it, so a reload or a bookmark uses the canonical form.
const canonical = canonicalAddress(window.location);
if (canonical) window.history.replaceState(window.history.state, '', canonical);

// A chunk of this build that is gone from the server (a deployment happened) reloads the page once.
reloadOnStaleChunks();

const container = document.getElementById('root');
if (container) {
  const app = (
    <StrictMode>
      <BrowserRouter basename={BASE || '/'}>
        <App />
      </BrowserRouter>
    </StrictMode>
  );
  // Prerendered pages hydrate. The dev server's empty shell, and 404.html (which a static host
  // serves for any unknown address, so its HTML may not match the route), render from scratch.
  const prerendered = container.firstElementChild && !document.querySelector('[data-not-found]');
  if (!prerendered) createRoot(container).render(app);
  else {
    // This script starts after the first paint (see deferAppScript in vite.config.ts). Hydrate in a
    // task of its own, after the one that evaluated this bundle, and as a transition, which React
    // splits into short tasks instead of one long one that blocks input.
    setTimeout(() => startTransition(() => void hydrateRoot(container, app)), 0);
  }
}
