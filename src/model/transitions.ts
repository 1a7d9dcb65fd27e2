import { privilegeLabel, privilegeRank, samePrivilege } from './privilege';
import { findLayer } from './stack';
import type { Step } from './step';
import type { Architecture, PathStep, Privilege, StepAction } from './types';

/** How control passes from one traced layer to the next: what the diagram's arrow is labelled. */
export type TransitionKind =
  'syscall' | 'trap' | 'fault' | 'hypercall' | 'vm-exit' | 'vm-entry' | 'return' | 'interrupt' | 'call' | 'executes';

export interface Transition {
  readonly kind: TransitionKind;
  /** Layer ids: where control was at the previous step, and where it is now. */
  readonly from: string;
  readonly to: string;
  /** The privilege boundary the move crosses, or null when both sides run at the same privilege. */
  readonly crosses: { readonly from: Privilege | null; readonly to: Privilege | null } | null;
}

const kindWords: Record<TransitionKind, string> = {
  syscall: 'System call',
  trap: 'Trap',
  fault: 'Fault',
  hypercall: 'Hypercall',
  'vm-exit': 'VM exit',
  'vm-entry': 'VM entry',
  return: 'Return',
  interrupt: 'Virtual interrupt',
  call: 'Call',
  executes: 'Executes',
};

export function transitionLabel(kind: TransitionKind): string {
  return kindWords[kind];
}

/** Actions that name the way control leaves the layer that performs them (an app makes the system call). */
const leaving: ReadonlySet<StepAction> = new Set(['syscall', 'trap', 'fault', 'hypercall', 'vm-exit', 'vm-entry']);
/** Actions that name the way control reaches a more privileged layer (the kernel takes the system call). */
const arriving: ReadonlySet<StepAction> = new Set(['syscall', 'trap', 'fault', 'hypercall']);

function asKind(action: StepAction): TransitionKind | null {
  switch (action) {
    case 'syscall':
    case 'trap':
    case 'fault':
    case 'hypercall':
    case 'vm-exit':
    case 'vm-entry':
    case 'return':
    case 'interrupt':
      return action;
    case 'native':
    case 'translate':
    case 'emulate':
      return null;
    default: {
      const unreachable: never = action;
      return unreachable;
    }
  }
}

/** The mode change itself, where a step's action does not name the move. */
function byPrivilege(from: PathStep, to: PathStep): TransitionKind {
  if (to.privilege === null) return 'executes';
  if (from.privilege !== null && from.privilege.mode === 'vmx-non-root' && to.privilege.mode === 'vmx-root')
    return 'vm-exit';
  if (from.privilege !== null && from.privilege.mode === 'vmx-root' && to.privilege.mode === 'vmx-non-root')
    return 'vm-entry';
  if (privilegeRank(to.privilege) < privilegeRank(from.privilege)) return 'return';
  // Up from ring 3 within one mode is how a program enters its kernel; other moves up are calls.
  return from.privilege?.ring === 3 ? 'syscall' : 'call';
}

function kindOf(from: PathStep, to: PathStep): TransitionKind {
  if (to.action === 'return' || to.action === 'interrupt') return to.action;
  const left = leaving.has(from.action) ? asKind(from.action) : null;
  if (left) return left;
  const arrived = arriving.has(to.action) ? asKind(to.action) : null;
  if (arrived && privilegeRank(to.privilege) > privilegeRank(from.privilege)) return arrived;
  return byPrivilege(from, to);
}

/**
 * How control reached step `index` from the step before: its kind, the two layers, and the privilege
 * boundary crossed. Null for the first step, a step in the same layer, and a step marked `meanwhile`
 * (work elsewhere while the previous layer runs on, so nothing passes between them).
 */
export function stepTransition(arch: Architecture, index: Step): Transition | null {
  if (index === null) return null;
  const to = arch.path.steps[index];
  const from = arch.path.steps[index - 1];
  if (!to || !from || to.meanwhile === true || from.layer === to.layer) return null;
  return {
    kind: kindOf(from, to),
    from: from.layer,
    to: to.layer,
    // The hardware is not a privilege level: reaching it crosses no boundary.
    crosses:
      to.privilege === null || samePrivilege(from.privilege, to.privilege)
        ? null
        : { from: from.privilege, to: to.privilege },
  };
}

/** Layers the trace has already passed through before step `index`, in order of first visit. */
export function visitedLayers(arch: Architecture, index: Step): string[] {
  if (index === null) return [];
  const current = arch.path.steps[index]?.layer;
  const seen = arch.path.steps.slice(0, index).map((s) => s.layer);
  return [...new Set(seen)].filter((id) => id !== current);
}

/** The words the caption and the text twin use for a transition: the same as the arrow's label. */
export function describeTransition(arch: Architecture, t: Transition): string {
  const name = (id: string) => findLayer(arch, id)?.label ?? id;
  const crossing = t.crosses
    ? `, crossing from ${privilegeLabel(t.crosses.from)} to ${privilegeLabel(t.crosses.to)}`
    : t.kind === 'executes'
      ? ''
      : ', at the same privilege';
  return `${transitionLabel(t.kind)}: ${name(t.from)} → ${name(t.to)}${crossing}.`;
}

/** The words the arrow carries: its kind, and the boundary it crosses ("ring 3 → ring 0"). */
export function crossingLabel(t: Transition): string | null {
  return t.crosses ? `${privilegeLabel(t.crosses.from)} → ${privilegeLabel(t.crosses.to)}` : null;
}

/** How the trace reached step `index`, for the caption under the picture: empty before it moves. */
export function describeMove(arch: Architecture, index: Step): string {
  const step = index === null ? undefined : arch.path.steps[index];
  if (index === null || !step || index === 0) return '';
  if (step.meanwhile === true) return 'Meanwhile, elsewhere: no control passes from the previous step.';
  const t = stepTransition(arch, index);
  if (!t) return '';
  if (t.kind === 'executes') return 'Executes on the hardware';
  const crossing = crossingLabel(t);
  return `${transitionLabel(t.kind)} from ${findLayer(arch, t.from)?.label ?? t.from}${crossing ? ` · ${crossing}` : ''}`;
}
