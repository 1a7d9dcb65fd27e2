import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWalk,
  countFormula,
  DEFAULT_SETUP,
  nestedWalkReferences,
  PAGE_SIZES,
  PAGING_LEVELS,
  referencesSoFar,
  tablesRead,
  TLB_RESULTS,
  WALK_MODES,
  type WalkSetup,
} from '../../src/model/page-walk';
import { describeSetup, describeStep } from '../../src/model/page-walk-text';
import { parseWalkParams, walkSearch } from '../../src/model/page-walk-url';

const setup = (over: Partial<WalkSetup>): WalkSetup => ({ ...DEFAULT_SETUP, ...over });
const allSetups: WalkSetup[] = WALK_MODES.flatMap((mode) =>
  PAGING_LEVELS.flatMap((levels) =>
    PAGE_SIZES.flatMap((pageSize) => TLB_RESULTS.map((tlb) => ({ mode, levels, pageSize, tlb }))),
  ),
);

describe('the page-walk model: counts that match the published figures', () => {
  it('takes 24 memory references for a 4-level guest on a 4-level host, full miss (Bhargava et al. 2008)', () => {
    expect(buildWalk(setup({ mode: 'nested', levels: 4, pageSize: '4k', tlb: 'miss' })).references).toBe(24);
  });

  it('takes 35 for 5-level tables on both sides', () => {
    expect(buildWalk(setup({ mode: 'nested', levels: 5 })).references).toBe(35);
  });

  it('shortens both dimensions with 2 MiB pages: 15 for 4 × 4, 24 for 5 × 5', () => {
    expect(buildWalk(setup({ levels: 4, pageSize: '2m' })).references).toBe(15);
    expect(buildWalk(setup({ levels: 5, pageSize: '2m' })).references).toBe(24);
  });

  it('walks one table of 4 (or 5) levels natively and under shadow paging, one level fewer with 2 MiB pages', () => {
    for (const mode of ['native', 'shadow'] as const) {
      expect(buildWalk(setup({ mode, levels: 4 })).references).toBe(4);
      expect(buildWalk(setup({ mode, levels: 5 })).references).toBe(5);
      expect(buildWalk(setup({ mode, levels: 4, pageSize: '2m' })).references).toBe(3);
    }
  });

  it('needs no page-table reads at all on a TLB hit, in every mode', () => {
    for (const s of allSetups.filter((x) => x.tlb === 'hit')) {
      const walk = buildWalk(s);
      expect(walk.references, describeSetup(s)).toBe(0);
      expect(walk.steps.map((x) => x.kind)).toEqual(['tlb', 'data']);
    }
  });

  it('agrees with (n + 1)(m + 1) − 1 for every nested miss', () => {
    for (const s of allSetups.filter((x) => x.mode === 'nested' && x.tlb === 'miss')) {
      const n = tablesRead(s.levels, s.pageSize).length;
      expect(buildWalk(s).references, describeSetup(s)).toBe(nestedWalkReferences(n, n));
    }
  });

  it('counts (n + 1)(m + 1) − 1 as n guest reads plus n + 1 host walks of m reads, for any depths', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), (n, m) => {
        expect(nestedWalkReferences(n, m)).toBe(n + (n + 1) * m);
      }),
    );
  });
});

describe('the page-walk grid and steps', () => {
  it('lays a 4 × 4 nested walk out as 5 rows (guest CR3, four guest entries) of 4 host reads and a guest read', () => {
    const { grid } = buildWalk(DEFAULT_SETUP);
    expect(grid.columns).toEqual(['host PML4', 'host PDPT', 'host PD', 'host PT', 'guest read']);
    expect(grid.rows.map((r) => r.label)).toEqual([
      'guest CR3',
      'guest PML4 entry',
      'guest PDPT entry',
      'guest PD entry',
      'guest PT entry',
    ]);
    expect(grid.rows[0]?.cells.map((c) => (c.kind === 'read' ? c.order : 'data'))).toEqual([1, 2, 3, 4, 5]);
    expect(grid.rows[4]?.cells.map((c) => (c.kind === 'read' ? c.order : 'data'))).toEqual([21, 22, 23, 24, 'data']);
  });

  it('numbers every read of every setup 1..N exactly once, in step order, ending with the data access', () => {
    for (const s of allSetups) {
      const walk = buildWalk(s);
      const reads = walk.steps.filter((x) => x.kind === 'read');
      expect(reads.map((r) => r.order)).toEqual(reads.map((_, i) => i + 1));
      expect(walk.steps[0]?.kind).toBe('tlb');
      expect(walk.steps.at(-1)?.kind).toBe('data');
      const cells = walk.grid.rows.flatMap((r) => r.cells).filter((c) => c.kind === 'read');
      expect(cells).toHaveLength(buildWalk({ ...s, tlb: 'miss' }).references);
    }
  });

  it('keeps a running count that climbs by one per read and ends at the total', () => {
    const walk = buildWalk(DEFAULT_SETUP);
    expect(referencesSoFar(walk, 0)).toBe(0);
    expect(referencesSoFar(walk, 1)).toBe(0); // the TLB lookup reads no table
    expect(referencesSoFar(walk, 2)).toBe(1);
    expect(referencesSoFar(walk, walk.steps.length)).toBe(24);
  });

  it('starts a nested walk with host reads, because the guest CR3 is a guest-physical address', () => {
    const walk = buildWalk(DEFAULT_SETUP);
    const first = walk.steps[1];
    expect(first?.kind === 'read' && first.table).toBe('host');
    expect(describeStep(walk, walk.steps[1]!)).toMatch(/^Reference 1: the host PML4 entry, translating the guest CR3/);
    expect(describeStep(walk, walk.steps[5]!)).toMatch(/guest's own PML4 entry.*guest's PDPT table/);
    expect(describeStep(walk, walk.steps.at(-1)!)).toMatch(/after 24 page-table reads/);
  });

  it('explains every step of every setup in words, and states the formula', () => {
    for (const s of allSetups) {
      const walk = buildWalk(s);
      for (const step of walk.steps) expect(describeStep(walk, step).length).toBeGreaterThan(20);
      expect(countFormula(s)).toMatch(new RegExp(`${walk.references}\\.$`));
    }
  });
});

describe('the page-walk address (instructors link to a state)', () => {
  it('round-trips a state and leaves other parameters alone', () => {
    const state = { setup: setup({ mode: 'shadow', levels: 5, pageSize: '2m', tlb: 'miss' }), taken: 3 };
    const search = walkSearch(state, new URLSearchParams('arch=kvm&step=2'));
    const params = new URLSearchParams(search);
    expect(params.get('arch')).toBe('kvm');
    expect(parseWalkParams(params)).toEqual({ state, requested: true, problems: [] });
  });

  it('falls back to the default, and says so, on anything it does not understand', () => {
    const parsed = parseWalkParams(new URLSearchParams('walk=warp&levels=7&pages=1g&tlb=maybe&at=99'));
    expect(parsed.state).toEqual({ setup: DEFAULT_SETUP, taken: 0 });
    expect(parsed.requested).toBe(true);
    expect(parsed.problems).toHaveLength(5);
    expect(parsed.problems.join(' ')).toMatch(/"warp".*"7".*"1g".*"maybe".*"99"/);
  });

  it('is not requested when the address names none of its parameters', () => {
    expect(parseWalkParams(new URLSearchParams('arch=kvm'))).toEqual({
      state: { setup: DEFAULT_SETUP, taken: 0 },
      requested: false,
      problems: [],
    });
  });

  it('accepts the last step of the longest walk and rejects one past it', () => {
    const total = buildWalk(setup({ levels: 5 })).steps.length;
    expect(total).toBe(37);
    expect(parseWalkParams(new URLSearchParams(`levels=5&at=${total}`)).state.taken).toBe(total);
    expect(parseWalkParams(new URLSearchParams(`levels=5&at=${total + 1}`)).problems).toHaveLength(1);
  });
});
