/**
 * One privileged operation followed through two designs side by side (/compare). Each design runs
 * the same one-instruction program on the machine (src/model/machine), so the steps are the
 * machine's own trace; a ported Xen kernel runs its ported form; designs with no kernel that may
 * do the operation say why in words.
 */
import { isArchitectureId } from './architectures';
import { machineDesigns, type MachineDesign } from './machine/designs';
import { parseProgram } from './machine/isa';
import { runProgram, type TraceEntry } from './machine/run';
import { stepFromWritten, writtenStep, type Step } from './step';
import type { ArchitectureId } from './types';

export type OperationId = 'cli' | 'out' | 'cr3';
export const OPERATION_IDS: readonly OperationId[] = ['cli', 'out', 'cr3'];

export interface Operation {
  readonly id: OperationId;
  /** What a learner picks, e.g. "Disable interrupts (CLI)". */
  readonly label: string;
  /** The one instruction, in the machine's syntax. */
  readonly program: string;
  /** What a kernel ported to Xen runs instead, and why. */
  readonly ported: { readonly program: string; readonly why: string };
  /** Why a design with no kernel allowed to do it has no path for it. */
  readonly noPath: Readonly<Partial<Record<ArchitectureId, string>>>;
}

export const OPERATIONS: readonly Operation[] = [
  {
    id: 'cli',
    label: 'Disable interrupts (CLI)',
    program: 'cli',
    ported: {
      program: 'store [mask], 1',
      why: 'A kernel ported to Xen never executes CLI: it masks events by writing a flag in the page it shares with Xen.',
    },
    noPath: {
      'shared-kernel':
        'No path: a container has no kernel of its own. Its processes run in ring 3, where CLI faults; only the one host kernel ever disables interrupts.',
      'user-mode-linux':
        'No path on the real CPU: the UML kernel is a host process in ring 3. Ported to arch "um", it masks its interrupts (host signals) with a flag in software instead of executing CLI.',
    },
  },
  {
    id: 'out',
    label: 'Write a device port (OUT)',
    program: 'out 0x3f8, r0',
    ported: {
      program: 'hypercall console_io, r0',
      why: 'A kernel ported to Xen does not touch device ports: it asks Xen with a hypercall (here, to write to its console).',
    },
    noPath: {
      'shared-kernel':
        'No path: a container has no kernel and no virtual device. Its processes reach devices only through system calls, which the host kernel carries out with its own drivers.',
      'user-mode-linux':
        'No path on the real CPU: UML has no device ports. Its drivers turn I/O into system calls on host files, tap devices or sockets.',
    },
  },
  {
    id: 'cr3',
    label: 'Switch page tables (MOV to CR3)',
    program: 'mov cr3, r0',
    ported: {
      program: 'hypercall mmuext_op, r0',
      why: 'A kernel ported to Xen does not load CR3 itself: it asks Xen with the mmuext_op hypercall, and Xen checks the new tables first.',
    },
    noPath: {
      'shared-kernel':
        "No path: a container has no kernel of its own. Its processes' page tables belong to the host kernel, which switches them when it schedules a process.",
      'user-mode-linux':
        "No path on the real CPU: UML keeps its page tables as data and changes a process's address space with mmap, munmap and mprotect on the host.",
    },
  },
];

export function getOperation(id: OperationId): Operation {
  const op = OPERATIONS.find((o) => o.id === id);
  if (!op) throw new Error(`unknown operation ${id}`);
  return op;
}

/** The machine design that runs on an architecture's stack (one each). */
export function machineDesignFor(arch: ArchitectureId): MachineDesign {
  const design = machineDesigns.find((d) => d.architecture === arch);
  if (!design) throw new Error(`no machine design runs on ${arch}`);
  return design;
}

export interface OperationTrace {
  readonly design: MachineDesign;
  /** The program that ran: the operation's instruction, or its ported form under Xen. */
  readonly program: string;
  /** Set when the ported form ran: what the kernel does instead, and why. */
  readonly portedWhy: string | null;
  /** Set when the design has no path for the operation: why, in words. */
  readonly noPath: string | null;
  /** Whether the program ran to its end (false: the CPU refused it and the process died). */
  readonly completed: boolean;
  readonly steps: readonly TraceEntry[];
}

/** Run the operation under the design that sits on `arch`, as the machine does. */
export function operationTrace(op: OperationId, arch: ArchitectureId): OperationTrace {
  const operation = getOperation(op);
  const design = machineDesignFor(arch);
  const ported = design.id === 'paravirtualization';
  const program = ported ? operation.ported.program : operation.program;
  const parsed = parseProgram(program);
  if (!parsed.ok) throw new Error(`operation ${op} does not parse: ${program}`);
  const run = runProgram(parsed.program, design.id);
  return {
    design,
    program,
    portedWhy: ported ? operation.ported.why : null,
    noPath: operation.noPath[arch] ?? null,
    completed: run.status === 'finished',
    steps: run.trace,
  };
}

export interface CompareState {
  readonly a: ArchitectureId;
  readonly b: ArchitectureId;
  readonly op: OperationId;
  /** The shared step (src/model/step.ts): null before the first. */
  readonly step: Step;
}

export const DEFAULT_COMPARE: CompareState = { a: 'hosted', b: 'hardware-assisted', op: 'cli', step: null };

/** How many steps the shared control has: the longer of the two traces. */
export function sharedSteps(op: OperationId, a: ArchitectureId, b: ArchitectureId): number {
  return Math.max(operationTrace(op, a).steps.length, operationTrace(op, b).steps.length);
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Read /compare's address: `arch` (left), `compare` (right), `op` and `step` (1-based; 0 = not
 * started). Each part not understood falls back to the default and says so; never throws.
 */
export function parseCompareParams(params: URLSearchParams): { state: CompareState; problems: string[] } {
  const problems: string[] = [];
  let { a, b, op, step } = DEFAULT_COMPARE;
  const rawA = params.get('arch');
  if (rawA !== null) {
    if (isArchitectureId(rawA)) a = rawA;
    else problems.push(`There is no design called "${clip(rawA, 40)}", so the default diagram is shown.`);
  }
  const rawB = params.get('compare');
  if (rawB !== null) {
    if (isArchitectureId(rawB)) b = rawB;
    else problems.push(`There is no design called "${clip(rawB, 40)}" to compare with.`);
  }
  const rawOp = params.get('op');
  if (rawOp !== null) {
    const found = OPERATION_IDS.find((id) => id === rawOp);
    if (found) op = found;
    else problems.push(`There is no operation called "${clip(rawOp, 20)}", so CLI is followed.`);
  }
  const rawStep = params.get('step');
  if (rawStep !== null) {
    const total = sharedSteps(op, a, b);
    const read = stepFromWritten(rawStep, total);
    if (read !== undefined) step = read;
    else
      problems.push(
        `Step "${clip(rawStep, 20)}" does not exist for this operation (it has ${total} steps), so it starts from the beginning.`,
      );
  }
  return { state: { a, b, op, step }, problems };
}

/** The query string for a state, the inverse of `parseCompareParams`. */
export function compareSearch(state: CompareState): string {
  const params = new URLSearchParams({ arch: state.a, compare: state.b, op: state.op });
  const written = writtenStep(state.step);
  if (written !== null) params.set('step', written);
  return params.toString();
}
