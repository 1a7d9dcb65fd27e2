import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  continueAddress,
  describeReadingImport,
  planReadingImport,
  mergeReading,
  parseReading,
  readPercent,
  recordReading,
  type ChapterActivity,
} from '../../src/model/reading';

const chapter = (slug: string, over: Partial<ChapterActivity> = {}): ChapterActivity => ({
  slug,
  sections: ['intro', 'middle', 'end'],
  questions: ['q1', 'q2'],
  answered: new Set(),
  answeredAt: 0,
  ...over,
});

describe('reading log', () => {
  it('records the section and the furthest point reached', () => {
    let log = recordReading({}, 'ch', 'middle', 1, 3, 1000);
    log = recordReading(log, 'ch', 'intro', 0, 3, 2000);
    expect(log.ch).toEqual({ section: 'intro', furthest: 2 / 3, updated: 2000 });
    expect(readPercent(log.ch)).toBe(67);
    expect(readPercent(undefined)).toBe(0);
  });

  it('reads back what it wrote, and anything else as an empty or partial log without throwing', () => {
    const log = recordReading({}, 'ch', 'end', 2, 3, 5);
    expect(parseReading(JSON.stringify(log))).toEqual(log);
    expect(parseReading('{not json')).toEqual({});
    expect(parseReading('[1,2]')).toEqual({});
    expect(parseReading({ ok: { section: null, furthest: 0.5, updated: 1 }, Bad: {}, x: { furthest: 7 } })).toEqual({
      ok: { section: null, furthest: 0.5, updated: 1 },
    });
    fc.assert(fc.property(fc.anything(), (junk) => void parseReading(junk)));
    fc.assert(fc.property(fc.string(), (junk) => void parseReading(junk)));
  });

  it('merges per chapter: the newer place, the furthest progress', () => {
    const a = { ch: { section: 'end', furthest: 1, updated: 1 }, only: { section: null, furthest: 0.2, updated: 1 } };
    const b = { ch: { section: 'intro', furthest: 0.3, updated: 9 } };
    expect(mergeReading(a, b)).toEqual({ ch: { section: 'intro', furthest: 1, updated: 9 }, only: a.only });
  });
});

describe('continue where you left off', () => {
  it('goes to the section last read in the chapter read most recently, without any answers', () => {
    const log = recordReading(recordReading({}, 'one', 'end', 2, 3, 10), 'six', 'middle', 1, 3, 20);
    expect(continueAddress(log, [chapter('one'), chapter('six')])).toBe('/six/#middle');
  });

  it('goes to the first unanswered question when the learner was last answering', () => {
    const log = recordReading({}, 'six', 'middle', 1, 3, 20);
    const six = chapter('six', { answered: new Set(['q1']), answeredAt: 30 });
    expect(continueAddress(log, [chapter('one'), six])).toBe('/six/#q-q2');
  });

  it('goes to the first unanswered question once the chapter is read to the end', () => {
    const log = recordReading({}, 'one', 'end', 2, 3, 20);
    expect(continueAddress(log, [chapter('one')])).toBe('/one/#q-q1');
  });

  it('goes on to the next unfinished chapter when the latest one is done, and nowhere without activity', () => {
    const one = chapter('one', { answered: new Set(['q1', 'q2']), answeredAt: 40 });
    expect(continueAddress({}, [one, chapter('two')])).toBe('/two/');
    expect(continueAddress({}, [chapter('one')])).toBeNull();
  });
});

describe('importing reading places', () => {
  const at = (section: string | null, furthest: number, updated: number) => ({ section, furthest, updated });
  const NOW = 1_000_000;

  it('adds chapters this browser has not read, moves on older places and keeps newer ones', () => {
    const mine = { 'privilege-rings': at('rings-0-to-3', 0.5, 900), hypervisors: at('paravirtualization', 0.8, 950) };
    const file = {
      'hosted-virtualization': at('binary-translation', 0.4, 500),
      'privilege-rings': at('trap-and-emulate', 0.3, 990),
      hypervisors: at('full-virtualization', 0.6, 100),
    };
    const plan = planReadingImport(file, mine, NOW);
    expect(plan).toMatchObject({ added: 2, kept: 1, ignored: 0 });
    expect(plan.changes['hosted-virtualization']).toEqual(at('binary-translation', 0.4, 500));
    // Newer section from the file, but the furthest point either browser reached.
    expect(plan.changes['privilege-rings']).toEqual(at('trap-and-emulate', 0.5, 990));
    expect(plan.changes.hypervisors).toBeUndefined();
    expect(describeReadingImport(plan)).toBe(
      'Reading places: 2 chapters added or moved on, 1 chapter where this browser had read as far kept.',
    );
  });

  it('ignores what it cannot read and never dates a place in the future', () => {
    const file = {
      'Bad Slug': at(null, 0.2, 5),
      kvm: { section: 3 },
      'io-virtualization': at(null, 2, 5),
      memory: at(null, 1, 9e12),
    };
    const plan = planReadingImport(file, {}, NOW);
    expect(plan).toMatchObject({ added: 1, kept: 0, ignored: 3 });
    expect(plan.changes.memory?.updated).toBe(NOW);
    for (const junk of [null, 'text', 42, [at(null, 0, 1)]]) expect(planReadingImport(junk, {}, NOW).added).toBe(0);
    // A file that changes nothing here says nothing about reading places.
    expect(describeReadingImport(planReadingImport({}, {}, NOW))).toBe('');
  });
});
