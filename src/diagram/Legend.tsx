import { privilegeKey, privilegeLabel } from '../model/privilege';
import type { Architecture, Privilege } from '../model/types';

/** The ring bands present in this design, in the colours the layers use. */
export function Legend({ arch }: { arch: Architecture }) {
  const seen = new Map<string, Privilege | null>();
  for (const l of arch.layers) seen.set(privilegeKey(l.privilege), l.privilege);
  return (
    <ul className="legend" aria-label="Privilege levels">
      {[...seen.entries()].map(([key, p]) => (
        <li key={key}>
          <span className={`swatch priv-${key}`} aria-hidden="true" />
          {privilegeLabel(p)}
        </li>
      ))}
    </ul>
  );
}
