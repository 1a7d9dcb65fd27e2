import { startTransition, useEffect, useState } from 'react';

/**
 * The id of the section being read: the last heading that has scrolled above the upper third of
 * the viewport. Returns null before the first heading (and on the server).
 *
 * Headings are looked up on every check, not once: the lesson text may arrive after this hook's
 * component (its chunk loads separately), so checks also run when the page's content changes.
 */
export function useActiveSection(ids: readonly string[]): string | null {
  const [active, setActive] = useState<string | null>(null);
  const key = ids.join('|');
  useEffect(() => {
    const list = key.split('|');
    let frame = 0;
    const update = () => {
      frame = 0;
      const line = window.innerHeight * 0.35;
      let current: string | null = null;
      for (const id of list) {
        const el = document.getElementById(id);
        if (el && el.getBoundingClientRect().top <= line) current = id;
      }
      // Marking the section is not urgent: a transition never blocks scrolling or input.
      startTransition(() => setActive(current));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    const content = new MutationObserver(schedule);
    content.observe(document.getElementById('main') ?? document.body, { childList: true, subtree: true });
    update();
    return () => {
      cancelAnimationFrame(frame);
      content.disconnect();
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [key]);
  return active;
}
