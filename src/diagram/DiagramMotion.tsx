import { LazyMotion } from 'framer-motion';
import type { ReactNode } from 'react';

const loadFeatures = () => import('./motion-features').then((m) => m.default);

/**
 * The animation context a stack diagram needs, for views outside src/diagram (the print page, the
 * quiz's pick-the-layer view): framer-motion stays inside src/diagram, and its features load on demand.
 */
export function DiagramMotion({ children }: { children: ReactNode }) {
  return (
    <LazyMotion features={loadFeatures} strict>
      {children}
    </LazyMotion>
  );
}
