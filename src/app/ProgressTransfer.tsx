import { useId, useState } from 'react';
import { buildExport, parseImport } from '../quiz/transfer';
import { readProgress, writeProgress, type ChapterProgress } from '../quiz/progress';
import { chapters } from './course';

/** Export the learner's answers to a file, or import them on another device. */
export function ProgressTransfer() {
  const inputId = useId();
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const exportFile = () => {
    const all: Record<string, ChapterProgress> = {};
    for (const c of chapters) {
      const p = readProgress(c.slug);
      if (p.updated > 0) all[c.slug] = p;
    }
    const blob = new Blob([JSON.stringify(buildExport(all, new Date()), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = 'ring-zero-progress.json';
    a.click();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage({ kind: 'ok', text: `Exported progress for ${Object.keys(all).length} chapter(s).` });
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = parseImport(
      await file.text(),
      chapters.map((c) => c.slug),
    );
    if (!result.ok) {
      setMessage({ kind: 'error', text: `${result.error} Nothing was changed.` });
      return;
    }
    for (const [slug, p] of Object.entries(result.chapters)) writeProgress(slug, p);
    const n = Object.keys(result.chapters).length;
    const skipped = result.skipped.length > 0 ? ` ${result.skipped.length} unknown chapter(s) were skipped.` : '';
    setMessage({ kind: 'ok', text: `Imported progress for ${n} chapter(s).${skipped}` });
  };
  return (
    <section className="progress-transfer" aria-labelledby={`${inputId}-title`}>
      <h2 id={`${inputId}-title`}>Your progress</h2>
      <p>
        Quiz answers are saved in this browser. To continue on another device, export them to a file and import it
        there.
      </p>
      <div className="transfer-actions">
        <button type="button" className="button" onClick={exportFile}>
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
    </section>
  );
}
