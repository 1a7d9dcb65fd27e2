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
  // Prerendered pages hydrate; the dev server's empty shell renders from scratch.
  if (container.firstElementChild) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
