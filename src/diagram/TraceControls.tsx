interface Props {
  readonly step: number;
  readonly total: number;
  readonly playing: boolean;
  readonly onStep: (step: number) => void;
  readonly onPlay: (playing: boolean) => void;
  readonly label: string;
}

/** Play / pause / step back / step forward / restart for an instruction trace. */
export function TraceControls({ step, total, playing, onStep, onPlay, label }: Props) {
  const atEnd = step >= total - 1;
  return (
    <div className="trace-controls" role="group" aria-label={`Trace controls for ${label}`}>
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
    </div>
  );
}
