import { StrictMode } from 'react';
import { hydrateRoot, createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { BASE } from './lib/url';
import './styles/app.css';

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
  if (prerendered) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
