import { atLastStep, nextStep, previousStep, type Step } from '../model/step';

interface Props {
  readonly step: Step;
  readonly total: number;
  readonly playing: boolean;
  readonly onStep: (step: Step) => void;
  readonly onPlay: (playing: boolean) => void;
  readonly label: string;
  /** False until the diagram's code has loaded: the prerendered buttons cannot act yet. */
  readonly interactive?: boolean;
}

/** Play / pause / step back / step forward / restart for an instruction trace. */
export function TraceControls({ step, total, playing, onStep, onPlay, label, interactive = true }: Props) {
  const atEnd = atLastStep(step, total);
  return (
    // Until the code arrives the buttons cannot act: busy, not disabled-looking (the CSS keeps their
    // colours and shows a progress cursor), so nobody takes them for controls that will never work.
    <fieldset
      className="trace-controls"
      disabled={!interactive}
      aria-busy={interactive ? undefined : true}
      aria-label={`Trace controls for ${label}`}
    >
      <button type="button" onClick={() => onStep(null)} disabled={step === null && !playing}>
        Restart
      </button>
      <button type="button" onClick={() => onStep(previousStep(step))} disabled={step === null}>
        <span aria-hidden="true">◀ </span>Back
      </button>
      <button type="button" className="primary" onClick={() => onPlay(!playing)} aria-pressed={playing}>
        {playing ? 'Pause' : atEnd ? 'Replay' : 'Play'}
      </button>
      <button type="button" onClick={() => onStep(nextStep(step))} disabled={atEnd}>
        Forward<span aria-hidden="true"> ▶</span>
      </button>
    </fieldset>
  );
}
