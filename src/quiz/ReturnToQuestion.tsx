import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';

/**
 * After a "Review" link sends the learner up to the teaching section, offer the way back to the
 * question they came from. It is drawn into <body>: inside the lesson, a `content-visibility`
 * block would become its containing block and carry the fixed link off screen.
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
  return createPortal(
    <a className="return-to-question" href={`#${target}`} onClick={() => setTarget(null)}>
      Back to the question
    </a>,
    document.body,
  );
}
