import { BATCH_CHOICES, IO_DESIGNS, type IoDirection, type IrqMode } from '../model/io-paths';
import type { PacketPathState } from '../model/packet-path-state';

interface Props {
  readonly state: PacketPathState;
  readonly onChange: (next: PacketPathState) => void;
  /** False until the explorer's code has loaded: the prerendered buttons cannot act yet. */
  readonly interactive: boolean;
}

interface GroupProps<T> {
  readonly legend: string;
  readonly options: readonly { readonly value: T; readonly label: string }[];
  readonly value: T;
  readonly onPick: (value: T) => void;
  readonly interactive: boolean;
}

/** A row of toggle buttons, one pressed: buttons, not radios, so the prerendered page has no form fields. */
function ChoiceGroup<T extends string | number>({ legend, options, value, onPick, interactive }: GroupProps<T>) {
  return (
    <fieldset className="choice-group" disabled={!interactive}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <button key={o.value} type="button" aria-pressed={o.value === value} onClick={() => onPick(o.value)}>
          {o.label}
        </button>
      ))}
    </fieldset>
  );
}

const DIR_OPTIONS: { value: IoDirection; label: string }[] = [
  { value: 'tx', label: 'Send' },
  { value: 'rx', label: 'Receive' },
];

const IRQ_OPTIONS: { value: IrqMode; label: string }[] = [
  { value: 'injected', label: 'Injected (exits)' },
  { value: 'posted', label: 'Posted (APICv)' },
];

/** The four things a learner picks; each change restarts the walk. */
export function PacketPathChoices({ state, onChange, interactive }: Props) {
  const restart = { ...state, hop: null };
  return (
    <div className="packet-choices">
      <ChoiceGroup
        legend="I/O design"
        options={IO_DESIGNS.map((d) => ({ value: d.id, label: d.name }))}
        value={state.design}
        onPick={(design) => onChange({ ...restart, design })}
        interactive={interactive}
      />
      <ChoiceGroup
        legend="Direction"
        options={DIR_OPTIONS}
        value={state.dir}
        onPick={(dir) => onChange({ ...restart, dir })}
        interactive={interactive}
      />
      <ChoiceGroup
        legend={state.dir === 'rx' ? 'Receive interrupt' : 'Completion interrupt'}
        options={IRQ_OPTIONS}
        value={state.irq}
        onPick={(irq) => onChange({ ...restart, irq })}
        interactive={interactive}
      />
      <ChoiceGroup
        legend="Packets per batch"
        options={BATCH_CHOICES.map((n) => ({ value: n, label: String(n) }))}
        value={state.batch}
        onPick={(batch) => onChange({ ...restart, batch })}
        interactive={interactive}
      />
    </div>
  );
}
