import { memo, useId } from 'react';
import { ScrollRegion } from './ScrollRegion';
import { costTable } from '../model/machine/costs';
import type { RunResult } from '../model/machine/run';
import { hex } from '../model/machine/state';

/** One formatter for every count: `toLocaleString` builds a new one per call, which is slow. */
const numbers = new Intl.NumberFormat('en');

const statusWords: Record<RunResult['status'], string> = {
  finished: 'Finished',
  halted: 'Halted',
  killed: 'Process killed',
  crashed: 'Guest crashed',
  'step-limit': 'Stopped at the step limit',
  error: 'Stopped with an error',
  paused: 'Running',
};

/** Registers, flags, console and counters after the instruction being shown. */
export function MachineStatus({ at, final, atEnd }: { at: RunResult; final: RunResult; atEnd: boolean }) {
  const s = at.state;
  const c = at.counters;
  const consoleId = useId();
  return (
    <div className="machine-status">
      <p className={`machine-outcome outcome-${atEnd ? final.status : 'paused'}`} role="status">
        <strong>{atEnd ? statusWords[final.status] : `After instruction ${at.steps}`}.</strong>{' '}
        {atEnd ? final.message : 'Step on to see more.'}
      </p>
      <div className="machine-panels">
        <dl className="machine-registers" aria-label="Machine state">
          {s.regs.map((v, i) => (
            <div key={i}>
              <dt>r{i}</dt>
              <dd>{hex(v)}</dd>
            </div>
          ))}
          <div>
            <dt>IF</dt>
            <dd>{s.interruptsEnabled ? '1 (on)' : '0 (off)'}</dd>
          </div>
          <div>
            <dt>IOPL</dt>
            <dd>{s.iopl}</dd>
          </div>
          <div>
            <dt>CR3</dt>
            <dd>{hex(s.cr3)}</dd>
          </div>
          <div>
            <dt>IDTR</dt>
            <dd>{hex(s.idtr)}</dd>
          </div>
          <div>
            <dt>Mode</dt>
            <dd>{s.mode}</dd>
          </div>
        </dl>
        <dl className="machine-counters" aria-label="Counters">
          <div>
            <dt>Instructions</dt>
            <dd>{at.steps}</dd>
          </div>
          <div>
            <dt>Native</dt>
            <dd>{c.native}</dd>
          </div>
          <div>
            <dt>Traps</dt>
            <dd>{c.traps}</dd>
          </div>
          <div>
            <dt>VM exits</dt>
            <dd>{c.exits}</dd>
          </div>
          <div>
            <dt>Hypercalls</dt>
            <dd>{c.hypercalls}</dd>
          </div>
          <div>
            <dt>Translated</dt>
            <dd>{c.translated}</dd>
          </div>
          <div>
            <dt>Callouts</dt>
            <dd>{c.callouts}</dd>
          </div>
          <div>
            <dt>Cycles (estimate)</dt>
            <dd>{numbers.format(c.cycles)}</dd>
          </div>
        </dl>
      </div>
      <p className="machine-console-label" id={consoleId}>
        Console
      </p>
      <pre className="machine-console" aria-labelledby={consoleId}>
        {s.console === '' ? '(empty)' : s.console}
      </pre>
    </div>
  );
}

/** The cost table with its sources: the cycle counts are an order-of-magnitude model. Static, so drawn once. */
export const CostTable = memo(function CostTable() {
  return (
    <details className="machine-costs">
      <summary>How the cycle estimate is made</summary>
      <p>
        Each event is given a round number of cycles from published figures. It is an order-of-magnitude model for
        comparing designs, not a measurement of any processor.
      </p>
      <ScrollRegion label="Cost table">
        <table>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Cycles</th>
              <th scope="col">Basis</th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(costTable)
              .filter(([key]) => key !== 'free')
              .map(([key, e]) => (
                <tr key={key}>
                  <td>{e.what}</td>
                  <td>{numbers.format(e.cycles)}</td>
                  <td>{e.source}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </ScrollRegion>
    </details>
  );
});
