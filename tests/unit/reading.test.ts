import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  continueAddress,
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
