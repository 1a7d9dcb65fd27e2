import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDiagramParams } from '../../src/model/diagram-state';
import {
  EMPTY_PROGRESS,
  liveAnswers,
  readChapter,
  type ChapterProgress,
  type QuestionRef,
} from '../../src/model/progress';
import {
  MAX_FILE_BYTES,
  applyChanges,
  buildFile,
  describeImport,
  parseFile,
  planQuizImport,
} from '../../src/model/progress-file';
import { planLevelImport } from '../../src/model/machine/level-progress';
import { parseMachineParams } from '../../src/model/machine/url';
import { parseCompareParams } from '../../src/model/operation-compare';
import { parsePacketParams } from '../../src/model/packet-path-state';
import { parseWalkParams } from '../../src/model/page-walk-url';
import { safeDecode } from '../../src/model/safe-decode';

const NOW = 1_800_000_000_000;
const refs: Record<string, QuestionRef[]> = {
  hypervisors: Array.from({ length: 11 }, (_, i) => ({ id: `q${i + 1}`, hash: `h${i + 1}`, legacy: `old${i + 1}` })),
};
const answer = (i: number, at: number, response: unknown = `r${i}`) => ({ hash: `h${i}`, response, at });

function device(ids: number[], at: number): ChapterProgress {
  return { attempt: 0, updated: at, answers: Object.fromEntries(ids.map((i) => [`q${i}`, answer(i, at)])) };
}

/** Import `file` into a browser holding `here`; returns what the browser holds after, and the plan. */
function importInto(here: ChapterProgress, file: unknown) {
  const parsed = parseFile(JSON.stringify(file));
  if (!parsed.ok) throw new Error(parsed.error);
  const plan = planQuizImport(parsed.sections.quiz, () => here, refs, NOW);
  const after = applyChanges(here, plan.changes.hypervisors ?? {}, NOW);
  return { plan, after, undone: applyChanges(after, plan.undo.hypervisors ?? {}, NOW + 10) };
}

describe('parseFile', () => {
  it('refuses an oversized file, malformed JSON, a foreign file and a future version with clear messages', () => {
    expect(parseFile('x'.repeat(MAX_FILE_BYTES + 1))).toEqual({ ok: false, error: expect.stringMatching(/too large/) });
    expect(parseFile('{oops')).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/) });
    expect(parseFile('{"hello":1}')).toEqual({ ok: false, error: expect.stringMatching(/not a Ring Zero/) });
    expect(parseFile('{"format":"ring-zero-progress","version":9,"chapters":{}}')).toEqual({
      ok: false,
      error: expect.stringMatching(/version 9/),
    });
  });

  it('reads version 2 (named sections) and version 1 (chapters), with or without a byte-order mark', () => {
    const v2 = buildFile({ quiz: { chapters: {} }, machine: { level: 3 } }, new Date(0));
    expect(parseFile('\uFEFF' + JSON.stringify(v2))).toEqual({ ok: true, sections: v2.sections });
    const v1 = { format: 'ring-zero-progress', version: 1, exported: '', chapters: { hypervisors: {} } };
    expect(parseFile(JSON.stringify(v1))).toEqual({ ok: true, sections: { quiz: { chapters: { hypervisors: {} } } } });
  });
});

describe('importing merges, never clobbers (findings 3 and 11)', () => {
  it('two devices: A keeps its five answers and gains B’s six', () => {
    const a = device([1, 2, 3, 4, 5], NOW - 1000);
    const b = buildFile({ quiz: { chapters: { hypervisors: device([6, 7, 8, 9, 10, 11], NOW - 500) } } }, new Date());
    const { plan, after, undone } = importInto(a, b);
    expect(Object.keys(liveAnswers(after, refs.hypervisors!))).toHaveLength(11);
    expect(describeImport(plan)).toBe('Imported: 6 answers added.');
    // One-step undo: back to A's five, exactly.
    expect(liveAnswers(undone, refs.hypervisors!)).toEqual(liveAnswers(a, refs.hypervisors!));
  });

  it('per question, the newer answer wins; the same answer is kept', () => {
    const here = device([1, 2], NOW - 1000);
    const file = {
      format: 'ring-zero-progress',
      version: 2,
      sections: {
        quiz: {
          chapters: {
            hypervisors: {
              attempt: 0,
              updated: 0,
              answers: { q1: answer(1, NOW - 10, 'newer'), q2: answer(2, NOW - 5000, 'older'), q3: answer(3, 1) },
            },
          },
        },
      },
    };
    const { plan, after } = importInto(here, file);
    expect(plan).toMatchObject({ added: 2, kept: 1, ignored: 0 });
    const live = liveAnswers(after, refs.hypervisors!);
    expect([live.q1?.response, live.q2?.response, live.q3?.response]).toEqual(['newer', 'r2', 'r3']);
  });

  it('a file from another course version, junk entries or an empty chapter change nothing and are counted', () => {
    const here = device([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], NOW - 1000);
    const before = liveAnswers(here, refs.hypervisors!);
    const chapters = {
      hypervisors: {
        attempt: 0,
        updated: NOW,
        answers: {
          q1: { hash: 'changed', response: 'x', at: NOW },
          q2: { hash: 'h2', response: 'x', correct: 'yes', at: 'soon' },
          q99: { hash: 'h99', response: 'x', at: NOW },
          q3: '<script>alert(1)</script>',
        },
      },
      'no-such-chapter': { attempt: 0, answers: { q1: answer(1, NOW) } },
      __proto__: { answers: {} },
    };
    const { plan, after } = importInto(here, { format: 'ring-zero-progress', version: 1, chapters });
    expect(plan).toMatchObject({ added: 0, kept: 0, ignored: 5 });
    expect(liveAnswers(after, refs.hypervisors!)).toEqual(before);
    const empty = importInto(here, {
      format: 'ring-zero-progress',
      version: 1,
      chapters: { hypervisors: { answers: {} } },
    });
    expect(liveAnswers(empty.after, refs.hypervisors!)).toEqual(before);
  });

  it('a forged "correct" flag is not imported, and a future time cannot pin an answer', () => {
    const file = {
      format: 'ring-zero-progress',
      version: 1,
      chapters: { hypervisors: { answers: { q1: { hash: 'h1', response: 'wrong', correct: true, at: 8e15 } } } },
    };
    const { after } = importInto(EMPTY_PROGRESS, file);
    expect(after.answers.q1).toEqual({ hash: 'h1', response: 'wrong', at: NOW });
  });
});

describe('fuzz: any input gives a clear answer, never a throw (fixed seeds)', { timeout: 20_000 }, () => {
  const options = { seed: 20261202, numRuns: 200 };

  it('parseFile on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
        const r = parseFile(text);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.error).toMatch(/\w/);
      }),
      options,
    );
  });

  it('importing any value writes only answers to current, unchanged questions', () => {
    const here = device([1, 2, 3], NOW - 1000);
    const entry = fc.record(
      {
        hash: fc.oneof(fc.constantFrom('h1', 'h2', 'h4', 'old5', 'x'), fc.anything()),
        response: fc.anything(),
        at: fc.oneof(fc.integer(), fc.double(), fc.anything()),
        cleared: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const chapter = fc.record({
      attempt: fc.anything(),
      answers: fc.oneof(
        fc.dictionary(fc.constantFrom('q1', 'q2', 'q4', 'q5', '__proto__', 'Q', ''), entry),
        fc.anything(),
      ),
    });
    const section = fc.oneof(
      fc.record({
        chapters: fc.dictionary(fc.constantFrom('hypervisors', 'gone', '__proto__'), fc.oneof(chapter, fc.anything())),
      }),
      fc.anything(),
    );
    fc.assert(
      fc.property(section, (value) => {
        const plan = planQuizImport(value, () => here, refs, NOW);
        for (const [slug, entries] of Object.entries(plan.changes)) {
          expect(slug).toBe('hypervisors');
          for (const [id, e] of Object.entries(entries)) {
            const ref = refs.hypervisors!.find((q) => q.id === id);
            expect(ref).toBeDefined();
            expect(e.hash).toBe(ref!.hash);
            expect(e.at).toBeLessThanOrEqual(NOW);
          }
        }
        // The browser's own answers are never lost by an import.
        const after = applyChanges(here, plan.changes.hypervisors ?? {}, NOW);
        expect(Object.keys(liveAnswers(after, refs.hypervisors!))).toEqual(
          expect.arrayContaining(Object.keys(liveAnswers(here, refs.hypervisors!))),
        );
      }),
      options,
    );
  });

  it('stored chapters of any shape', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const p = readChapter(value);
        if (p) expect(Number.isSafeInteger(p.attempt)).toBe(true);
      }),
      options,
    );
  });

  it('URL state: hashes and diagram parameters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string(), (text, query) => {
        expect(typeof safeDecode(text)).toBe('string');
        expect(typeof safeDecode('%' + text)).toBe('string');
        const parsed = parseDiagramParams(new URLSearchParams(query + '&' + text), 'kvm');
        expect(Array.isArray(parsed.problems)).toBe(true);
      }),
      options,
    );
    expect(safeDecode('%E0%A4%A')).toBe('%E0%A4%A');
    expect(safeDecode('caf%C3%A9%')).toBe('café%');
    expect(safeDecode('%F0%9F')).toBe('%F0%9F');
  });
});

describe('fuzz: every parser of the address and the levels section (fixed seeds)', { timeout: 20_000 }, () => {
  const options = { seed: 20261203, numRuns: 300 };
  // The names each explorer reads, plus noise; values of any kind, repeated names included.
  const names = ['level', 'design', 'program', 'step', 'arch', 'compare', 'op', 'walk', 'levels', 'pages', 'tlb', 'at'];
  const query = fc.array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...names, 'io', 'dir', 'irq', 'batch', 'hop'), fc.string()),
      fc.string({ unit: 'binary' }),
    ),
    { maxLength: 8 },
  );

  it('explorer URL parsers fall back with a message, never throw', () => {
    fc.assert(
      fc.property(query, (pairs) => {
        const params = new URLSearchParams(pairs);
        for (const parsed of [
          parseMachineParams(params),
          parseWalkParams(params),
          parsePacketParams(params),
          parseCompareParams(params),
          parseDiagramParams(params, 'kvm'),
        ]) {
          expect(Array.isArray(parsed.problems)).toBe(true);
          for (const p of parsed.problems) expect(p.length).toBeLessThan(400);
        }
      }),
      options,
    );
  });

  it('importing any levels section adds only levels of this build, never dated after the import', () => {
    const known = ['hello-ring-zero', 'batch-the-exits'];
    const entry = fc.oneof(fc.record({ at: fc.oneof(fc.double(), fc.integer(), fc.anything()) }), fc.anything());
    const section = fc.oneof(
      fc.record({
        solved: fc.dictionary(fc.oneof(fc.constantFrom(...known, '__proto__', 'gone'), fc.string()), entry),
      }),
      fc.anything(),
    );
    fc.assert(
      fc.property(section, (value) => {
        const plan = planLevelImport(value, { solved: { 'hello-ring-zero': { at: 1 } } }, known, NOW);
        for (const [id, s] of Object.entries(plan.add)) {
          expect(id).toBe('batch-the-exits');
          expect(s.at).toBeGreaterThanOrEqual(0);
          expect(s.at).toBeLessThanOrEqual(NOW);
        }
      }),
      options,
    );
  });
});
