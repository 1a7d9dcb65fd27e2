import { typingInto } from '../lib/keyboard';
import { lazy, Suspense, useEffect, useState } from 'react';

const SearchDialog = lazy(() => import('./SearchDialog'));

/** Opens search from the header, with "/" or with Ctrl/Cmd-K. The search code loads on first open. */
export function SearchButton() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const ctrlK = (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !typingInto(e.target);
      if (ctrlK || slash) {
        e.preventDefault();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className="icon-button search-button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-label="Search"
        aria-keyshortcuts="/ Control+K"
      >
        <span aria-hidden="true">⌕</span>
        <span className="search-label">Search</span>
        <kbd aria-hidden="true">/</kbd>
      </button>
      {open ? (
        <Suspense fallback={null}>
          <SearchDialog onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
