/**
 * One memory access, translated by the MMU: natively, through a shadow page table, or through a
 * two-dimensional nested walk (EPT/NPT). Every page-table read is a step, placed on a grid whose rows
 * are the guest-physical addresses the walk must translate and whose columns are the host levels plus
 * the guest's own read (the layout of Bhargava et al., ASPLOS 2008). Plain data, no React.
 */

export const WALK_MODES = ['native', 'shadow', 'nested'] as const;
export type WalkMode = (typeof WALK_MODES)[number];
export const PAGING_LEVELS = [4, 5] as const;
export type PagingLevels = (typeof PAGING_LEVELS)[number];
export const PAGE_SIZES = ['4k', '2m'] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const TLB_RESULTS = ['miss', 'hit'] as const;
export type TlbResult = (typeof TLB_RESULTS)[number];

/** What the learner chose. Levels and page size apply to the guest's tables and the host's alike. */
export interface WalkSetup {
  readonly mode: WalkMode;
  readonly levels: PagingLevels;
  readonly pageSize: PageSize;
  readonly tlb: TlbResult;
}

export const DEFAULT_SETUP: WalkSetup = { mode: 'nested', levels: 4, pageSize: '4k', tlb: 'miss' };

export const MODE_LABELS: Record<WalkMode, string> = {
  native: 'Bare metal (no VM)',
  shadow: 'Shadow page tables',
  nested: 'Nested paging (EPT/NPT)',
};
export const PAGE_SIZE_LABELS: Record<PageSize, string> = { '4k': '4 KiB pages', '2m': '2 MiB pages' };
export const TLB_LABELS: Record<TlbResult, string> = { miss: 'TLB miss', hit: 'TLB hit' };

/** x86-64 table names from the top of a 5-level walk down (Intel's names; AMD's are the same). */
const TABLE_NAMES = ['PML5', 'PML4', 'PDPT', 'PD', 'PT'] as const;

/** The tables a walk reads, top down: a 2 MiB page is mapped by its PD entry, so the PT is skipped. */
export function tablesRead(levels: PagingLevels, pageSize: PageSize): readonly string[] {
  const names = TABLE_NAMES.slice(TABLE_NAMES.length - levels);
  return pageSize === '2m' ? names.slice(0, -1) : names;
}

/**
 * Worst-case memory references of a two-dimensional walk with `n` guest reads and `m` host reads per
 * host walk: each of the n guest table pointers and the final guest-physical address needs a host
 * walk of m reads, plus the n guest reads: (n + 1)(m + 1) − 1 (24 for 4 × 4, 35 for 5 × 5).
 */
export function nestedWalkReferences(n: number, m: number): number {
  return (n + 1) * (m + 1) - 1;
}

type TableKind = 'native' | 'shadow' | 'guest' | 'host';

/** One cell of the grid: a page-table read (numbered in walk order) or the data access at the end. */
export type GridCell =
  | { readonly kind: 'read'; readonly table: TableKind; readonly name: string; readonly order: number }
  | { readonly kind: 'data' };

interface GridRow {
  /** What this row translates, e.g. "guest CR3" or "guest PD entry". */
  readonly label: string;
  readonly cells: readonly GridCell[];
}

interface WalkGrid {
  readonly columns: readonly string[];
  readonly rows: readonly GridRow[];
}

/** One thing that happens during the access, in order. */
export type WalkStep =
  | { readonly kind: 'tlb'; readonly hit: boolean }
  | {
      readonly kind: 'read';
      readonly table: TableKind;
      readonly name: string;
      /** 1-based position of this read in the walk: the running count of memory references. */
      readonly order: number;
      readonly row: number;
      readonly col: number;
      /** The row's label: what this read helps translate. */
      readonly translating: string;
      /** For a guest read: what the entry points to next. */
      readonly yields?: string;
    }
  | { readonly kind: 'data' };

export interface Walk {
  readonly setup: WalkSetup;
  readonly grid: WalkGrid;
  readonly steps: readonly WalkStep[];
  /** Page-table reads this access needs (0 on a TLB hit). */
  readonly references: number;
}

type ReadStep = Extract<WalkStep, { kind: 'read' }>;

/** A one-dimensional walk (bare metal, or the shadow table the hypervisor built). */
function linearGrid(table: 'native' | 'shadow', names: readonly string[]): WalkGrid {
  const label = table === 'native' ? "the process's page table" : 'the shadow page table';
  return {
    columns: [...names.map((n) => `${n}`), 'data'],
    rows: [
      {
        label,
        cells: [
          ...names.map((name, i) => ({ kind: 'read' as const, table, name, order: i + 1 })),
          { kind: 'data' as const },
        ],
      },
    ],
  };
}

/** The 2-D grid: row r translates the r-th guest pointer (CR3, then each guest entry), then the data address. */
function nestedGrid(guest: readonly string[], host: readonly string[]): WalkGrid {
  const width = host.length + 1;
  const rows: GridRow[] = [];
  for (let r = 0; r <= guest.length; r++) {
    const label = r === 0 ? 'guest CR3' : `guest ${guest[r - 1] ?? ''} entry`;
    const cells: GridCell[] = host.map((name, c) => ({ kind: 'read', table: 'host', name, order: r * width + c + 1 }));
    const own = guest[r];
    cells.push(
      own === undefined ? { kind: 'data' } : { kind: 'read', table: 'guest', name: own, order: (r + 1) * width },
    );
    rows.push({ label, cells });
  }
  return { columns: [...host.map((n) => `host ${n}`), 'guest read'], rows };
}

function gridFor(setup: WalkSetup): WalkGrid {
  const names = tablesRead(setup.levels, setup.pageSize);
  if (setup.mode === 'nested') return nestedGrid(names, names);
  return linearGrid(setup.mode, names);
}

/** Reads of the grid in walk order (row by row, host levels before the guest's own entry). */
function readsOf(grid: WalkGrid, setup: WalkSetup): ReadStep[] {
  const guest = tablesRead(setup.levels, setup.pageSize);
  const reads: ReadStep[] = [];
  grid.rows.forEach((row, r) =>
    row.cells.forEach((cell, c) => {
      if (cell.kind !== 'read') return;
      const next = guest[r + 1];
      const yields =
        cell.table === 'guest' ? (next === undefined ? 'the data page' : `the guest's ${next} table`) : undefined;
      reads.push({
        kind: 'read',
        table: cell.table,
        name: cell.name,
        order: cell.order,
        row: r,
        col: c,
        translating: row.label,
        yields,
      });
    }),
  );
  return reads.sort((a, b) => a.order - b.order);
}

/** The whole access for a setup: TLB lookup, the walk (unless it hit), and the data access. */
export function buildWalk(setup: WalkSetup): Walk {
  const grid = gridFor(setup);
  const hit = setup.tlb === 'hit';
  const reads = hit ? [] : readsOf(grid, setup);
  return {
    setup,
    grid,
    steps: [{ kind: 'tlb', hit }, ...reads, { kind: 'data' }],
    references: reads.length,
  };
}

/** Memory references for page-table reads after `taken` steps (the running count). */
export function referencesSoFar(walk: Walk, taken: number): number {
  let count = 0;
  for (const s of walk.steps.slice(0, Math.max(0, taken))) if (s.kind === 'read') count = s.order;
  return count;
}

/** The formula behind a setup's count, in words a learner can check. */
export function countFormula(setup: WalkSetup): string {
  const n = tablesRead(setup.levels, setup.pageSize).length;
  if (setup.tlb === 'hit') return 'A TLB hit needs no page-table reads: 0.';
  if (setup.mode === 'nested')
    return `(n + 1)(m + 1) − 1 with n = m = ${n} table levels read: (${n} + 1) × (${n} + 1) − 1 = ${nestedWalkReferences(n, n)}.`;
  return `One read per table level: ${n}.`;
}
