import { useId, useState } from 'react';
import { buildFile, MAX_FILE_BYTES, parseFile } from '../model/progress-file';

/** The sections' code (the machine's levels, the quiz's chapters) loads when it is used, not with the home page. */
const loadSections = () => import('./progress-sections').then((m) => m.progressSections);

type Message = { kind: 'ok' | 'error'; text: string };

/** Export the learner's progress to a file, or merge one in on another device (with a one-step undo). */
export function ProgressTransfer() {
  const inputId = useId();
  const [message, setMessage] = useState<Message | null>(null);
  const [undo, setUndo] = useState<(() => void) | null>(null);
  const exportFile = async () => {
    const sections: Record<string, unknown> = {};
    const held: string[] = [];
    for (const s of await loadSections()) {
      const value = s.exportValue();
      if (value === undefined) continue;
      sections[s.name] = value;
      held.push(s.describeExport(value));
    }
    const blob = new Blob([JSON.stringify(buildFile(sections, new Date()), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'ring-zero-progress.json';
    a.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({
      kind: 'ok',
      text: held.length > 0 ? `Exported ${held.join(' and ')}.` : 'Exported an empty file: nothing is saved yet.',
    });
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES * 4) {
      setMessage({
        kind: 'error',
        text: 'This file is too large to be a Ring Zero progress file. Nothing was changed.',
      });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: 'This file could not be read. Nothing was changed.' });
      return;
    }
    const result = parseFile(text);
    if (!result.ok) {
      setMessage({ kind: 'error', text: `${result.error} Nothing was changed.` });
      return;
    }
    const now = Date.now();
    const done = (await loadSections())
      .filter((s) => Object.hasOwn(result.sections, s.name))
      .map((s) => s.importValue(result.sections[s.name], now));
    const changed = done.filter((d) => d.changed);
    const summary =
      done
        .map((d) => d.summary)
        .filter(Boolean)
        .join(' ') || 'This file holds nothing this course can import.';
    setMessage({ kind: 'ok', text: changed.length > 0 ? summary : `${summary} Nothing was changed.` });
    setUndo(changed.length > 0 ? () => () => changed.forEach((d) => d.undo()) : null);
  };
  return (
    <section className="progress-transfer" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Your progress</h2>
      <p>
        Quiz answers and solved machine levels are saved in this browser. To continue on another device, export them to
        a file and import it there: importing adds what this browser does not have and keeps the newer of two answers to
        the same question.
      </p>
      <div className="transfer-actions">
        <button type="button" className="button" onClick={() => void exportFile()}>
          Export progress
        </button>
        <label className="button" htmlFor={inputId}>
          Import progress…
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={(e) => {
            void importFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </div>
      <p
        role={message?.kind === 'error' ? 'alert' : 'status'}
        className={message?.kind === 'error' ? 'transfer-error' : 'transfer-ok'}
      >
        {message?.text ?? ''}
      </p>
      {undo ? (
        <button
          type="button"
          className="button"
          onClick={() => {
            undo();
            setUndo(null);
            setMessage({ kind: 'ok', text: 'The import is undone: your answers are as they were before it.' });
          }}
        >
          Undo import
        </button>
      ) : null}
    </section>
  );
}
