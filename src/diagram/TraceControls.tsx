interface Props {
  readonly step: number;
  readonly total: number;
  readonly playing: boolean;
  readonly onStep: (step: number) => void;
  readonly onPlay: (playing: boolean) => void;
  readonly label: string;
  /** False until the diagram's code has loaded: the prerendered buttons cannot act yet. */
  readonly interactive?: boolean;
}

/** Play / pause / step back / step forward / restart for an instruction trace. */
export function TraceControls({ step, total, playing, onStep, onPlay, label, interactive = true }: Props) {
  const atEnd = step >= total - 1;
  return (
    // Until the code arrives the buttons cannot act: busy, not disabled-looking (the CSS keeps their
    // colours and shows a progress cursor), so nobody takes them for controls that will never work.
    <fieldset
      className="trace-controls"
      disabled={!interactive}
      aria-busy={interactive ? undefined : true}
      aria-label={`Trace controls for ${label}`}
    >
      <button type="button" onClick={() => onStep(-1)} disabled={step < 0 && !playing}>
        Restart
      </button>
      <button type="button" onClick={() => onStep(step - 1)} disabled={step < 0}>
        <span aria-hidden="true">◀ </span>Back
      </button>
      <button type="button" className="primary" onClick={() => onPlay(!playing)} aria-pressed={playing}>
        {playing ? 'Pause' : atEnd ? 'Replay' : 'Play'}
      </button>
      <button type="button" onClick={() => onStep(step + 1)} disabled={atEnd}>
        Forward<span aria-hidden="true"> ▶</span>
      </button>
    </fieldset>
  );
}
