import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  EMPTY_PROGRESS,
  MAX_SAVED_BYTES,
  chapterStatus,
  clearedEntries,
  liveAnswers,
  mergeChapters,
  parseChapter,
  statusLabel,
  type ChapterProgress,
} from '../../src/model/progress';
import { answerKey, legacyQuestionHash, questionHash } from '../../src/model/quiz/question-hash';
import type { Question } from '../../src/model/quiz/types';

const questions = [
  { id: 'q1', hash: 'h1' },
  { id: 'q2', hash: 'h2' },
  { id: 'q3', hash: 'h3', legacy: 'old3' },
];

function progress(answers: ChapterProgress['answers'], attempt = 0, updated = 1): ChapterProgress {
  return { attempt, answers, updated };
}

describe('parseChapter', () => {
  it('reads what is stored, and reads the older format (a stored "correct" flag is dropped)', () => {
    const saved = { attempt: 2, updated: 1700000000000, answers: { q1: { hash: 'h1', response: ['a'], at: 5 } } };
    expect(parseChapter(JSON.stringify(saved))).toEqual(saved);
    const v1 = { attempt: 0, updated: 77, answers: { q1: { hash: 'h1', response: 'a', correct: true } } };
    expect(parseChapter(JSON.stringify(v1))).toEqual({
      attempt: 0,
      updated: 77,
      answers: { q1: { hash: 'h1', response: 'a', at: 77 } },
    });
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
    expect(parseChapter(raw)).toBeNull();
  });

  it('refuses anything larger than we would ever write', () => {
    const padding = 'x'.repeat(MAX_SAVED_BYTES);
    expect(parseChapter(JSON.stringify({ attempt: 0, answers: {}, padding }))).toBeNull();
  });

  it('drops answers of the wrong shape, foreign ids and absurd responses, and keeps the rest', () => {
    const deep = '['.repeat(5000) + '"x"' + ']'.repeat(5000);
    const raw = `{"attempt": 1, "updated": 5, "answers": {
      "good": { "hash": "h", "response": null, "at": 3 },
      "gone": { "hash": "h", "at": 4, "cleared": true },
      "noHash": { "response": "a" },
      "numericHash": { "hash": 7, "response": "a" },
      "noResponse": { "hash": "h" },
      "badTime": { "hash": "h", "response": "a", "at": "now" },
      "Upper": { "hash": "h", "response": "a" },
      "__proto__": { "hash": "h", "response": "a" },
      "constructor": { "hash": "h", "response": "a" },
      "nested": { "hash": "h", "response": ${deep} },
      "list": ["h", "a", true],
      "text": "answered"
    }}`;
    const parsed = parseChapter(raw);
    expect(parsed).toEqual({
      attempt: 1,
      updated: 5,
      answers: { good: { hash: 'h', response: null, at: 3 }, gone: { hash: 'h', at: 4, cleared: true } },
    });
    expect(Object.getPrototypeOf(parsed?.answers)).toBe(Object.prototype);
  });

  it.each(['-1', '1.5', '"3"', 'null', '1e400'])('resets attempt %s to 0', (attempt) => {
    expect(parseChapter(`{"attempt": ${attempt}, "answers": {}}`)?.attempt).toBe(0);
  });
});

describe('mergeChapters (findings 8 and 9: tabs and builds never erase each other)', () => {
  const a = progress({ q1: { hash: 'h1', response: 'a', at: 10 }, q2: { hash: 'h2', response: 'x', at: 10 } }, 1, 10);
  const b = progress({ q2: { hash: 'h2', response: 'y', at: 20 }, q3: { hash: 'NEW', response: 'z', at: 15 } }, 2, 20);

  it('keeps every question, the newer answer where both have one, in either order', () => {
    const merged = mergeChapters(a, b);
    expect(merged).toEqual(mergeChapters(b, a));
    expect(merged.answers).toEqual({
      q1: { hash: 'h1', response: 'a', at: 10 },
      q2: { hash: 'h2', response: 'y', at: 20 },
      q3: { hash: 'NEW', response: 'z', at: 15 },
    });
    expect(merged.attempt).toBe(2);
    expect(merged.updated).toBe(20);
  });

  it('an answer written by a newer build (a fingerprint this build does not know) survives our writes', () => {
    const mine = progress({ q1: { hash: 'h1', response: 'b', at: 30 } }, 0, 30);
    const merged = mergeChapters(b, mine);
    expect(merged.answers.q3).toEqual({ hash: 'NEW', response: 'z', at: 15 });
    // ...but does not count here, where q3's key differs.
    expect(Object.keys(liveAnswers(merged, questions))).toEqual(['q1', 'q2']);
  });

  it('a cleared answer stays cleared against older copies, and a later answer beats the clearing', () => {
    const cleared = progress(clearedEntries({ q1: a.answers.q1! }, 50), 3, 50);
    expect(liveAnswers(mergeChapters(a, cleared), questions)).not.toHaveProperty('q1');
    const later = progress({ q1: { hash: 'h1', response: 'c', at: 60 } });
    expect(liveAnswers(mergeChapters(cleared, later), questions).q1?.response).toBe('c');
  });
});

describe('liveAnswers and fingerprints (finding 6)', () => {
  const question: Question = {
    id: 'why-not-ring-0',
    kind: 'single',
    prompt: 'Why not run the guest kernel in ring 0?',
    section: 'rings',
    choices: [
      { id: 'a', text: 'It would control the real machine', correct: true, why: 'Right. Trap-and-emulate…' },
      { id: 'b', text: 'It is slower', correct: false, why: 'No.' },
    ],
  };

  it('a typo fix in the prompt, a choice or an explanation keeps the fingerprint', () => {
    const fixed: Question = {
      ...question,
      prompt: 'Why not run the guest kernel in ring 0 ?',
      choices: [
        { ...question.choices[0]!, why: 'Right: trap-and-emulate…', text: 'It controls the machine' },
        question.choices[1]!,
      ],
    };
    expect(questionHash(fixed)).toBe(questionHash(question));
    expect(legacyQuestionHash(fixed)).not.toBe(legacyQuestionHash(question));
  });

  it('a changed answer key changes it', () => {
    const rekeyed: Question = {
      ...question,
      choices: [
        { ...question.choices[0]!, correct: false },
        { ...question.choices[1]!, correct: true },
      ],
    };
    expect(questionHash(rekeyed)).not.toBe(questionHash(question));
    expect(answerKey(question)).toEqual({
      id: 'why-not-ring-0',
      kind: 'single',
      choices: [
        { id: 'a', correct: true },
        { id: 'b', correct: false },
      ],
    });
  });

  it('answers saved under the old whole-question fingerprint still count, under the new one', () => {
    const p = progress({ q3: { hash: 'old3', response: 'r', at: 1 }, q1: { hash: 'stale', response: 'r', at: 1 } });
    expect(liveAnswers(p, questions)).toEqual({ q3: { hash: 'h3', response: 'r', at: 1 } });
  });
});

describe('chapterStatus', () => {
  it('counts only live answers; the score is what the caller graded, never a stored flag', () => {
    expect(chapterStatus(EMPTY_PROGRESS, questions)).toEqual({ kind: 'not-started' });
    const some = progress({ q1: { hash: 'h1', response: 'a', at: 1 } });
    expect(statusLabel(chapterStatus(some, questions))).toBe('In progress: 1 of 3 answered');
    const all = progress({
      q1: { hash: 'h1', response: 'a', at: 1 },
      q2: { hash: 'h2', response: 'a', at: 1 },
      q3: { hash: 'h3', response: 'a', at: 1 },
    });
    expect(statusLabel(chapterStatus(all, questions))).toBe('All 3 questions answered');
    expect(statusLabel(chapterStatus(all, questions, 2))).toBe('Quiz score 2 of 3');
  });
});

describe('saving progress in the browser', () => {
  const entry = (response: string, at: number) => ({ hash: 'h1', response, at });

  /** A Storage backed by a Map; `fail` decides which calls throw, as browsers do. */
  function fakeStorage(fail: (method: string, key?: string, value?: string) => boolean = () => false) {
    const data = new Map<string, string>();
    const guard = (method: string, key?: string, value?: string) => {
      if (fail(method, key, value)) throw new DOMException('full', 'QuotaExceededError');
    };
    return {
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
  }

  type Listener = (e: { key: string | null; newValue: string | null }) => void;
  let listeners: Record<string, Listener[]> = {};

  /** A browser window whose localStorage is `storage`, or throws it when it is an error. */
  function stubWindow(storage: unknown) {
    listeners = {};
    vi.stubGlobal('window', {
      get localStorage() {
        if (storage instanceof Error) throw storage;
        return storage;
      },
      addEventListener: (type: string, l: Listener) => (listeners[type] ??= []).push(l),
    });
  }

  /** A fresh copy of the modules, so the in-memory fallback starts empty and sees the stubbed window. */
  async function load() {
    const { readProgress, updateProgress } = await import('../../src/quiz/progress');
    const { flushUnsaved, storageAvailable, storageState } = await import('../../src/lib/storage');
    return { readProgress, updateProgress, flushUnsaved, storageAvailable, storageState };
  }

  beforeEach(() => {
    vi.resetModules();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('writes to localStorage under a versioned key per chapter, merged into what is there', async () => {
    const storage = fakeStorage();
    storage.data.set('rz:quiz:v1:hypervisors', JSON.stringify(progress({ q2: { hash: 'h2', response: 'b', at: 2 } })));
    stubWindow(storage);
    const { updateProgress, readProgress, storageState } = await load();
    expect(updateProgress('hypervisors', { answers: { q1: entry('a', 5) }, attempt: 1 })).toBe(true);
    expect(storageState()).toBe('saved');
    const stored = JSON.parse(storage.data.get('rz:quiz:v1:hypervisors') ?? 'null') as ChapterProgress;
    expect(stored.attempt).toBe(1);
    expect(Object.keys(stored.answers)).toEqual(['q1', 'q2']);
    expect(readProgress('hypervisors').answers.q1).toEqual(entry('a', 5));
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
    ['there is no window (server render)', () => undefined],
  ])('keeps answers in memory for the session when %s, and says so', async (_why, storage) => {
    const stub = storage();
    if (stub !== undefined) stubWindow(stub);
    const { updateProgress, readProgress, storageAvailable, storageState } = await load();
    expect(storageAvailable()).toBe(false);
    expect(updateProgress('hypervisors', { answers: { q1: entry('a', 1) } })).toBe(false);
    expect(readProgress('hypervisors').answers.q1).toEqual(entry('a', 1));
    expect(storageState()).toBe('unavailable');
  });

  // Finding 4: the probe fits but the answers do not (quota nearly full).
  it('says "failing" when a write is refused, keeps the newest answers, and saves them when space frees', async () => {
    let full = true;
    const storage = fakeStorage((method, _key, value) => full && method === 'setItem' && (value?.length ?? 0) > 40);
    storage.data.set('rz:quiz:v1:hypervisors', JSON.stringify(progress({ q2: { hash: 'h2', response: 'b', at: 2 } })));
    stubWindow(storage);
    const { updateProgress, readProgress, storageState, flushUnsaved } = await load();
    expect(updateProgress('hypervisors', { answers: { q1: entry('a', 5) } })).toBe(false);
    expect(storageState()).toBe('failing');
    const stored = () => JSON.parse(storage.data.get('rz:quiz:v1:hypervisors') ?? 'null') as ChapterProgress;
    expect(Object.keys(stored().answers)).toEqual(['q2']);
    expect(readProgress('hypervisors').answers.q1).toEqual(entry('a', 5));
    expect(flushUnsaved()).toBe(false);
    // Meanwhile another tab saved an answer; then space frees up.
    storage.data.set(
      'rz:quiz:v1:hypervisors',
      JSON.stringify(progress({ q2: { hash: 'h2', response: 'b', at: 2 }, q3: { hash: 'h3', response: 'c', at: 6 } })),
    );
    full = false;
    expect(flushUnsaved()).toBe(true);
    expect(storageState()).toBe('saved');
    expect(Object.keys(stored().answers)).toEqual(['q1', 'q2', 'q3']);
  });

  // Finding 9: two tabs write in the same instant and one overwrites the other.
  it('puts back its own answer when another tab overwrote it', async () => {
    const storage = fakeStorage();
    stubWindow(storage);
    const { updateProgress } = await load();
    updateProgress('hypervisors', { answers: { q1: entry('mine', 5) } });
    // The other tab, which had not seen q1 yet, wrote only its own answer.
    const theirs = JSON.stringify(progress({ q2: { hash: 'h2', response: 'theirs', at: 5 } }));
    storage.data.set('rz:quiz:v1:hypervisors', theirs);
    for (const l of listeners.storage ?? []) l({ key: 'rz:quiz:v1:hypervisors', newValue: theirs });
    const stored = JSON.parse(storage.data.get('rz:quiz:v1:hypervisors') ?? 'null') as ChapterProgress;
    expect(Object.keys(stored.answers)).toEqual(['q1', 'q2']);
  });
});

describe('two tabs repairing each other settle', () => {
  it('merging is idempotent and canonical, whatever order fields were written in', () => {
    const written = progress({
      q1: { hash: 'h1', response: 'a', at: 5 } as never,
      q0: { at: 6, hash: 'h0', response: 'b' },
    });
    const reread = parseChapter(JSON.stringify(mergeChapters(written, EMPTY_PROGRESS)))!;
    const once = mergeChapters(reread, written);
    expect(JSON.stringify(mergeChapters(once, written))).toBe(JSON.stringify(once));
    expect(JSON.stringify(mergeChapters(reread, EMPTY_PROGRESS))).toBe(JSON.stringify(once));
  });
});
