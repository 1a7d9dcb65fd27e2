import { useEffect, useState } from 'react';
import { readItem, writeItem } from '../lib/storage';

type Theme = 'light' | 'dark';
export const THEME_KEY = 'rz-theme';

function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Follows the system until the learner picks a theme; the choice is remembered. */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);
  useEffect(() => {
    const saved = readItem(THEME_KEY);
    setTheme(saved === 'light' || saved === 'dark' ? saved : systemTheme());
  }, []);
  const next: Theme = theme === 'dark' ? 'light' : 'dark';
  const toggle = () => {
    document.documentElement.dataset.theme = next;
    writeItem(THEME_KEY, next);
    setTheme(next);
  };
  return (
    <button type="button" className="icon-button" onClick={toggle} aria-label={`Switch to ${next} theme`}>
      <span aria-hidden="true">{theme === 'dark' ? '☀' : '☾'}</span>
    </button>
  );
}
