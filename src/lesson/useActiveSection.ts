import { useEffect, useState } from 'react';

/**
 * The id of the section being read: the last heading that has scrolled above the upper third of
 * the viewport. Returns null before the first heading (and on the server).
 */
export function useActiveSection(ids: readonly string[]): string | null {
  const [active, setActive] = useState<string | null>(null);
  const key = ids.join('|');
  useEffect(() => {
    const elements = key
      .split('|')
      .map((id) => document.getElementById(id))
      .filter((el): el is HTMLElement => el !== null);
    if (elements.length === 0) return undefined;
    const update = () => {
      const line = window.innerHeight * 0.35;
      let current: string | null = null;
      for (const el of elements) if (el.getBoundingClientRect().top <= line) current = el.id;
      setActive(current);
    };
    const observer = new IntersectionObserver(update, { rootMargin: '0px 0px -60% 0px', threshold: [0, 1] });
    for (const el of elements) observer.observe(el);
    window.addEventListener('scroll', update, { passive: true });
    update();
    return () => {
      observer.disconnect();
      window.removeEventListener('scroll', update);
    };
  }, [key]);
  return active;
}
