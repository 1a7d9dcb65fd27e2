import { LazyMotion, LayoutGroup, MotionConfig } from 'framer-motion';
import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';
import { architectures, getArchitecture } from '../model/architectures';
import type { DiagramState } from '../model/diagram-state';
import { privilegeLabel } from '../model/privilege';
import { actionLabel, clampTraceStep, stepLayer } from '../model/stack';
import { nextStep, previousStep, type Step } from '../model/step';
import type { ArchitectureId } from '../model/types';
import { SelectStandIn } from '../lib/StandIn';
import { useHydrated } from '../lib/useHydrated';
import { absoluteUrl } from '../lib/url';
import { diagramSearch } from '../model/diagram-state';
import { describeMove, stepTransition, visitedLayers } from '../model/transitions';
import { CopyStepLink } from './CopyStepLink';
import { Legend } from './Legend';
import { StackView } from './StackView';
import { TextTwin } from './TextTwin';
import { TraceArrow } from './TraceArrow';
import { useStepInView } from './useStepInView';
import { TraceControls } from './TraceControls';
import { useTracePlayer } from './useTracePlayer';

const loadFeatures = () => import('./motion-features').then((m) => m.default);

interface Props {
  readonly arch: ArchitectureId;
  /** The step shown first (src/model/step.ts: 0-based, null for the plain stack). */
  readonly step?: Step;
  /** Controlled use (the side panel, the embed page): every change is reported. */
  readonly onChange?: (state: DiagramState) => void;
  /** Hide the design picker (e.g. in compare view, where the page picks). */
  readonly fixedArch?: boolean;
  /** The address of a state, for "Copy link to this step"; by default this page with ?arch&step. */
  readonly linkTo?: (state: DiagramState) => string;
}

/** This page (with a trailing slash, the canonical form) showing a diagram state. */
function pageWithState(state: DiagramState): string {
  const path = window.location.pathname.endsWith('/') ? window.location.pathname : `${window.location.pathname}/`;
  return absoluteUrl(`${path}?${diagramSearch(state)}`, true);
}

/** Keys that step the trace when the diagram has focus (not while a field is being used). */
function traceKey(e: KeyboardEvent): 'back' | 'forward' | 'play' | null {
  if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  const target = e.target as HTMLElement;
  if (target.closest('select, input, textarea')) return null;
  if (e.key === 'ArrowLeft') return 'back';
  if (e.key === 'ArrowRight') return 'forward';
  // Space on a button presses that button; on the diagram itself it plays.
  if (e.key === ' ' && e.target === e.currentTarget) return 'play';
  return null;
}

/** An architecture drawn from the model, with its privileged-instruction trace. */
export default function StackDiagram({
  arch: archProp,
  step: stepProp = null,
  onChange,
  fixedArch = false,
  linkTo = pageWithState,
}: Props) {
  const [own, setOwn] = useState<DiagramState>({ arch: archProp, step: stepProp });
  const [prevProps, setPrevProps] = useState({ archProp, stepProp });
  if (prevProps.archProp !== archProp || prevProps.stepProp !== stepProp) {
    // The section (or URL) asked for another picture: follow it.
    setPrevProps({ archProp, stepProp });
    setOwn({ arch: archProp, step: stepProp });
  }
  const arch = getArchitecture(own.arch);
  const step = clampTraceStep(arch, own.step);
  const update = useCallback(
    (next: DiagramState) => {
      setOwn(next);
      onChange?.(next);
    },
    [onChange],
  );
  const setStep = useCallback((s: Step) => update({ arch: own.arch, step: s }), [own.arch, update]);
  const player = useTracePlayer(step, arch.path.steps.length, setStep);
  const scope = useId().replace(/:/g, '');
  const hydrated = useHydrated();
  const current = step === null ? undefined : arch.path.steps[step];
  const move = describeMove(arch, step);
  const stage = useRef<HTMLDivElement>(null);
  const figure = useRef<HTMLElement>(null);
  useStepInView(figure, `${arch.id}:${step}`, stepTransition(arch, step)?.from);
  const goTo = (s: Step) => {
    player.stop();
    setStep(clampTraceStep(arch, s));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const key = hydrated ? traceKey(e) : null;
    if (!key) return;
    e.preventDefault();
    if (key === 'back') goTo(previousStep(step));
    else if (key === 'forward') goTo(nextStep(step));
    else player.play(!player.playing);
  };
  return (
    // The diagram is a keyboard widget as a whole (←/→ step, Space plays): focusable, with its keys
    // handled here rather than only on the buttons (walkthrough defect 23).
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <figure
      ref={figure}
      className="stack-diagram"
      aria-label={`Diagram: ${arch.name}`}
      data-interactive={hydrated}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      aria-keyshortcuts="ArrowLeft ArrowRight Space"
      onKeyDown={onKeyDown}
    >
      <div className="diagram-head">
        {fixedArch ? (
          <p className="diagram-title">{arch.shortName}</p>
        ) : (
          <label className="diagram-picker">
            <span>Design</span>
            {hydrated ? (
              <select
                value={arch.id}
                onChange={(e) => {
                  player.stop();
                  update({ arch: e.target.value as ArchitectureId, step: null });
                }}
              >
                {architectures.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.shortName}
                  </option>
                ))}
              </select>
            ) : (
              <SelectStandIn text={arch.shortName} />
            )}
          </label>
        )}
        <Legend arch={arch} />
      </div>
      {/* Above the picture, so the docked caption below holds only what changes with each step. */}
      <p className="trace-operation">
        <strong>Trace:</strong> {arch.path.operation}
      </p>
      <LazyMotion features={loadFeatures} strict>
        <MotionConfig reducedMotion="user">
          <LayoutGroup id={scope}>
            <div className="stack-stage" ref={stage}>
              <StackView arch={arch} step={step} scope={scope} trail={visitedLayers(arch, step)} />
              <TraceArrow arch={arch} step={step} stage={stage} />
            </div>
          </LayoutGroup>
        </MotionConfig>
      </LazyMotion>
      <TextTwin arch={arch} />
      <figcaption className="trace-caption">
        <div className="trace-step" aria-live="polite">
          {current && step !== null ? (
            <p>
              <span className="step-count">
                Step {step + 1} of {arch.path.steps.length}
              </span>{' '}
              <span className="step-where">
                {stepLayer(arch, current).label} · {privilegeLabel(current.privilege)} · {actionLabel(current.action)}
              </span>
              {move ? <span className="step-move">{move}</span> : <br />}
              {current.caption}
            </p>
          ) : (
            <p>Press Play or Forward to follow the operation through the stack.</p>
          )}
        </div>
        <TraceControls
          step={step}
          total={arch.path.steps.length}
          playing={player.playing}
          onPlay={player.play}
          onStep={goTo}
          label={arch.shortName}
          interactive={hydrated}
        />
        <CopyStepLink step={step} href={() => linkTo({ arch: arch.id, step })} />
      </figcaption>
    </figure>
  );
}
