/**
 * Selections a learner has made but not checked yet, kept in sessionStorage for this tab: a reload
 * ("Reload to update", or the one a new deployment causes) brings them back instead of dropping them.
 * Keyed by the question's shuffle seed (chapter, question, attempt), so a retry starts clean; the
 * question's kind validates a draft before it is used. Checked answers are saved elsewhere
 * (src/quiz/progress.ts) and their draft is dropped.
 */
const PREFIX = 'rz:draft:';

export function readDraft(seed: string): unknown {
  try {
    const raw = sessionStorage.getItem(PREFIX + seed);
    return raw === null ? undefined : (JSON.parse(raw) as unknown);
  } catch {
    return undefined;
  }
}

export function writeDraft(seed: string, response: unknown): void {
  try {
    sessionStorage.setItem(PREFIX + seed, JSON.stringify(response));
  } catch {
    /* no session storage: the selection lasts as long as the page */
  }
}

export function clearDraft(seed: string): void {
  try {
    sessionStorage.removeItem(PREFIX + seed);
  } catch {
    /* nothing to clear */
  }
}
