import { typingInto } from '../lib/keyboard';
import { useEffect, useRef, useState } from 'react';
import { matchPath, useNavigate } from 'react-router';
import { appPath } from '../lib/url';
import { neighbours } from '../lib/course';

const SHORTCUTS = [
  { keys: ['/', 'Ctrl K'], what: 'Search the course' },
  { keys: ['['], what: 'Previous chapter' },
  { keys: [']'], what: 'Next chapter' },
  { keys: ['?'], what: 'Show this list of shortcuts' },
] as const;

/**
 * The chapter slug of the address shown now. Not the rendered route: React Router applies a
 * navigation as a transition, so on a slow phone the address moves on before the new chapter
 * renders, and a second key pressed in between must step from where the learner now is.
 */
function slugOfAddress(): string | undefined {
  const { pathname } = window.location;
  return matchPath('/:slug', appPath({ pathname, search: '', hash: '' }))?.params.slug;
}

/** Global keys: [ and ] walk the chapters, ? opens the help dialog. */
export function Shortcuts() {
  const navigate = useNavigate();
  const dialog = useRef<HTMLDialogElement>(null);
  const [, force] = useState(0);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || typingInto(e.target)) return;
      const slug = slugOfAddress();
      const { prev, next } = slug ? neighbours(slug) : {};
      if (e.key === '[' && prev) void navigate(`/${prev.slug}/`);
      else if (e.key === ']' && next) void navigate(`/${next.slug}/`);
      else if (e.key === '?') {
        dialog.current?.showModal();
        force((n) => n + 1);
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);
  return (
    <dialog ref={dialog} className="dialog shortcuts-dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <dl>
        {SHORTCUTS.map((s) => (
          <div key={s.what}>
            <dt>
              {s.keys.map((k, i) => (
                <span key={k}>
                  {i > 0 ? ' or ' : ''}
                  <kbd>{k}</kbd>
                </span>
              ))}
            </dt>
            <dd>{s.what}</dd>
          </div>
        ))}
      </dl>
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  );
}
