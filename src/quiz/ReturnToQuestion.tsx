import { useEffect, useState } from 'react';

/**
 * After a "Review" link sends the learner up to the teaching section, offer the way back to the
 * question they came from.
 */
export function ReturnToQuestion() {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const link = (e.target as Element | null)?.closest?.('a[data-return-to]');
      if (link) setTarget(link.getAttribute('data-return-to'));
    };
    document.addEventListener('click', onClick);
    return () => document.removeEventListener('click', onClick);
  }, []);
  if (!target) return null;
  return (
    <a className="return-to-question" href={`#${target}`} onClick={() => setTarget(null)}>
      Back to the question
    </a>
  );
}
