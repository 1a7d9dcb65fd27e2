import type { GridCell, Walk } from '../model/page-walk';

/** Where a cell stands after `done` reads: read already, being read now, or still to come. */
function cellState(cell: GridCell, done: number, finished: boolean): string {
  if (finished) return 'done';
  if (cell.kind === 'data') return 'pending';
  if (cell.order < done) return 'done';
  return cell.order === done ? 'current' : 'pending';
}

function cellText(cell: GridCell, state: string): string {
  if (cell.kind === 'data') return state === 'done' ? 'data: accessed' : 'data';
  const what = {
    pending: 'not read yet',
    current: 'reading now',
    done: 'read',
    skipped: 'not needed on a TLB hit',
  }[state];
  return `reference ${cell.order}, ${cell.name}, ${what}`;
}

interface Props {
  readonly walk: Walk;
  /** The running count: reads done so far (the current one included). */
  readonly done: number;
  /** True once the data access has happened. */
  readonly finished: boolean;
  /** False on a TLB hit: the grid shows what a miss would have read. */
  readonly walked: boolean;
}

/** The walk as a table: rows are what is being translated, columns the table levels. */
export function WalkGrid({ walk, done, finished, walked }: Props) {
  const { grid } = walk;
  return (
    <div className="walk-grid-scroll">
      <table className="walk-grid" data-walked={walked}>
        <caption className="visually-hidden">
          Page-table reads of this access, numbered in the order the MMU makes them
        </caption>
        <thead>
          <tr>
            <td />
            {grid.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell, i) => {
                const state = walked || cell.kind === 'data' ? cellState(cell, done, finished) : 'skipped';
                return (
                  <td
                    key={i}
                    className={`walk-cell ${cell.kind === 'read' ? cell.table : 'data'}`}
                    data-state={state}
                    aria-current={state === 'current' ? 'step' : undefined}
                  >
                    <span aria-hidden="true">{cell.kind === 'read' ? cell.order : '▣'}</span>
                    <span className="visually-hidden">{cellText(cell, state)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
