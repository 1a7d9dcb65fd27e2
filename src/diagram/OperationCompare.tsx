import { AppLink } from '../lib/AppLink';
import { getArchitecture } from '../model/architectures';
import { machineSearch } from '../model/machine/url';
import {
  getOperation,
  OPERATIONS,
  operationTrace,
  sharedSteps,
  type CompareState,
  type OperationTrace,
} from '../model/operation-compare';
import { privilegeLabel } from '../model/privilege';
import { actionLabel } from '../model/stack';
import { clampStep, type Step } from '../model/step';
import type { ArchitectureId } from '../model/types';
import { TraceControls } from './TraceControls';
import { useTracePlayer } from './useTracePlayer';

interface Props {
  readonly state: CompareState;
  readonly onChange: (next: CompareState) => void;
  /** False until the page's code has loaded: the prerendered buttons cannot act yet. */
  readonly interactive: boolean;
}

/** One design's side: the steps revealed so far, the current one marked, or why there is no path. */
function Side({ arch, trace, step }: { arch: ArchitectureId; trace: OperationTrace; step: Step }) {
  const name = getArchitecture(arch).shortName;
  const shown = step === null ? [] : trace.steps.slice(0, step + 1);
  const machineLink = `/machine?${machineSearch({ design: trace.design.id, program: trace.program, step: null, level: null })}`;
  return (
    <section className="op-side" aria-label={name}>
      <h3>{name}</h3>
      <p className="op-program">
        Runs <code>{trace.program}</code> as {trace.design.name} (
        <AppLink to={machineLink}>open in the machine</AppLink>)
      </p>
      {trace.portedWhy ? <p className="op-note">{trace.portedWhy}</p> : null}
      {trace.noPath ? <p className="op-note op-no-path">{trace.noPath}</p> : null}
      <ol className="op-steps">
        {shown.map((s, i) => (
          <li key={i} aria-current={i === step ? 'step' : undefined} className={i === step ? 'is-current' : undefined}>
            <span className="step-where">
              {s.layerLabel} · {privilegeLabel(s.privilege)} · {actionLabel(s.action)}
            </span>{' '}
            {s.why}
          </li>
        ))}
      </ol>
      {step !== null && step >= trace.steps.length ? (
        <p className="op-done">
          {trace.completed ? 'Done' : 'Stopped'} after {trace.steps.length}{' '}
          {trace.steps.length === 1 ? 'step' : 'steps'}.
        </p>
      ) : null}
    </section>
  );
}

/** What a screen reader hears for one side at a step: where the operation is, or that it is over. */
function spoken(arch: ArchitectureId, trace: OperationTrace, step: number): string {
  const name = getArchitecture(arch).shortName;
  const s = trace.steps[step];
  if (!s) return `${name}: ${trace.completed ? 'done' : 'stopped'}.`;
  return `${name}: ${s.layerLabel}, ${actionLabel(s.action)}. ${s.why}`;
}

/** The same privileged operation, played step by step through both designs with one control. */
export default function OperationCompare({ state, onChange, interactive }: Props) {
  const { a, b, op, step } = state;
  const left = operationTrace(op, a);
  const right = operationTrace(op, b);
  const total = sharedSteps(op, a, b);
  const setStep = (s: Step) => onChange({ ...state, step: clampStep(s, total) });
  const player = useTracePlayer(step, total, setStep);
  return (
    <section className="op-compare" aria-labelledby="one-operation">
      <h2 id="one-operation">One operation, both designs</h2>
      <p>
        Follow a single privileged instruction through both designs at once. Each side is the machine&apos;s own trace
        of a one-instruction kernel program, so one step control moves both.
      </p>
      <fieldset className="choice-group" disabled={!interactive}>
        <legend>Operation</legend>
        {OPERATIONS.map((o) => (
          <button
            key={o.id}
            type="button"
            aria-pressed={o.id === op}
            onClick={() => {
              player.stop();
              onChange({ ...state, op: o.id, step: null });
            }}
          >
            {o.label}
          </button>
        ))}
      </fieldset>
      <p className="op-step">
        {step === null ? (
          `Press Play or Forward to follow ${getOperation(op).label} through both designs.`
        ) : (
          <span className="step-count">
            Step {step + 1} of {total}
          </span>
        )}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {step === null ? '' : `Step ${step + 1} of ${total}. ${spoken(a, left, step)} ${spoken(b, right, step)}`}
      </p>
      <TraceControls
        step={step}
        total={total}
        playing={player.playing}
        onPlay={player.play}
        onStep={(s) => {
          player.stop();
          setStep(s);
        }}
        label="the operation in both designs"
        interactive={interactive}
      />
      <div className="compare-grid op-grid">
        <Side arch={a} trace={left} step={step} />
        <Side arch={b} trace={right} step={step} />
      </div>
    </section>
  );
}
