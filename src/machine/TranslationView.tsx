import { useId } from 'react';
import { ScrollRegion } from './ScrollRegion';
import { instructionClass } from '../model/machine/isa';
import type { Block } from '../model/machine/translate';

/** Binary translation: each kernel block as the guest wrote it, beside what the translator runs. */
export function TranslationView({ blocks }: { blocks: readonly Block[] }) {
  const titleId = useId();
  if (blocks.length === 0) return null;
  return (
    <section className="machine-translation" aria-labelledby={titleId}>
      <h3 id={titleId}>Translated kernel code</h3>
      <ScrollRegion label="Original and translated code">
        <table>
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Original (guest kernel)</th>
              <th scope="col">Translated (runs in ring 1)</th>
            </tr>
          </thead>
          {blocks.map((b) => (
            <tbody key={b.start} className="machine-block">
              {b.original.map((l, i) => (
                <tr
                  key={l.line}
                  className={
                    b.translated[i] === l.source && instructionClass(l.instruction.op) === 'ordinary'
                      ? undefined
                      : 'is-rewritten'
                  }
                >
                  <td>{l.line}</td>
                  <td>
                    <code>{l.source}</code>
                  </td>
                  <td>
                    <code>{b.translated[i]}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </ScrollRegion>
    </section>
  );
}
