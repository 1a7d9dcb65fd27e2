/**
 * The designs the machine can run a guest under. Each names the architecture it runs on, and
 * which layer handles an event is looked up in that architecture's layers by kind: the machine
 * keeps no second table of layers.
 */
import { getArchitecture } from '../architectures';
import type { Architecture, ArchitectureId, Layer, Privilege } from '../types';

/** A machine design. Its data is written as `MachineDesign<string>`, since the id type is derived from it. */
export interface MachineDesign<Id extends string = DesignId> {
  readonly id: Id;
  readonly name: string;
  /** The stack this design runs on (drawn by the diagram; its layers handle the events). */
  readonly architecture: ArchitectureId;
  /** One sentence for the design picker. */
  readonly summary: string;
}

export const machineDesigns = [
  {
    id: 'bare-metal',
    name: 'Bare metal',
    architecture: 'bare-metal',
    summary: 'The kernel owns ring 0 and every instruction runs as written.',
  },
  {
    id: 'trap-and-emulate',
    name: 'Trap-and-emulate on classic x86',
    architecture: 'full-virtualization',
    summary:
      'The guest kernel is moved to ring 1; privileged instructions trap to the VMM, which emulates them. Sensitive but unprivileged ones do not trap.',
  },
  {
    id: 'binary-translation',
    name: 'Binary translation',
    architecture: 'hosted',
    summary: "The VMM rewrites the guest kernel's code block by block before it runs; user code runs directly.",
  },
  {
    id: 'paravirtualization',
    name: 'Paravirtualization (Xen)',
    architecture: 'paravirtualization',
    summary: 'The guest kernel is ported: it calls the hypervisor with hypercalls instead of privileged instructions.',
  },
  {
    id: 'hardware-assisted',
    name: 'Hardware-assisted (VT-x)',
    architecture: 'hardware-assisted',
    summary: 'The guest kernel runs in ring 0 of non-root mode; chosen events, CPUID and I/O cause VM exits.',
  },
  {
    id: 'kvm',
    name: 'KVM with a user-space VMM',
    architecture: 'kvm',
    summary: 'VM exits go to the kvm module in the host kernel; device I/O continues in the user-space VMM (QEMU).',
  },
  {
    id: 'shared-kernel',
    name: 'Shared kernel (container)',
    architecture: 'shared-kernel',
    summary: 'There is no guest kernel: the program is a process, and its system calls go to the host kernel.',
  },
  {
    id: 'user-mode-linux',
    name: 'User-mode Linux',
    architecture: 'user-mode-linux',
    summary: "The guest kernel is a ported host process; its processes' system calls are intercepted with ptrace.",
  },
] as const satisfies readonly MachineDesign<string>[];

export type DesignId = (typeof machineDesigns)[number]['id'];

export const designIds: readonly DesignId[] = machineDesigns.map((d) => d.id);

/** The machine's design when an address or a lesson's tag names none that exists. */
export const DEFAULT_DESIGN: DesignId = 'bare-metal';

export function isDesignId(value: unknown): value is DesignId {
  return typeof value === 'string' && (designIds as readonly string[]).includes(value);
}

export function getDesign(id: DesignId): MachineDesign {
  const d = machineDesigns.find((x) => x.id === id);
  if (!d) throw new Error(`Unknown design "${id}"`);
  return d;
}

/**
 * The parts of a stack that take part in the machine's events:
 * - app: the guest program in user mode (a process of the container under the shared kernel);
 * - kernel: the guest kernel (the only kernel on bare metal);
 * - monitor: whatever owns the real ring 0 or root mode for the guest (VMM, hypervisor, kvm module);
 * - device: where device emulation happens (QEMU, the management OS); the monitor if nowhere else;
 * - host: the host kernel, in designs that have one;
 * - hardware: the machine itself.
 */
export type Role = 'app' | 'kernel' | 'monitor' | 'device' | 'host' | 'hardware';

export interface RoleLayer {
  readonly layer: Layer;
  /** The privilege this part of the layer runs at (the hosted VMM's monitor runs in ring 0). */
  readonly privilege: Privilege | null;
}

function guestColumn(arch: Architecture): string | undefined {
  return arch.columns.find((c) => c.role === 'guest')?.id ?? arch.columns[0]?.id;
}

function managementColumn(arch: Architecture): string | undefined {
  return arch.columns.find((c) => c.role === 'management')?.id;
}

function inColumn(layer: Layer, column: string | undefined): boolean {
  return column === undefined || layer.columns === undefined || layer.columns.includes(column);
}

function firstOfKind(arch: Architecture, kinds: readonly Layer['kind'][], column?: string): Layer | undefined {
  for (const kind of kinds) {
    const found = arch.layers.find((l) => l.kind === kind && inColumn(l, column));
    if (found) return found;
  }
  return undefined;
}

/** Resolve a role to a layer of the design's architecture, by layer kind. */
export function roleLayer(design: MachineDesign, role: Role): RoleLayer | null {
  const arch = getArchitecture(design.architecture);
  const guest = guestColumn(arch);
  const plain = (layer: Layer | undefined): RoleLayer | null => (layer ? { layer, privilege: layer.privilege } : null);
  switch (role) {
    case 'app':
      return plain(firstOfKind(arch, ['guest-app', 'host-process'], guest));
    case 'kernel':
      return plain(firstOfKind(arch, ['guest-kernel', 'host-kernel'], guest));
    case 'monitor': {
      const vmm = firstOfKind(arch, ['vmm'], guest);
      // The hosted VMM's ring 0 monitor handles what traps; KVM's user-space VMM does not.
      if (vmm?.alsoRuns) return { layer: vmm, privilege: vmm.alsoRuns.privilege };
      if (vmm?.privilege?.ring === 0) return plain(vmm);
      return plain(firstOfKind(arch, ['hypervisor', 'host-kernel'], guest));
    }
    case 'device': {
      const vmm = firstOfKind(arch, ['vmm'], guest);
      if (vmm) return plain(vmm);
      // Device models: the management OS's worker under VT-x, its back-end driver under Xen.
      const management = managementColumn(arch);
      if (design.id === 'hardware-assisted') return plain(firstOfKind(arch, ['guest-app'], management));
      if (design.id === 'paravirtualization') return plain(firstOfKind(arch, ['management-os'], management));
      return roleLayer(design, 'monitor');
    }
    case 'host':
      return plain(firstOfKind(arch, ['host-kernel']));
    case 'hardware':
      return plain(firstOfKind(arch, ['hardware']));
    default: {
      const unreachable: never = role;
      return unreachable;
    }
  }
}
