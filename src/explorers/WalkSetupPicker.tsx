import {
  MODE_LABELS,
  PAGE_SIZE_LABELS,
  PAGE_SIZES,
  PAGING_LEVELS,
  TLB_LABELS,
  TLB_RESULTS,
  WALK_MODES,
  type WalkSetup,
} from '../model/page-walk';
import { SelectStandIn } from '../lib/StandIn';

interface FieldProps<T extends string | number> {
  readonly label: string;
  readonly value: T;
  readonly options: readonly T[];
  readonly text: (v: T) => string;
  readonly onChange: (v: T) => void;
  readonly interactive: boolean;
}

/** One labelled drop-down (a same-sized stand-in until the explorer's code has loaded). */
function Field<T extends string | number>({ label, value, options, text, onChange, interactive }: FieldProps<T>) {
  return (
    <label className="walk-field">
      <span>{label}</span>
      {interactive ? (
        <select
          value={String(value)}
          onChange={(e) => {
            const next = options.find((o) => String(o) === e.target.value);
            if (next !== undefined) onChange(next);
          }}
        >
          {options.map((o) => (
            <option key={String(o)} value={String(o)}>
              {text(o)}
            </option>
          ))}
        </select>
      ) : (
        <SelectStandIn text={text(value)} />
      )}
    </label>
  );
}

interface Props {
  readonly setup: WalkSetup;
  readonly onChange: (setup: WalkSetup) => void;
  readonly interactive: boolean;
}

/** The four choices of the page-walk explorer. */
export function WalkSetupPicker({ setup, onChange, interactive }: Props) {
  const field = <K extends keyof WalkSetup>(
    label: string,
    key: K,
    options: readonly WalkSetup[K][],
    text: (v: WalkSetup[K]) => string,
  ) => (
    <Field
      key={key}
      label={label}
      value={setup[key]}
      options={options}
      text={text}
      interactive={interactive}
      onChange={(v) => onChange({ ...setup, [key]: v })}
    />
  );
  return (
    <div className="walk-setup">
      {field('Translation', 'mode', WALK_MODES, (v) => MODE_LABELS[v])}
      {field('Table levels', 'levels', PAGING_LEVELS, (v) => `${v}-level`)}
      {field('Page size', 'pageSize', PAGE_SIZES, (v) => PAGE_SIZE_LABELS[v])}
      {field('TLB', 'tlb', TLB_RESULTS, (v) => TLB_LABELS[v])}
    </div>
  );
}
