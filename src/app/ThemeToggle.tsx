import { readItem, writeItem } from '../lib/storage';
import { useClientValue } from '../lib/useHydrated';

type Theme = 'light' | 'dark';
const THEME_KEY = 'rz-theme';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const media = window.matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', listener);
  return () => {
    listeners.delete(listener);
    media.removeEventListener('change', listener);
  };
}

/** The theme in force: the learner's saved choice, else the system's. */
function currentTheme(): Theme {
  const saved = readItem(THEME_KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Follows the system until the learner picks a theme; the choice is remembered. */
export function ThemeToggle() {
  const theme = useClientValue<Theme | null>(subscribe, currentTheme, null);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  const toggle = () => {
    document.documentElement.dataset.theme = next;
    writeItem(THEME_KEY, next);
    for (const l of listeners) l();
  };
  return (
    <button type="button" className="icon-button" onClick={toggle} aria-label={`Switch to ${next} theme`}>
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
