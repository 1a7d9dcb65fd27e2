import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { Outlet, useLocation } from 'react-router';
import { AppLink } from '../lib/AppLink';
import { ErrorBoundary } from '../lib/ErrorBoundary';
import { ScrollManager } from './ScrollManager';
import { Sidebar } from './Sidebar';
import { ThemeToggle } from './ThemeToggle';
import { SearchButton } from './SearchButton';
import { Shortcuts } from './Shortcuts';
import { UpdateBanner } from './UpdateBanner';

/** Below this width the chapter list is a drawer over the page (app.css uses the same query). */
const DRAWER_MEDIA = '(max-width: 899px)';

function subscribeDrawer(onChange: () => void) {
  const query = window.matchMedia(DRAWER_MEDIA);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** Whether the chapter list is shown as a drawer (a narrow window); false while prerendering. */
function useDrawerLayout() {
  return useSyncExternalStore(
    subscribeDrawer,
    () => window.matchMedia(DRAWER_MEDIA).matches,
    () => false,
  );
}

export function Layout() {
  const [menuOpen, setMenuOpen] = useState(false);
  const drawer = useDrawerLayout();
  // Widening the window past the drawer layout shows the chapter list beside the page: the menu is closed.
  if (menuOpen && !drawer) setMenuOpen(false);
  // While the drawer is open, the page behind it is out of reach of Tab and of a screen reader's cursor.
  const behindDrawer = menuOpen && drawer;
  const { pathname } = useLocation();
  const [menuPath, setMenuPath] = useState(pathname);
  if (menuPath !== pathname) {
    // A navigation closes the chapter menu.
    setMenuPath(pathname);
    setMenuOpen(false);
  }
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeMenu = () => {
    setMenuOpen(false);
    menuButton.current?.focus();
  };
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [menuOpen]);
  return (
    <div className={menuOpen ? 'app menu-open' : 'app'}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <button
          ref={menuButton}
          type="button"
          className="icon-button menu-button"
          aria-expanded={menuOpen}
          aria-controls="chapter-nav"
          onClick={() => setMenuOpen((o) => !o)}
        >
          <span aria-hidden="true">☰</span>
          <span className="visually-hidden">Chapters</span>
        </button>
        <AppLink to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Ring Zero
        </AppLink>
        <div className="header-actions">
          <SearchButton />
          <ThemeToggle />
        </div>
      </header>
      <div className="app-body">
        <ErrorBoundary what="The chapter list">
          <Sidebar id="chapter-nav" />
        </ErrorBoundary>
        {menuOpen && (
          // The open menu dims the page beside it; a tap there closes it. Keyboard users close it with
          // Escape or the menu button, so this layer is for pointers only.
          <div className="menu-backdrop" aria-hidden="true" onClick={closeMenu} />
        )}
        <main id="main" tabIndex={-1} inert={behindDrawer}>
          <ErrorBoundary what="This page">
            <Outlet />
          </ErrorBoundary>
        </main>
      </div>
      <footer className="site-footer" inert={behindDrawer}>
        <p>
          Ring Zero: an open course on how virtualization works.{' '}
          <AppLink to="/instructors">Linking and embedding</AppLink> · <AppLink to="/glossary">Glossary</AppLink>
        </p>
      </footer>
      {/* Everything that reads the address or listens globally fails alone, never taking the lesson with it. */}
      <ErrorBoundary what="Scrolling to the linked section" quiet>
        <ScrollManager />
      </ErrorBoundary>
      <ErrorBoundary what="Keyboard shortcuts" quiet>
        <Shortcuts />
      </ErrorBoundary>
      <ErrorBoundary what="The update notice" quiet>
        <UpdateBanner />
      </ErrorBoundary>
    </div>
  );
}
