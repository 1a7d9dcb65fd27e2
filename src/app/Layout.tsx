import { useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router';
import { ScrollManager } from './ScrollManager';
import { Sidebar } from './Sidebar';
import { ThemeToggle } from './ThemeToggle';
import { SearchButton } from './SearchButton';
import { Shortcuts } from './Shortcuts';
import { UpdateBanner } from './UpdateBanner';

export function Layout() {
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    // A navigation closes the chapter menu.
    setMenuPath(pathname);
    setMenuOpen(false);
  }
  return (
    <div className={menuOpen ? 'app menu-open' : 'app'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <button
          type="button"
          className="icon-button menu-button"
          aria-expanded={menuOpen}
          aria-controls="chapter-nav"
          onClick={() => setMenuOpen((o) => !o)}
        >
          <span aria-hidden="true">☰</span>
          <span className="visually-hidden">Chapters</span>
        </button>
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Ring Zero
        </Link>
        <div className="header-actions">
          <SearchButton />
          <ThemeToggle />
        </div>
      </header>
      <div className="app-body">
        <Sidebar id="chapter-nav" />
        <main id="main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
      <footer className="site-footer">
        <p>
          Ring Zero: an open course on how virtualization works. <Link to="/instructors">Linking and embedding</Link> ·{' '}
          <Link to="/glossary">Glossary</Link>
        </p>
      </footer>
      <ScrollManager />
      <Shortcuts />
      <UpdateBanner />
    </div>
  );
}
