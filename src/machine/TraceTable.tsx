import { memo, useEffect, useRef } from 'react';
import { ScrollRegion } from './ScrollRegion';
import { privilegeLabel } from '../model/privilege';
import { actionLabel } from '../model/stack';
import type { TraceEntry } from '../model/machine/run';

/** Rows drawn at most; earlier ones are summarized (a 10,000-step loop would be a very long table). */
const MAX_ROWS = 200;

export function describeEvent(t: TraceEntry, index: number, total: number): string {
  return `Event ${index + 1} of ${total}: line ${t.line}, ${t.source}. ${t.layerLabel}, ${privilegeLabel(t.privilege)}, ${actionLabel(t.action)}. ${t.why}`;
}

/** The trace up to the event shown, newest last; the current row is marked. */
export function TraceTable({
  trace,
  shown,
  truncated,
}: {
  trace: readonly TraceEntry[];
  shown: number;
  truncated: boolean;
}) {
  const visible = trace.slice(0, shown + 1);
  const first = Math.max(0, visible.length - MAX_ROWS);
  const region = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // Newest last: keep the event just reached in view inside the scrolling table.
    const el = region.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [shown]);
  return (
    <ScrollRegion className="machine-trace-scroll" label="Trace" ref={region}>
      <table className="machine-trace">
        <caption>
          Trace: {visible.length} of {trace.length} events
          {first > 0 ? ` (the first ${first} are not drawn)` : ''}
          {truncated ? '; the run was longer than the trace keeps' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Line</th>
            <th scope="col">Instruction</th>
            <th scope="col">Layer (privilege)</th>
            <th scope="col">Action</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {visible.slice(first).map((t, k) => (
            <TraceRow key={first + k} entry={t} index={first + k} current={first + k === shown} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** One event. Memoized: a step redraws the row it reaches and the one it leaves, not the whole table. */
const TraceRow = memo(function TraceRow({
  entry: t,
  index,
  current,
}: {
  entry: TraceEntry;
  index: number;
  current: boolean;
}) {
  return (
    <tr aria-current={current ? 'step' : undefined} className={`action-${t.action}`}>
      <td>{index + 1}</td>
      <td>{t.line}</td>
      <td>
        <code>{t.source}</code>
      </td>
      <td>
        {t.layerLabel} ({privilegeLabel(t.privilege)})
      </td>
      <td>{actionLabel(t.action)}</td>
      <td>{t.why}</td>
    </tr>
  );
});
