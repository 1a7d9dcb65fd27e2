/**
 * The architecture model: plain data that every view (diagram, trace, compare table,
 * text twin, quiz) is derived from. No React, no DOM, no animation code here.
 */
import type { ArchitectureId } from './architectures';

/** Where a layer's code executes. `null` ring means "not software" (the hardware itself). */
type CpuMode = 'legacy' | 'vmx-root' | 'vmx-non-root';
type Ring = 0 | 1 | 3;

export interface Privilege {
  /** x86 protection ring the code runs in. */
  readonly ring: Ring;
  /** VT-x/AMD-V operation: `legacy` when the design uses no hardware virtualization support. */
  readonly mode: CpuMode;
}

type LayerKind =
  | 'hardware'
  | 'hypervisor'
  | 'host-kernel'
  | 'host-process'
  | 'vmm'
  | 'management-os'
  | 'guest-kernel'
  | 'guest-userland'
  | 'guest-app';

/** The ids of the designs in `architectures` (src/model/architectures.ts), derived from that list. */
export type { ArchitectureId };

type Family = 'baseline' | 'hosted' | 'os-level' | 'kernel-level' | 'hypervisor';

interface Column {
  readonly id: string;
  /** What a learner reads above the column, e.g. "Windows guest". */
  readonly label: string;
  readonly role: 'guest' | 'host' | 'management';
}

export interface Layer {
  /** Stable across architectures when it is "the same" layer, so the diagram can morph it. */
  readonly id: string;
  readonly kind: LayerKind;
  readonly label: string;
  /** One sentence: what this layer does in this design. */
  readonly detail: string;
  readonly privilege: Privilege | null;
  /** A second privilege part of this layer runs at (the hosted VMM's ring 0 monitor). */
  readonly alsoRuns?: { readonly privilege: Privilege; readonly part: string };
  /** 0 is the hardware; higher numbers sit above. */
  readonly level: number;
  /** The columns this layer sits under; absent means it spans every column. */
  readonly columns?: readonly string[];
  /** For kernels: has this kernel's source been changed for the design? */
  readonly modified?: boolean;
}

export type StepAction =
  | 'native'
  | 'syscall'
  | 'trap'
  | 'fault'
  | 'translate'
  | 'hypercall'
  | 'vm-exit'
  | 'emulate'
  | 'vm-entry'
  | 'return'
  /** A virtual interrupt delivered into the guest: how asynchronous device work reports completion. */
  | 'interrupt';

export interface PathStep {
  readonly layer: string;
  readonly action: StepAction;
  readonly privilege: Privilege | null;
  /** The caption a learner reads for this step. */
  readonly caption: string;
  /**
   * This step is work done elsewhere (another thread, another partition) while the previous step's
   * layer runs on: no control passes between them, so the diagram draws no arrow into it.
   */
  readonly meanwhile?: true;
}

interface InstructionPath {
  /** The privileged operation the trace follows, in plain words. */
  readonly operation: string;
  readonly steps: readonly PathStep[];
}

type TraitLevel = 'low' | 'medium' | 'high';
export type TraitKey = 'overhead' | 'guestFreedom' | 'isolation';

interface Trait {
  readonly level: TraitLevel;
  readonly why: string;
}

/** How a design gives its guests memory: who owns the page tables the MMU walks. */
export type MemoryTechnique =
  | 'native' // one kernel, its own page tables
  | 'host-kernel' // no guest kernel: processes use the one kernel's page tables
  | 'host-mappings' // a guest kernel in user space maps its processes' memory with host system calls
  | 'shadow' // the VMM keeps tables the MMU walks and traces the guest's own
  | 'nested' // the MMU walks the guest's tables and the hypervisor's second-level tables
  | 'direct'; // the guest's tables hold machine frames; the hypervisor validates every update

/** How a design gives its guests devices. */
export type IoTechnique =
  | 'native' // the kernel's own drivers program the hardware
  | 'host-kernel' // no guest kernel: system calls to the one kernel, whose drivers serve everyone
  | 'host-syscalls' // a user-space guest kernel's drivers turn I/O into host system calls
  | 'emulated' // register-level device models behind traps or exits
  | 'paravirtual' // guest drivers for a virtual device with shared rings (virtio, vmxnet)
  | 'split-drivers' // a front-end in the guest, a back-end in a privileged VM (Xen, VMBus)
  | 'assigned'; // real devices or SR-IOV functions handed to the guest under an IOMMU

/** One of the design's answers for memory or devices, with the sources it rests on. */
export interface Mechanism<T extends string> {
  /** The design's techniques, the defining one first; later ones are alternatives or fallbacks. */
  readonly techniques: readonly [T, ...T[]];
  /** Two or three sentences: how it works in this design. */
  readonly how: string;
  /** Bibliography keys (content/bibliography.ts) this entry is written from. */
  readonly sources: readonly string[];
}

/** A design. Its data is written as `Architecture<string>`, since the id type is derived from that data. */
export interface Architecture<Id extends string = ArchitectureId> {
  readonly id: Id;
  readonly name: string;
  readonly shortName: string;
  readonly family: Family;
  readonly summary: string;
  readonly columns: readonly Column[];
  readonly layers: readonly Layer[];
  /** What the guests share with each other. */
  readonly shares: string;
  readonly traits: Readonly<Record<TraitKey, Trait>>;
  readonly path: InstructionPath;
  /** The layer whose code drives the real devices (disk, network card). */
  readonly drivers: string;
  /** Guest memory: page tables and who owns them. */
  readonly memory: Mechanism<MemoryTechnique>;
  /** Guest devices: how an I/O request reaches real hardware. */
  readonly io: Mechanism<IoTechnique>;
  /** Where the classic taxonomy and today's practice differ, if they do. */
  readonly today?: string;
}

export interface Product {
  readonly id: string;
  readonly name: string;
  readonly architecture: ArchitectureId;
  readonly year: number;
  readonly current: boolean;
  readonly note: string;
}
