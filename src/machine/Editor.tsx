import { useId, useRef } from 'react';
import type { ParseError } from '../model/machine/isa';

interface Props {
  readonly value: string;
  readonly onChange: (text: string) => void;
  /** Ctrl+Enter (or ⌘+Enter) in the editor. */
  readonly onRun: () => void;
  readonly errors: readonly ParseError[] | null;
  /** 1-based line of the instruction being shown, marked in the gutter. */
  readonly currentLine: number | null;
  readonly readOnly: boolean;
  readonly rows?: number;
  readonly label?: string;
}

/** A plain textarea with line numbers: native editing, undo, selection and screen-reader support. */
export function Editor({
  value,
  onChange,
  onRun,
  errors,
  currentLine,
  readOnly,
  rows = 12,
  label = 'Guest program',
}: Props) {
  const id = useId();
  const gutter = useRef<HTMLPreElement>(null);
  const count = Math.max(value.split('\n').length, rows);
  const numbers = Array.from(
    { length: count },
    (_, i) => `${i + 1 === currentLine ? '▸' : ' '}${String(i + 1).padStart(3)}`,
  );
  const errorLines = new Set(errors?.map((e) => e.line));
  return (
    <div className="machine-editor">
      <label htmlFor={`${id}-text`}>{label}</label>
      <p className="machine-help" id={`${id}-help`}>
        One instruction per line; <kbd>Ctrl</kbd>+<kbd>Enter</kbd> runs it. Tab moves to the next control.
      </p>
      <div className={errors ? 'editor-frame has-errors' : 'editor-frame'}>
        <pre className="editor-gutter" aria-hidden="true" ref={gutter}>
          {numbers.map((n, i) => (
            <span key={i} className={errorLines.has(i + 1) ? 'gutter-error' : undefined}>
              {n}
              {'\n'}
            </span>
          ))}
        </pre>
        <textarea
          id={`${id}-text`}
          className="editor-text"
          value={value}
          rows={rows}
          wrap="off"
          spellCheck={false}
          autoCapitalize="off"
          autoComplete="off"
          autoCorrect="off"
          readOnly={readOnly}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${id}-help ${id}-errors` : `${id}-help`}
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              onRun();
            }
          }}
        />
      </div>
      {errors ? (
        <div id={`${id}-errors`} className="machine-errors" role="alert">
          <p>The program has {errors.length === 1 ? 'a problem' : `${errors.length} problems`}:</p>
          <ul>
            {errors.map((e) => (
              <li key={`${e.line}-${e.message}`}>
                Line {e.line}: {e.message}.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
