import { useCallback, useId, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useHydrated } from '../lib/useHydrated';
import { buildWalk, countFormula, referencesSoFar, type WalkSetup } from '../model/page-walk';
import { describeSetup, describeStep } from '../model/page-walk-text';
import { parseWalkParams, walkSearch, type WalkState } from '../model/page-walk-url';
import { WalkGrid } from './WalkGrid';
import { WalkSetupPicker } from './WalkSetupPicker';

/**
 * The page-walk explorer: pick a translation scheme, table depth, page size and TLB outcome, then
 * step through one memory access. Every state is in the address (`?walk=nested&levels=4&pages=4k&tlb=miss&at=7`),
 * so an instructor can link to it; the address is read once the page has hydrated.
 */
export default function PageWalkExplorer() {
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const parsed = parseWalkParams(hydrated ? params : new URLSearchParams());
  // The learner's own choices win once made (the address is then rewritten to match them).
  const [own, setOwn] = useState<WalkState | null>(null);
  const state = own ?? parsed.state;
  const titleId = useId();
  const walk = buildWalk(state.setup);
  const total = walk.steps.length;
  const update = useCallback(
    (next: WalkState) => {
      setOwn(next);
      void navigate(
        { search: walkSearch(next, new URLSearchParams(location.search)), hash: location.hash },
        { replace: true, preventScrollReset: true },
      );
    },
    [navigate, location.search, location.hash],
  );
  const go = (taken: number) => update({ setup: state.setup, taken: Math.max(0, Math.min(total, taken)) });
  const current = state.taken > 0 ? walk.steps[state.taken - 1] : undefined;
  const count = referencesSoFar(walk, state.taken);
  const finished = state.taken === total;
  return (
    <figure className="page-walk" aria-labelledby={titleId} data-interactive={hydrated}>
      <p className="page-walk-title" id={titleId}>
        Explorer: one memory access, step by step
      </p>
      {(own === null ? parsed.problems : []).map((p) => (
        <p className="diagram-note" role="status" key={p}>
          {p}
        </p>
      ))}
      <WalkSetupPicker
        setup={state.setup}
        interactive={hydrated}
        onChange={(setup: WalkSetup) => update({ setup, taken: 0 })}
      />
      <p className="walk-count">
        Memory references for page tables: <strong>{count}</strong>
        {finished ? ` (total ${walk.references})` : null}
      </p>
      <WalkGrid walk={walk} done={count} finished={finished} walked={state.setup.tlb === 'miss'} />
      <div className="walk-step" role="status" aria-label="Current step">
        {current ? (
          <p>
            <span className="step-count">
              Step {state.taken} of {total}
            </span>{' '}
            {describeStep(walk, current)}
          </p>
        ) : (
          <p>{describeSetup(state.setup)}. Press Forward to start the access.</p>
        )}
        {finished ? <p className="walk-formula">{countFormula(state.setup)}</p> : null}
      </div>
      <fieldset className="trace-controls" disabled={!hydrated} aria-label="Page walk controls">
        <button type="button" onClick={() => go(0)} disabled={state.taken === 0}>
          Restart
        </button>
        <button type="button" onClick={() => go(state.taken - 1)} disabled={state.taken === 0}>
          <span aria-hidden="true">◀ </span>Back
        </button>
        <button type="button" className="primary" onClick={() => go(state.taken + 1)} disabled={finished}>
          Forward<span aria-hidden="true"> ▶</span>
        </button>
        <button type="button" onClick={() => go(total)} disabled={finished}>
          Show all
        </button>
      </fieldset>
      <div className="visually-hidden">
        <p>All steps of this access ({describeSetup(state.setup)}):</p>
        <ol>
          {walk.steps.map((s, i) => (
            <li key={i}>
              {describeStep(walk, s)}
              {i + 1 === state.taken ? ' (current step)' : i + 1 < state.taken ? ' (done)' : ''}
            </li>
          ))}
        </ol>
      </div>
    </figure>
  );
}
