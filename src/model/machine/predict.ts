/**
 * "Predict the path": which layer first handles one instruction under a design, and whether it traps
 * (control leaves the layer that ran it). Computed by running the instruction on the machine, so the
 * answer and its explanation come from the same trace the sandbox shows.
 */
import type { StepAction } from '../types';
import { getDesign, roleLayer, type DesignId, type Role } from './designs';
import { parseProgram } from './isa';
import { runProgram } from './run';

/** Actions that hand control from the layer running the instruction to another one. */
const leaving: ReadonlySet<StepAction> = new Set<StepAction>(['trap', 'fault', 'vm-exit', 'hypercall', 'syscall']);

export interface PathPrediction {
  /** Id of the layer that runs the instruction. */
  readonly from: string;
  /** Id of the layer that first handles the instruction. */
  readonly layer: string;
  readonly layerLabel: string;
  readonly traps: boolean;
  /** The trace of the instruction, one sentence per event, as the sandbox words it. */
  readonly explanation: readonly string[];
}

/** The answer, from the machine; null if the instruction is not one valid instruction. */
export function predictPath(design: DesignId, instruction: string): PathPrediction | null {
  const parsed = parseProgram(instruction);
  if (!parsed.ok || parsed.program.lines.length !== 1) return null;
  const trace = runProgram(parsed.program, design, { maxSteps: 1 }).trace.filter((t) => t.step === 1);
  const first = trace[0];
  if (!first) return null;
  const traps = leaving.has(first.action);
  const handler = traps ? (trace.find((t) => t.layer !== first.layer) ?? first) : first;
  return {
    from: first.layer,
    layer: handler.layer,
    layerLabel: handler.layerLabel,
    traps,
    explanation: trace.map((t) => `${t.layerLabel}: ${t.why}`),
  };
}

const roles: readonly Role[] = ['app', 'kernel', 'monitor', 'device', 'host', 'hardware'];

/** The layers a learner chooses from: every layer that plays a part in the design, once each. */
export function pathOptions(design: DesignId): { id: string; label: string }[] {
  const d = getDesign(design);
  const seen = new Map<string, string>();
  for (const role of roles) {
    const found = roleLayer(d, role);
    if (found && !seen.has(found.layer.id)) seen.set(found.layer.id, found.layer.label);
  }
  return [...seen].map(([id, label]) => ({ id, label }));
}
