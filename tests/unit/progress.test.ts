import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EMPTY_PROGRESS,
  MAX_SAVED_BYTES,
  chapterStatus,
  parseProgress,
  pruneProgress,
  statusLabel,
  type ChapterProgress,
} from '../../src/quiz/progress';

const questions = [
  { id: 'q1', hash: 'h1' },
  { id: 'q2', hash: 'h2' },
  { id: 'q3', hash: 'h3' },
];

function progress(answers: ChapterProgress['answers'], attempt = 0): ChapterProgress {
  return { attempt, answers, updated: 1 };
}

describe('parseProgress', () => {
  it('reads what writeProgress stores', () => {
    const saved = {
      attempt: 2,
      updated: 1700000000000,
      answers: { q1: { hash: 'h1', response: ['a'], correct: true } },
    };
    expect(parseProgress(JSON.stringify(saved))).toEqual(saved);
  });

  it.each([
    ['nothing stored', null],
    ['corrupt JSON', '{"attempt": 1, "answers": {'],
    ['an empty string', ''],
    ['a JSON array', '[{"answers": {}}]'],
    ['a JSON string', '"hello"'],
    ['null', 'null'],
    ['no answers', '{"attempt": 1}'],
    ['answers as an array', '{"attempt": 1, "answers": []}'],
    ['answers as a string', '{"attempt": 1, "answers": "q1"}'],
  ])('ignores %s', (_what, raw) => {
    expect(parseProgress(raw)).toBeNull();
  });

  it('refuses anything larger than we would ever write', () => {
    const padding = 'x'.repeat(MAX_SAVED_BYTES);
    expect(parseProgress(JSON.stringify({ attempt: 0, answers: {}, padding }))).toBeNull();
  });

  it('drops answers of the wrong shape and keeps the rest', () => {
    const raw = JSON.stringify({
      attempt: 1,
      updated: 5,
      answers: {
        good: { hash: 'h', response: null, correct: false },
        noHash: { response: 'a', correct: true },
        numericHash: { hash: 7, response: 'a', correct: true },
        stringCorrect: { hash: 'h', response: 'a', correct: 'yes' },
        noResponse: { hash: 'h', correct: true },
        list: ['h', 'a', true],
        text: 'answered',
      },
    });
    expect(parseProgress(raw)).toEqual({
      attempt: 1,
      updated: 5,
      answers: { good: { hash: 'h', response: null, correct: false } },
    });
  });

  it.each(['-1', '1.5', '"3"', 'null', '1e400'])('resets attempt %s to 0', (attempt) => {
    expect(parseProgress(`{"attempt": ${attempt}, "answers": {}}`)?.attempt).toBe(0);
  });

  it('resets a missing or non-numeric update time to 0', () => {
    expect(parseProgress('{"answers": {}, "updated": "yesterday"}')).toEqual({ attempt: 0, answers: {}, updated: 0 });
  });
});

describe('pruneProgress', () => {
  it('drops answers to questions that changed or were removed and keeps the others', () => {
    const p = progress(
      {
        q1: { hash: 'h1', response: 'a', correct: true },
        q2: { hash: 'old', response: 'b', correct: true },
        gone: { hash: 'hx', response: 'c', correct: false },
      },
      3,
    );
    const pruned = pruneProgress(p, questions);
    expect(pruned).toEqual({ attempt: 3, updated: 1, answers: { q1: { hash: 'h1', response: 'a', correct: true } } });
    expect(p.answers).toHaveProperty('q2');
  });
});

describe('chapterStatus', () => {
  it('is "not started" with no answers, or only answers to changed questions', () => {
    expect(chapterStatus(EMPTY_PROGRESS, questions)).toEqual({ kind: 'not-started' });
    const stale = progress({ q1: { hash: 'old', response: 'a', correct: true } });
    expect(chapterStatus(stale, questions)).toEqual({ kind: 'not-started' });
    expect(statusLabel({ kind: 'not-started' })).toBe('Not started');
  });

  it('is "in progress" while some current questions are unanswered', () => {
    const p = progress({
      q1: { hash: 'h1', response: 'a', correct: true },
      q2: { hash: 'h2', response: 'b', correct: false },
      q3: { hash: 'old', response: 'c', correct: true },
    });
    const status = chapterStatus(p, questions);
    expect(status).toEqual({ kind: 'in-progress', answered: 2, total: 3, correct: 1 });
    expect(statusLabel(status)).toBe('In progress: 2 of 3 answered');
  });

  it('is "done" with a score once every current question is answered', () => {
    const p = progress({
      q1: { hash: 'h1', response: 'a', correct: true },
      q2: { hash: 'h2', response: 'b', correct: false },
      q3: { hash: 'h3', response: 'c', correct: true },
    });
    const status = chapterStatus(p, questions);
    expect(status).toEqual({ kind: 'done', correct: 2, total: 3 });
    expect(statusLabel(status)).toBe('Quiz score 2 of 3');
  });
});

describe('saving progress', () => {
  const answers = { q1: { hash: 'h1', response: 'r0', correct: true } };

  /** A Storage backed by a Map; `fail` decides which calls throw, as browsers do. */
  function fakeStorage(fail: (method: string, key?: string, value?: string) => boolean = () => false) {
    const data = new Map<string, string>();
    const guard = (method: string, key?: string, value?: string) => {
      if (fail(method, key, value)) throw new DOMException('denied', 'SecurityError');
    };
    const storage = {
      data,
      get length() {
        return data.size;
      },
      key: (i: number) => [...data.keys()][i] ?? null,
      getItem: (k: string) => (guard('getItem', k), data.get(k) ?? null),
      setItem: (k: string, v: string) => (guard('setItem', k, v), void data.set(k, v)),
      removeItem: (k: string) => (guard('removeItem', k), void data.delete(k)),
      clear: () => data.clear(),
    };
    return storage;
  }

  /** A browser window whose localStorage is `storage`, or throws it when it is an error. */
  function stubWindow(storage: unknown) {
    vi.stubGlobal('window', {
      get localStorage() {
        if (storage instanceof Error) throw storage;
        return storage;
      },
      addEventListener: () => undefined,
    });
  }

  /** A fresh copy of the modules, so the in-memory fallback starts empty and sees the stubbed window. */
  async function load() {
    const progressModule = await import('../../src/quiz/progress');
    const storage = await import('../../src/lib/storage');
    return { ...progressModule, ...storage };
  }

  beforeEach(() => {
    vi.resetModules();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('writes to localStorage under a versioned key per chapter', async () => {
    const storage = fakeStorage();
    stubWindow(storage);
    const { writeProgress, readProgress, savedSlugs, storageAvailable, PROGRESS_PREFIX } = await load();
    expect(storageAvailable()).toBe(true);
    expect(writeProgress('hypervisors', { attempt: 1, answers })).toBe(true);
    expect(JSON.parse(storage.data.get(`${PROGRESS_PREFIX}hypervisors`) ?? 'null')).toMatchObject({
      attempt: 1,
      answers,
    });
    expect(readProgress('hypervisors')).toMatchObject({ attempt: 1, answers });
    expect(savedSlugs()).toEqual(['hypervisors']);
  });

  it('shows no progress, without crashing, when what is stored is unreadable', async () => {
    const storage = fakeStorage();
    storage.data.set('rz:quiz:v1:hypervisors', '{not json');
    stubWindow(storage);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { readProgress } = await load();
    expect(readProgress('hypervisors')).toEqual(EMPTY_PROGRESS);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"hypervisors"'));
  });

  it.each([
    ['localStorage itself throws (storage disabled)', () => new DOMException('denied', 'SecurityError')],
    ['every storage call throws (private mode)', () => fakeStorage(() => true)],
    ['writes throw (quota full)', () => fakeStorage((method) => method === 'setItem')],
    ['there is no window (server render)', () => undefined],
  ])('keeps answers in memory for the session when %s', async (_why, storage) => {
    const stub = storage();
    if (stub !== undefined) stubWindow(stub);
    const { writeProgress, readProgress, savedSlugs, storageAvailable } = await load();
    expect(storageAvailable()).toBe(false);
    expect(readProgress('hypervisors')).toEqual(EMPTY_PROGRESS);
    expect(writeProgress('hypervisors', { attempt: 0, answers })).toBe(false);
    expect(readProgress('hypervisors')).toMatchObject({ attempt: 0, answers });
    expect(savedSlugs()).toEqual(['hypervisors']);
  });

  // Known bug: when the small probe write still fits but the real value does not (quota nearly full),
  // writeItem keeps the new value in memory, yet readItem prefers the older copy in localStorage,
  // so the learner's latest answer disappears from the page. Remove `.fails` when fixed.
  it('shows the newest answers when only large writes exceed the quota', async () => {
    const storage = fakeStorage((method, _key, value) => method === 'setItem' && (value?.length ?? 0) > 40);
    storage.data.set('rz:quiz:v1:hypervisors', JSON.stringify({ attempt: 0, answers: {}, updated: 1 }));
    stubWindow(storage);
    const { writeProgress, readProgress } = await load();
    expect(writeProgress('hypervisors', { attempt: 0, answers })).toBe(false);
    expect(readProgress('hypervisors').answers).toEqual(answers);
  });
});

describe('importing a progress file', () => {
  it('refuses an oversized file, malformed JSON, a foreign file and a future version with clear messages', async () => {
    const { parseImport, MAX_IMPORT_BYTES, buildExport } = await import('../../src/quiz/transfer');
    const known = ['privilege-rings'];
    expect(parseImport('x'.repeat(MAX_IMPORT_BYTES + 1), known)).toEqual({
      ok: false,
      error: expect.stringMatching(/too large/),
    });
    expect(parseImport('{oops', known)).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(parseImport('{"hello":1}', known)).toEqual({
      ok: false,
      error: expect.stringMatching(/not a Ring Zero progress file/),
    });
    expect(parseImport('{"format":"ring-zero-progress","version":9,"chapters":{}}', known)).toEqual({
      ok: false,
      error: expect.stringMatching(/version 9/),
    });
    const good = buildExport(
      { 'privilege-rings': { attempt: 1, updated: 5, answers: {} }, gone: { attempt: 0, updated: 1, answers: {} } },
      new Date(0),
    );
    const result = parseImport(JSON.stringify(good), known);
    expect(result).toEqual({
      ok: true,
      chapters: { 'privilege-rings': { attempt: 1, updated: 5, answers: {} } },
      skipped: ['gone'],
    });
  });
});
