import { describe, expect, it } from 'vitest';
import { parseProgram } from '../../src/model/machine/isa';
import {
  describeLevelImport,
  EMPTY_LEVEL_PROGRESS,
  markSolved,
  mergeLevelProgress,
  parseLevelProgress,
  planLevelImport,
  serializeLevelProgress,
  withoutLevels,
} from '../../src/model/machine/level-progress';
import { levels, type Level } from '../../src/model/machine/levels';
import { runProgram } from '../../src/model/machine/run';
import { DEFAULT_PROGRAM, machineSearch, parseMachineParams } from '../../src/model/machine/url';

function attempt(level: Level, text: string) {
  const parsed = parseProgram(text);
  if (!parsed.ok) throw new Error(`${level.id}: ${JSON.stringify(parsed.errors)}`);
  return level.check(runProgram(parsed.program, level.design), parsed.program);
}

describe('levels', () => {
  it('has at least ten, with unique ids', () => {
    expect(levels.length).toBeGreaterThanOrEqual(10);
    expect(new Set(levels.map((l) => l.id)).size).toBe(levels.length);
    for (const l of levels) expect(l.id).toMatch(/^[a-z0-9-]+$/);
  });

  it.each(levels.map((l) => [l.id, l] as const))(
    '%s: the solution passes and the starting program does not',
    (_, level) => {
      const solved = attempt(level, level.solution);
      expect(solved, solved.message).toMatchObject({ passed: true });
      const start = attempt(level, level.start);
      expect(start.passed).toBe(false);
      expect(start.message.length).toBeGreaterThan(10);
    },
  );

  it('checks the run, not the text: an equivalent program written differently also passes', () => {
    const batch = levels.find((l) => l.id === 'batch-the-exits');
    expect(batch).toBeDefined();
    if (!batch) return;
    const other =
      "mov r0, 'H'\nstore [0], r0\nmov r0, 'E'\nstore [1], r0\nmov r0, 'L'\nstore [2], r0\nstore [3], r0\nmov r0, 'O'\nstore [4], r0\nmov r1, 5\nout 0x10, r1";
    expect(attempt(batch, other).passed).toBe(true);
  });
});

describe('saved level progress', () => {
  const known = levels.map((l) => l.id);

  it('round-trips what it saves', () => {
    const p = markSolved(EMPTY_LEVEL_PROGRESS, 'hello-ring-zero', 1000);
    expect(parseLevelProgress(serializeLevelProgress(p), known)).toEqual(p);
    expect(markSolved(p, 'hello-ring-zero', 2000)).toBe(p);
  });

  it.each([
    ['not json'],
    ['{"solved":[]}'],
    ['{"solved":{"Bad Id":{"at":1}}}'],
    ['{"solved":{"x":{"at":-1}}}'],
    ['x'.repeat(30000)],
    ['null'],
  ])('ignores corrupt data %#', (raw) => {
    expect(parseLevelProgress(raw, known)).toBeNull();
  });

  it('drops levels that no longer exist and merges imports keeping the earliest solve', () => {
    expect(parseLevelProgress('{"solved":{"gone":{"at":1},"hello-ring-zero":{"at":5}}}', known)).toEqual({
      solved: { 'hello-ring-zero': { at: 5 } },
    });
    const a = { solved: { x: { at: 5 }, y: { at: 1 } } };
    const b = { solved: { x: { at: 3 } } };
    expect(mergeLevelProgress(a, b)).toEqual({ solved: { x: { at: 3 }, y: { at: 1 } } });
  });

  it('keeps levels it does not know when asked to (a write must not delete a newer build’s levels)', () => {
    expect(parseLevelProgress('{"solved":{"from-a-newer-build":{"at":1}}}')).toEqual({
      solved: { 'from-a-newer-build': { at: 1 } },
    });
  });
});

describe('importing solved levels (the progress file’s "levels" section)', () => {
  const known = ['hello-ring-zero', 'batch-the-exits', 'translate-once'];
  const NOW = 1_800_000_000_000;
  const here = { solved: { 'hello-ring-zero': { at: 50 } } };

  it('adds levels solved elsewhere, keeps this browser’s, and counts what it ignores', () => {
    // Parsed, as a file is: "__proto__" is then an ordinary key, not the object's prototype.
    const file: unknown = JSON.parse(
      JSON.stringify({
        solved: {
          'hello-ring-zero': { at: 10 },
          'batch-the-exits': { at: 20 },
          'translate-once': { at: NOW * 2 },
          'no-such-level': { at: 1 },
          'batch-THE-exits': { at: 1 },
          'broken-entry': 'yes',
        },
      }).replace('"no-such-level"', '"__proto__":{"at":1},"no-such-level"'),
    );
    const plan = planLevelImport(file, here, [...known, 'broken-entry'], NOW);
    // A file cannot date a solve after the import itself.
    expect(plan.add).toEqual({ 'batch-the-exits': { at: 20 }, 'translate-once': { at: NOW } });
    expect(plan.kept).toBe(1);
    expect(plan.ignored).toBe(4);
    expect(describeLevelImport(plan)).toBe(
      'Machine levels: 2 solved levels added, 1 level already solved here kept, 4 entries ignored (levels this course no longer has).',
    );
    // What the store does: merge the additions in, and undo takes exactly them out again.
    const after = mergeLevelProgress(here, { solved: plan.add });
    expect(Object.keys(after.solved).sort()).toEqual(['batch-the-exits', 'hello-ring-zero', 'translate-once']);
    expect(after.solved['hello-ring-zero']).toEqual({ at: 50 });
    expect(withoutLevels(after, Object.keys(plan.add))).toEqual(here);
  });

  it.each([[undefined], [null], ['levels'], [[1, 2]], [{ solved: [] }], [{ solved: 'all' }], [{}]])(
    'a section that is not level progress adds nothing: %j',
    (value) => {
      const plan = planLevelImport(value, here, known, NOW);
      expect(plan).toEqual({ add: {}, kept: 0, ignored: 0 });
      expect(describeLevelImport(plan)).toBe('Machine levels: 0 solved levels added.');
    },
  );
});

describe('machine URL state', () => {
  it('round-trips design, program, step and level', () => {
    const state = { design: 'kvm' as const, program: 'cpuid r0\nhlt', step: 2, level: 'kvm-exits' };
    expect(parseMachineParams(new URLSearchParams(machineSearch(state)))).toEqual({ state, problems: [] });
  });

  it('opens a level with its design and starting program', () => {
    const { state } = parseMachineParams(new URLSearchParams('level=batch-the-exits'));
    expect(state.design).toBe('hardware-assisted');
    expect(state.program).toMatch(/in r1, 0x3fd/);
  });

  it('falls back visibly on bad input', () => {
    const { state, problems } = parseMachineParams(new URLSearchParams('design=nope&step=x&level=zzz'));
    expect(state).toEqual({ design: 'bare-metal', program: DEFAULT_PROGRAM, step: null, level: null });
    expect(problems).toHaveLength(3);
    const long = parseMachineParams(new URLSearchParams({ program: 'nop\n'.repeat(2000) }));
    expect(long.state.program).toBe(DEFAULT_PROGRAM);
    expect(long.problems[0]).toMatch(/too long/);
  });
});
