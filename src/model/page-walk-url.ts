import {
  buildWalk,
  DEFAULT_SETUP,
  PAGE_SIZES,
  PAGING_LEVELS,
  TLB_RESULTS,
  WALK_MODES,
  type WalkSetup,
} from './page-walk';

/** The explorer's state: a setup and how many of its steps have been taken (0 = none yet). */
export interface WalkState {
  readonly setup: WalkSetup;
  readonly taken: number;
}

export interface ParsedWalkState {
  readonly state: WalkState;
  /** True when the address named any of the explorer's parameters. */
  readonly requested: boolean;
  /** Learner-facing notes about parameters that were not understood. */
  readonly problems: string[];
}

/** Query parameters the explorer owns (others, such as the diagram's, are left alone). */
const WALK_PARAMS = ['walk', 'levels', 'pages', 'tlb', 'at'] as const;

function pick<T extends string | number>(
  raw: string | null,
  allowed: readonly T[],
  fallback: T,
  what: string,
  problems: string[],
): T {
  if (raw === null) return fallback;
  const found = allowed.find((a) => String(a) === raw);
  if (found !== undefined) return found;
  problems.push(`The page walk has no ${what} "${raw.slice(0, 20)}", so it shows ${String(fallback)}.`);
  return fallback;
}

/** Read the explorer's state from a query string; anything unknown falls back visibly, never throws. */
export function parseWalkParams(params: URLSearchParams): ParsedWalkState {
  const problems: string[] = [];
  const requested = WALK_PARAMS.some((p) => params.has(p));
  const setup: WalkSetup = {
    mode: pick(params.get('walk'), WALK_MODES, DEFAULT_SETUP.mode, 'mode', problems),
    levels: pick(params.get('levels'), PAGING_LEVELS, DEFAULT_SETUP.levels, 'table depth', problems),
    pageSize: pick(params.get('pages'), PAGE_SIZES, DEFAULT_SETUP.pageSize, 'page size', problems),
    tlb: pick(params.get('tlb'), TLB_RESULTS, DEFAULT_SETUP.tlb, 'TLB result', problems),
  };
  const total = buildWalk(setup).steps.length;
  const rawAt = params.get('at');
  let taken = 0;
  if (rawAt !== null) {
    const n = /^\d{1,3}$/.test(rawAt) ? Number(rawAt) : Number.NaN;
    if (n >= 0 && n <= total) taken = n;
    else
      problems.push(
        `Step "${rawAt.slice(0, 20)}" does not exist in this walk (it has ${total} steps), so it starts from the beginning.`,
      );
  }
  return { state: { setup, taken }, requested, problems };
}

/** The query string for a state, keeping any parameters that are not the explorer's. */
export function walkSearch(state: WalkState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams(keep);
  for (const p of WALK_PARAMS) params.delete(p);
  params.set('walk', state.setup.mode);
  params.set('levels', String(state.setup.levels));
  params.set('pages', state.setup.pageSize);
  params.set('tlb', state.setup.tlb);
  params.set('at', String(state.taken));
  return params.toString();
}
