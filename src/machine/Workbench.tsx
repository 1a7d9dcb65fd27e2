import { lazy, useMemo, useState } from 'react';
import { WhenNear } from '../lib/WhenNear';
import { getDesign, machineDesigns, type DesignId } from '../model/machine/designs';
import { parseProgram, type ParseError } from '../model/machine/isa';
import { runProgram } from '../model/machine/run';
import { clampStep, previousStep } from '../model/step';
import type { MachineUrlState } from '../model/machine/url';
import { Editor } from './Editor';
import { MachineStatus } from './MachineStatus';
import { describeEvent, TraceTable } from './TraceTable';
import { TranslationView } from './TranslationView';

const MachineStack = lazy(() => import('../diagram/MachineStack'));

interface Props {
  readonly state: MachineUrlState;
  readonly onChange: (next: MachineUrlState) => void;
  readonly interactive: boolean;
  /** A smaller machine inside a lesson: no diagram, fewer editor rows. */
  readonly compact?: boolean;
}

/** Editor, design picker, Run / Step / Back / Reset, and what the run did. State lives in `state`. */
export function Workbench({ state, onChange, interactive, compact = false }: Props) {
  const [draft, setDraft] = useState(state.program);
  const [seen, setSeen] = useState(state.program);
  const [draftErrors, setDraftErrors] = useState<readonly ParseError[] | null>(null);
  if (seen !== state.program) {
    // A level, a link or the solution replaced the program: show it in the editor.
    setSeen(state.program);
    setDraft(state.program);
    setDraftErrors(null);
  }
  const parsed = useMemo(() => parseProgram(state.program), [state.program]);
  const result = useMemo(() => (parsed.ok ? runProgram(parsed.program, state.design) : null), [parsed, state.design]);
  const last = result ? result.trace.length - 1 : -1;
  const shown = result ? clampStep(state.step, result.trace.length) : null;
  const entry = shown === null ? undefined : result?.trace[shown];
  const at = useMemo(
    () => (parsed.ok && entry ? runProgram(parsed.program, state.design, { stopAfter: entry.step }) : null),
    [parsed, state.design, entry],
  );
  const errors = draftErrors ?? (parsed.ok ? null : parsed.errors);

  const start = (step: 'first' | 'last') => {
    const p = parseProgram(draft);
    if (!p.ok) return setDraftErrors(p.errors);
    setDraftErrors(null);
    // Only Run needs the trace's length; the run on screen already has it unless the text changed.
    const length = () =>
      (draft === state.program && result ? result : runProgram(p.program, state.design)).trace.length;
    onChange({ ...state, program: draft, step: step === 'first' ? 0 : length() - 1 });
  };
  const run = () => start('last');
  const step = () =>
    draft !== state.program || shown === null
      ? start('first')
      : onChange({ ...state, step: Math.min(shown + 1, last) });
  const back = () => onChange({ ...state, step: previousStep(shown) });
  const reset = () => onChange({ ...state, step: null });
  const design = getDesign(state.design);

  return (
    <div className={compact ? 'machine-workbench is-compact' : 'machine-workbench'}>
      <div className="machine-input">
        <label className="machine-design">
          <span>Design</span>
          <select
            value={state.design}
            disabled={!interactive}
            onChange={(e) => onChange({ ...state, design: e.target.value as DesignId, step: null })}
          >
            {machineDesigns.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <p className="machine-design-summary">{design.summary}</p>
        <Editor
          value={draft}
          onChange={(t) => {
            setDraft(t);
            setDraftErrors(null);
          }}
          onRun={run}
          errors={errors}
          currentLine={entry?.line ?? null}
          readOnly={!interactive}
          rows={compact ? 7 : 12}
        />
        <div className="machine-controls" role="group" aria-label="Run controls">
          <button type="button" onClick={run} disabled={!interactive}>
            Run
          </button>
          <button
            type="button"
            onClick={step}
            disabled={!interactive || (shown !== null && shown >= last && draft === state.program)}
          >
            Step
          </button>
          <button type="button" onClick={back} disabled={!interactive || shown === null}>
            Back
          </button>
          <button type="button" onClick={reset} disabled={!interactive || shown === null}>
            Reset
          </button>
        </div>
      </div>
      <div className="machine-output">
        <p className="machine-event" aria-live="polite">
          {entry && result && shown !== null
            ? describeEvent(entry, shown, result.trace.length)
            : errors
              ? 'Correct the program above, then press Run.'
              : 'Press Run to run the whole program, or Step to follow it one event at a time.'}
        </p>
        {compact ? null : (
          // Prerendered in full; its code (the diagram and framer-motion) loads as it comes near, as in a chapter.
          <WhenNear margin="200px 0px" fallback={<div className="diagram-placeholder" />}>
            <MachineStack arch={design.architecture} title={design.name} activeLayer={entry?.layer ?? null} />
          </WhenNear>
        )}
        {result && at ? <MachineStatus at={at} final={result} atEnd={shown === last} /> : null}
      </div>
      {result && at && shown !== null ? (
        // Below both columns: the trace's six columns need the page's whole width.
        <div className="machine-record">
          <TraceTable trace={result.trace} shown={shown} truncated={result.traceTruncated} />
          {state.design === 'binary-translation' ? <TranslationView blocks={at.translations} /> : null}
        </div>
      ) : null}
    </div>
  );
}
