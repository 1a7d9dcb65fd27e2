import { privilegeLabel, privilegeRank } from './privilege';
import { clampStep, type Step } from './step';
import type { Architecture, Layer, PathStep, TraitKey } from './types';

export interface PlacedLayer {
  readonly layer: Layer;
  /** 1-based CSS grid row, counted from the top. */
  readonly row: number;
  /** 1-based first column and one-past-last column, as CSS grid lines. */
  readonly colStart: number;
  readonly colEnd: number;
}

export function maxLevel(arch: Architecture): number {
  return Math.max(...arch.layers.map((l) => l.level));
}

/** Where each layer sits in a grid: hardware at the bottom row, guests side by side above. */
export function placeLayers(arch: Architecture): PlacedLayer[] {
  const top = maxLevel(arch);
  const columnIndex = new Map(arch.columns.map((c, i) => [c.id, i + 1]));
  return arch.layers.map((layer) => {
    const indices = (layer.columns ?? arch.columns.map((c) => c.id)).map((id) => columnIndex.get(id) ?? 1);
    return {
      layer,
      row: top - layer.level + 1,
      colStart: Math.min(...indices),
      colEnd: Math.max(...indices) + 1,
    };
  });
}

/** Layers from the hardware up that one column stands on: what "order the stack" asks for. */
export function columnStack(arch: Architecture, columnId: string): Layer[] {
  return arch.layers
    .filter((l) => l.columns === undefined || l.columns.includes(columnId))
    .slice()
    .sort((a, b) => a.level - b.level);
}

export function mostPrivileged(arch: Architecture): Layer[] {
  const best = Math.max(...arch.layers.map((l) => privilegeRank(l.privilege)));
  return arch.layers.filter((l) => privilegeRank(l.privilege) === best);
}

/** Whether the design's guest kernels are changed for it (every one marked `modified`); `null` when it has none. */
export function guestKernelModified(arch: Architecture): boolean | null {
  const kernels = arch.layers.filter((l) => l.kind === 'guest-kernel');
  return kernels.length === 0 ? null : kernels.every((l) => l.modified === true);
}

/** Whether the design needs VT-x/AMD-V: some layer runs in root or non-root operation. */
export function requiresCpuSupport(arch: Architecture): boolean {
  return arch.layers.some((l) => l.privilege !== null && l.privilege.mode !== 'legacy');
}

export function findLayer(arch: Architecture, id: string): Layer | undefined {
  return arch.layers.find((l) => l.id === id);
}

export function stepLayer(arch: Architecture, step: PathStep): Layer {
  const layer = findLayer(arch, step.layer);
  if (!layer) throw new Error(`Step names layer "${step.layer}", which ${arch.id} does not have`);
  return layer;
}

/** Keep a requested step within the design's trace; null is "no step yet" (the plain stack). */
export function clampTraceStep(arch: Architecture, step: Step): Step {
  return clampStep(step, arch.path.steps.length);
}

const actionWords: Record<PathStep['action'], string> = {
  native: 'runs it directly',
  syscall: 'system call',
  trap: 'trap',
  fault: 'fault',
  translate: 'binary translation',
  hypercall: 'hypercall',
  'vm-exit': 'VM exit',
  emulate: 'emulates it',
  'vm-entry': 'VM entry',
  return: 'returns',
  interrupt: 'virtual interrupt',
};

export function actionLabel(action: PathStep['action']): string {
  return actionWords[action];
}

/** The text twin of a diagram: what a screen reader hears instead of the picture. */
export function describeStack(arch: Architecture): string[] {
  const rows = [...arch.layers].sort((a, b) => a.level - b.level);
  return rows.map((l) => {
    const where = l.columns
      ? ` (${l.columns.map((c) => arch.columns.find((x) => x.id === c)?.label ?? c).join(', ')})`
      : '';
    const modified = l.modified === true ? ', modified' : l.modified === false ? ', unmodified' : '';
    const also = l.alsoRuns ? `, its ${l.alsoRuns.part} in ${privilegeLabel(l.alsoRuns.privilege)}` : '';
    return `${l.label}${where}: ${privilegeLabel(l.privilege)}${also}${modified}.`;
  });
}

export function describeStep(arch: Architecture, index: Step): string {
  const step = index === null ? undefined : arch.path.steps[index];
  if (index === null || !step) return `${arch.shortName}: the stack before the trace starts.`;
  const layer = stepLayer(arch, step);
  return `Step ${index + 1} of ${arch.path.steps.length}: ${layer.label}, ${privilegeLabel(step.privilege)}, ${actionLabel(step.action)}. ${step.caption}`;
}

export const traitNames: Record<TraitKey, string> = {
  overhead: 'Performance overhead',
  guestFreedom: 'Guest OS freedom',
  isolation: 'Isolation strength',
};

export const traitKeys = Object.keys(traitNames) as TraitKey[];
