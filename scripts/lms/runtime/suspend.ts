/**
 * What the SCO keeps in cmi.suspend_data: each checked answer, by question id, as option indexes (or
 * a boolean). SCORM 1.2 promises only 4096 characters, so `encodeSuspend` keeps what fits and says
 * how many answers it had to leave out.
 */
export type SavedAnswer = readonly number[] | boolean;
export type SavedAnswers = Readonly<Record<string, SavedAnswer>>;

const VERSION = 1;

export function encodeSuspend(answers: SavedAnswers, limit: number): { text: string; dropped: number } {
  const entries = Object.entries(answers);
  for (let keep = entries.length; keep >= 0; keep--) {
    const text = JSON.stringify({ v: VERSION, a: Object.fromEntries(entries.slice(0, keep)) });
    if (text.length <= limit) return { text, dropped: entries.length - keep };
  }
  return { text: '', dropped: entries.length };
}

/** Anything the LMS hands back that is not ours, or is damaged, reads as no saved answers. */
export function decodeSuspend(text: string): SavedAnswers {
  try {
    const data = JSON.parse(text) as { v?: unknown; a?: unknown };
    if (data?.v !== VERSION || typeof data.a !== 'object' || data.a === null) return {};
    const out: Record<string, SavedAnswer> = {};
    for (const [id, value] of Object.entries(data.a as Record<string, unknown>)) {
      if (typeof value === 'boolean') out[id] = value;
      else if (Array.isArray(value) && value.every((x) => Number.isInteger(x) && x >= 0)) out[id] = value as number[];
    }
    return out;
  } catch {
    return {};
  }
}
