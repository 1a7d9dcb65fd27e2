import { architectures } from '../model/architectures';
import { ioTechniqueLabels, mechanismSummary, memoryTechniqueLabels } from '../model/mechanisms';
import { guestKernelModified, requiresCpuSupport, traitKeys, traitNames } from '../model/stack';
import type { Architecture, ArchitectureId } from '../model/types';

const levelWords = { low: 'Low', medium: 'Medium', high: 'High' } as const;

function kernelModified(a: Architecture): string {
  const modified = guestKernelModified(a);
  if (modified === null) return 'No guest kernel';
  return modified ? 'Yes' : 'No';
}

/** Every design side by side, straight from the model; rows that differ are marked. */
export default function CompareTable({ archs }: { archs?: readonly ArchitectureId[] }) {
  const shown = archs ? architectures.filter((a) => archs.includes(a.id)) : architectures;
  const rows: { label: string; cell: (a: Architecture) => string; why?: (a: Architecture) => string }[] = [
    { label: 'Guest kernel modified?', cell: kernelModified },
    { label: 'Needs CPU support (VT-x/AMD-V)?', cell: (a) => (requiresCpuSupport(a) ? 'Yes' : 'No') },
    { label: 'What guests share', cell: (a) => a.shares },
    ...traitKeys.map((k) => ({
      label: traitNames[k],
      cell: (a: Architecture) => levelWords[a.traits[k].level],
      why: (a: Architecture) => a.traits[k].why,
    })),
    {
      label: 'Guest memory (page tables)',
      cell: (a) => mechanismSummary(a.memory, memoryTechniqueLabels),
      why: (a) => a.memory.how,
    },
    {
      label: 'Guest devices (I/O)',
      cell: (a) => mechanismSummary(a.io, ioTechniqueLabels),
      why: (a) => a.io.how,
    },
  ];
  return (
    <>
      {shown.length > 2 ? (
        <p className="scroll-cue" aria-hidden="true">
          Swipe the table sideways for all {shown.length} designs →
        </p>
      ) : null}
      {/* A scrollable region must be reachable by keyboard, so it takes focus. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="table-scroll compare-table" tabIndex={0} role="region" aria-label="Comparison of designs">
        <table>
          <caption className="visually-hidden">How the designs compare, generated from the architecture model</caption>
          <thead>
            <tr>
              <th scope="col">Property</th>
              {shown.map((a) => (
                <th scope="col" key={a.id}>
                  {a.shortName}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const differs = new Set(shown.map(row.cell)).size > 1;
              return (
                <tr key={row.label} className={differs ? 'differs' : undefined}>
                  <th scope="row">
                    {row.label}
                    {differs && shown.length === 2 ? <span className="differs-note"> (differs)</span> : null}
                  </th>
                  {shown.map((a) => (
                    <td key={a.id}>
                      <span className="cell-value">{row.cell(a)}</span>
                      {row.why ? <span className="cell-why">{row.why(a)}</span> : null}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
