/**
 * One network packet's path through four I/O designs under KVM, in either direction: the send and
 * its completion interrupt, or the receive (the back-end or the card fills a buffer the guest posted,
 * then an interrupt tells the guest). Every hop is data; the counts of VM exits, copies and host context switches are derived
 * from each hop's kind, never stored. Sources: Sugerman et al. 2001 (emulated NIC), Russell 2008 and
 * the virtio 1.2 spec (virtqueues, batching), the KVM API (ioeventfd, irqfd), Intel VT-d and SDM
 * (assignment, posted interrupts), Gordon et al. 2012 (interrupt exits of assigned devices).
 */
import type { Step } from './step';

export type IoDesignId = 'emulated' | 'virtio' | 'vhost' | 'sriov';
export const IO_DESIGN_IDS: readonly IoDesignId[] = ['emulated', 'virtio', 'vhost', 'sriov'];

/** How the completion interrupt reaches a running guest. */
export type IrqMode = 'injected' | 'posted';
export const IRQ_MODES: readonly IrqMode[] = ['injected', 'posted'];

/** Which way the packet travels: out of the guest (tx) or into it (rx). */
export type IoDirection = 'tx' | 'rx';
export const IO_DIRECTIONS: readonly IoDirection[] = ['tx', 'rx'];

/** Where a hop happens, from the guest down to the wire. */
export type IoLayer = 'guest' | 'kvm' | 'vmm' | 'host-kernel' | 'device';

export const IO_LAYER_LABELS: Readonly<Record<IoLayer, string>> = {
  guest: 'Guest kernel (driver)',
  kvm: 'KVM (host kernel, exit handling)',
  vmm: 'VMM process (QEMU)',
  'host-kernel': 'Host kernel (network stack, vhost)',
  device: 'Network card (with IOMMU)',
};

export const IO_LAYERS: readonly IoLayer[] = ['guest', 'kvm', 'vmm', 'host-kernel', 'device'];

/** What a hop does; its cost follows from this alone. */
export type HopKind =
  | 'work' // local work in memory: no transition
  | 'trapped-access' // a guest register write or read that the CPU turns into a VM exit
  | 'direct-access' // a guest register access that reaches real hardware with no exit
  | 'return-to-user' // KVM returns from KVM_RUN to the VMM process
  | 'resume-guest' // the VMM calls KVM_RUN again and KVM enters the guest
  | 'vm-entry' // KVM re-enters the guest without leaving the kernel
  | 'syscall' // a user-space back-end asks the host kernel for something
  | 'wake-thread' // an eventfd wakes another host thread (QEMU's I/O thread, a vhost worker)
  | 'copy' // the packet's bytes are copied
  | 'dma' // the device reads or writes guest memory through the IOMMU
  | 'interrupt-injected' // the vCPU is forced out of the guest and the interrupt injected at entry
  | 'interrupt-posted' // the interrupt is posted into the running guest, no exit
  | 'eoi-trapped' // the guest's end-of-interrupt write exits
  | 'eoi-virtualized'; // APIC virtualization completes the EOI without an exit

export interface HopCost {
  readonly exits: number;
  readonly copies: number;
  readonly switches: number;
}

const NONE: HopCost = { exits: 0, copies: 0, switches: 0 };

/** The cost of one hop of a kind. Exhaustive: a new kind will not compile until it has a cost. */
export function hopCost(kind: HopKind): HopCost {
  switch (kind) {
    case 'trapped-access':
    case 'interrupt-injected':
    case 'eoi-trapped':
      return { ...NONE, exits: 1 };
    case 'return-to-user':
    case 'resume-guest':
    case 'syscall':
    case 'wake-thread':
      return { ...NONE, switches: 1 };
    case 'copy':
      return { ...NONE, copies: 1 };
    case 'work':
    case 'direct-access':
    case 'vm-entry':
    case 'dma':
    case 'interrupt-posted':
    case 'eoi-virtualized':
      return NONE;
    default: {
      const unknown: never = kind;
      throw new Error(`no cost for hop kind ${String(unknown)}`);
    }
  }
}

/** Whether a hop happens for every packet or once for a whole batch of packets. */
type HopRepeat = 'per-packet' | 'per-batch';

export interface Hop {
  readonly layer: IoLayer;
  readonly kind: HopKind;
  readonly repeat: HopRepeat;
  /**
   * Which half of the trip: sending the packet or learning that it was sent (tx); the packet
   * reaching guest memory, or the guest being told and handling it (rx).
   */
  readonly phase: IoPhase;
  readonly caption: string;
}

export type IoPhase = 'send' | 'complete' | 'receive' | 'handle';

export const IO_PHASE_LABELS: Readonly<Record<IoPhase, string>> = {
  send: 'Send',
  complete: 'Completion',
  receive: 'Receive',
  handle: 'Guest handles it',
};

type HopData = Omit<Hop, 'phase'>;

export interface IoDesign {
  readonly id: IoDesignId;
  readonly name: string;
  readonly summary: string;
  /** Steps of the send, in order. */
  readonly send: readonly HopData[];
  /** Steps of the completion before the interrupt is delivered. */
  readonly completeBefore: readonly HopData[];
  /** Steps of the completion after delivery, before the end-of-interrupt write. */
  readonly completeAfter: readonly HopData[];
  /** Steps of a receive until the guest's interrupt is raised: the frame reaches a guest buffer. */
  readonly receive: readonly HopData[];
  /** Steps of a receive after delivery, before the end-of-interrupt write. */
  readonly handle: readonly HopData[];
}

const hop = (layer: IoLayer, kind: HopKind, repeat: HopRepeat, caption: string): HopData => ({
  layer,
  kind,
  repeat,
  caption,
});

/** An MMIO register access to an emulated device: exit, up to QEMU, and back into the guest. */
const emulatedRegister = (what: string): HopData[] => [
  hop('guest', 'trapped-access', 'per-batch', `${what} The register is emulated, so the CPU exits.`),
  hop('kvm', 'return-to-user', 'per-batch', 'KVM cannot emulate the NIC itself and returns from KVM_RUN to QEMU.'),
  hop(
    'vmm',
    'resume-guest',
    'per-batch',
    "QEMU's model answers the access and calls KVM_RUN; KVM re-enters the guest.",
  ),
];

/** A frame for a VM with a software back-end: the host's own stack takes it first. */
const reachesTap = hop(
  'host-kernel',
  'work',
  'per-packet',
  "The frame arrives on the real card; the host's network stack passes it through a bridge to the VM's tap device.",
);

/** QEMU fetching a received frame from the tap device: a wake-up, a system call and a copy. */
const qemuReadsTap: HopData[] = [
  hop('host-kernel', 'wake-thread', 'per-batch', "The tap device becomes readable, which wakes QEMU's I/O thread."),
  hop('host-kernel', 'syscall', 'per-packet', 'QEMU reads the frame from the tap device with a system call.'),
  hop('host-kernel', 'copy', 'per-packet', "The tap driver copies it into a buffer in QEMU's memory."),
];

/** A virtio driver handling received frames: the used ring is plain memory, and no kick is needed. */
const virtioHandle: HopData[] = [
  hop(
    'guest',
    'work',
    'per-packet',
    "The driver takes the frame from the used ring (plain memory, no exit) and passes it up the guest's network stack.",
  ),
  hop(
    'guest',
    'work',
    'per-batch',
    'It refills the available ring with empty buffers. The back-end still has buffers, so it has asked not to be notified: no kick, no exit.',
  ),
];

export const IO_DESIGNS: readonly IoDesign[] = [
  {
    id: 'emulated',
    name: 'Emulated NIC (e1000 model in QEMU)',
    summary: 'The guest drives a software copy of a real Intel card; every register access exits.',
    send: [
      hop(
        'guest',
        'work',
        'per-packet',
        "The guest's e1000 driver writes the frame and a transmit descriptor into its own memory.",
      ),
      hop(
        'guest',
        'trapped-access',
        'per-packet',
        'It writes the transmit tail register, an MMIO address the hypervisor left unmapped, so the CPU exits.',
      ),
      hop(
        'kvm',
        'return-to-user',
        'per-packet',
        'KVM decodes the MMIO write and returns from KVM_RUN to QEMU, which owns the device model.',
      ),
      hop(
        'vmm',
        'copy',
        'per-packet',
        "QEMU's e1000 model reads the descriptor and copies the frame out of guest memory.",
      ),
      hop('host-kernel', 'syscall', 'per-packet', 'QEMU writes the frame to a tap device with a system call.'),
      hop(
        'host-kernel',
        'copy',
        'per-packet',
        'The tap driver copies it into a kernel buffer; the host network stack sends it on the real card.',
      ),
      hop('vmm', 'resume-guest', 'per-packet', 'QEMU calls KVM_RUN again and KVM re-enters the guest.'),
    ],
    completeBefore: [
      hop(
        'vmm',
        'syscall',
        'per-batch',
        'The model records "transmit done" in its interrupt cause register and raises the virtual interrupt line (an ioctl into KVM).',
      ),
    ],
    completeAfter: [
      ...emulatedRegister("The guest's handler reads the interrupt cause register (ICR)."),
      ...emulatedRegister('It writes the interrupt mask register to re-enable the interrupt.'),
    ],
    receive: [
      reachesTap,
      ...qemuReadsTap,
      hop(
        'vmm',
        'copy',
        'per-packet',
        "QEMU's e1000 model copies the frame into a buffer the guest's driver posted in its receive ring, and marks the descriptor done.",
      ),
      hop(
        'vmm',
        'syscall',
        'per-batch',
        'The model records "packet received" in its interrupt cause register and raises the virtual interrupt line (an ioctl into KVM).',
      ),
    ],
    handle: [
      ...emulatedRegister("The guest's handler reads the interrupt cause register (ICR)."),
      hop(
        'guest',
        'work',
        'per-packet',
        "Its receive routine finds the done descriptor in guest memory and passes the frame up the guest's network stack.",
      ),
      ...emulatedRegister('It refills the ring with empty buffers and writes the receive tail register (RDT).'),
      ...emulatedRegister('It writes the interrupt mask register to re-enable the interrupt.'),
    ],
  },
  {
    id: 'virtio',
    name: 'virtio-net, back-end in QEMU',
    summary: 'A paravirtual driver shares rings with QEMU; one kick and one interrupt cover a batch.',
    send: [
      hop(
        'guest',
        'work',
        'per-packet',
        "The virtio-net driver adds the frame's descriptor chain to the available ring in guest memory.",
      ),
      hop(
        'guest',
        'trapped-access',
        'per-batch',
        "After the batch it kicks: one write to the queue's notify register, which exits.",
      ),
      hop(
        'kvm',
        'wake-thread',
        'per-batch',
        "KVM matches the address to an ioeventfd and signals it, waking QEMU's I/O thread.",
      ),
      hop('kvm', 'vm-entry', 'per-batch', 'KVM re-enters the guest at once; the vCPU never returns to user space.'),
      hop(
        'vmm',
        'work',
        'per-packet',
        "QEMU's back-end takes the chain from the available ring; it reads the frame where it lies in guest memory.",
      ),
      hop('host-kernel', 'syscall', 'per-packet', 'QEMU hands the frame to the tap device with a system call.'),
      hop(
        'host-kernel',
        'copy',
        'per-packet',
        'The tap driver copies it into a kernel buffer and the host stack sends it.',
      ),
    ],
    completeBefore: [
      hop('vmm', 'work', 'per-batch', 'QEMU puts the finished chains in the used ring.'),
      hop(
        'vmm',
        'syscall',
        'per-batch',
        "It signals the queue's irqfd (an eventfd write), and KVM raises the guest's interrupt.",
      ),
    ],
    completeAfter: [hop('guest', 'work', 'per-batch', 'The handler reads the used ring: plain memory, no exit.')],
    receive: [
      reachesTap,
      ...qemuReadsTap,
      hop(
        'vmm',
        'copy',
        'per-packet',
        "QEMU's back-end takes a buffer the guest posted in the receive queue's available ring and copies the frame into it.",
      ),
      hop('vmm', 'work', 'per-batch', 'It puts the filled buffers in the used ring.'),
      hop(
        'vmm',
        'syscall',
        'per-batch',
        "It signals the queue's irqfd (an eventfd write), and KVM raises the guest's interrupt.",
      ),
    ],
    handle: virtioHandle,
  },
  {
    id: 'vhost',
    name: 'virtio-net with vhost-net',
    summary: 'The same rings, but the back-end is a worker in the host kernel: no trip to user space.',
    send: [
      hop(
        'guest',
        'work',
        'per-packet',
        "The virtio-net driver adds the frame's descriptor chain to the available ring.",
      ),
      hop(
        'guest',
        'trapped-access',
        'per-batch',
        'After the batch it kicks: one write to the notify register, which exits.',
      ),
      hop(
        'kvm',
        'wake-thread',
        'per-batch',
        "KVM signals the queue's ioeventfd, which wakes the vhost-net worker in the host kernel.",
      ),
      hop('kvm', 'vm-entry', 'per-batch', 'KVM re-enters the guest at once.'),
      hop(
        'host-kernel',
        'work',
        'per-packet',
        'The vhost worker reads the descriptor chain straight from guest memory.',
      ),
      hop(
        'host-kernel',
        'copy',
        'per-packet',
        'It copies the frame into a kernel buffer and passes it to the tap device; QEMU is not involved.',
      ),
    ],
    completeBefore: [
      hop('host-kernel', 'work', 'per-batch', 'The worker puts the finished chains in the used ring.'),
      hop(
        'host-kernel',
        'work',
        'per-batch',
        "It signals the irqfd inside the kernel, and KVM raises the guest's interrupt.",
      ),
    ],
    completeAfter: [hop('guest', 'work', 'per-batch', 'The handler reads the used ring: plain memory, no exit.')],
    receive: [
      reachesTap,
      hop('host-kernel', 'wake-thread', 'per-batch', 'The tap device wakes the vhost-net worker in the host kernel.'),
      hop(
        'host-kernel',
        'copy',
        'per-packet',
        'The worker copies the frame straight into a buffer the guest posted in the available ring; QEMU is not involved.',
      ),
      hop('host-kernel', 'work', 'per-batch', 'It puts the filled buffers in the used ring.'),
      hop(
        'host-kernel',
        'work',
        'per-batch',
        "It signals the irqfd inside the kernel, and KVM raises the guest's interrupt.",
      ),
    ],
    handle: virtioHandle,
  },
  {
    id: 'sriov',
    name: 'SR-IOV virtual function (assigned)',
    summary: 'The guest drives a slice of the real card; the IOMMU confines its DMA and interrupts.',
    send: [
      hop(
        'guest',
        'work',
        'per-packet',
        "The guest's VF driver writes a transmit descriptor into its ring in guest memory.",
      ),
      hop(
        'guest',
        'direct-access',
        'per-batch',
        "It writes the VF's doorbell register. The register is mapped into the guest, so the write reaches the card with no exit.",
      ),
      hop(
        'device',
        'dma',
        'per-packet',
        'The VF reads the descriptor and frame by DMA; the IOMMU translates guest-physical to host-physical addresses.',
      ),
      hop('device', 'work', 'per-packet', 'The card sends the frame on the wire. No copy was made anywhere.'),
    ],
    completeBefore: [
      hop('device', 'dma', 'per-batch', 'The VF writes completions into guest memory through the IOMMU.'),
      hop('device', 'work', 'per-batch', 'It raises an MSI-X interrupt, which interrupt remapping checks and routes.'),
    ],
    completeAfter: [hop('guest', 'work', 'per-batch', 'The handler reads the completions from guest memory, no exit.')],
    receive: [
      hop(
        'device',
        'work',
        'per-packet',
        "The frame arrives at the card, whose built-in switch matches its destination address to this VM's virtual function.",
      ),
      hop(
        'device',
        'dma',
        'per-packet',
        'The VF writes the frame by DMA into a buffer the guest posted; the IOMMU translates guest-physical to host-physical addresses.',
      ),
      hop('device', 'dma', 'per-batch', 'It marks the receive descriptors done in guest memory, again by DMA.'),
      hop('device', 'work', 'per-batch', 'It raises an MSI-X interrupt, which interrupt remapping checks and routes.'),
    ],
    handle: [
      hop(
        'guest',
        'work',
        'per-packet',
        "The VF driver finds the done descriptors in guest memory and passes the frame up the guest's network stack.",
      ),
      hop(
        'guest',
        'direct-access',
        'per-batch',
        "It refills the ring and writes the VF's receive tail register, which reaches the card with no exit.",
      ),
    ],
  },
];

export function isIoDesignId(value: string): value is IoDesignId {
  return (IO_DESIGN_IDS as readonly string[]).includes(value);
}

export function getIoDesign(id: IoDesignId): IoDesign {
  const design = IO_DESIGNS.find((d) => d.id === id);
  if (!design) throw new Error(`unknown I/O design ${id}`);
  return design;
}

function deliveryHops(design: IoDesign, irq: IrqMode): HopData[] {
  const assigned = design.id === 'sriov';
  if (irq === 'posted') {
    return [
      hop(
        'guest',
        'interrupt-posted',
        'per-batch',
        assigned
          ? 'VT-d posts the interrupt: a bit in the posted-interrupt descriptor and a notification vector deliver it into the running guest, no exit.'
          : 'KVM posts the interrupt: a bit in the posted-interrupt descriptor and a notification vector deliver it into the running guest, no exit.',
      ),
    ];
  }
  return [
    hop(
      'guest',
      'interrupt-injected',
      'per-batch',
      assigned
        ? 'The interrupt arrives at the host, so the running guest exits; KVM injects the virtual interrupt at the next VM entry.'
        : 'The running vCPU is forced out of the guest with an IPI (an exit); KVM injects the interrupt at the next VM entry.',
    ),
  ];
}

function eoiHop(irq: IrqMode): HopData {
  return irq === 'posted'
    ? hop(
        'guest',
        'eoi-virtualized',
        'per-batch',
        'The handler writes EOI; APIC virtualization completes it with no exit.',
      )
    : hop(
        'guest',
        'eoi-trapped',
        'per-batch',
        'The handler writes EOI to its virtual APIC, which exits so KVM can update it.',
      );
}

/**
 * The whole trip of one design in one direction: send, then the completion and its interrupt (tx);
 * or the frame reaching a guest buffer, then the interrupt and the guest's handling of it (rx).
 */
export function ioPath(id: IoDesignId, irq: IrqMode, dir: IoDirection = 'tx'): readonly Hop[] {
  const design = getIoDesign(id);
  const tagged = (hops: readonly HopData[], phase: IoPhase): Hop[] => hops.map((h) => ({ ...h, phase }));
  const interrupt = (before: readonly HopData[], after: readonly HopData[]) => [
    ...before,
    ...deliveryHops(design, irq),
    ...after,
    eoiHop(irq),
  ];
  return dir === 'tx'
    ? [...tagged(design.send, 'send'), ...tagged(interrupt(design.completeBefore, design.completeAfter), 'complete')]
    : [...tagged(design.receive, 'receive'), ...tagged(interrupt([], design.handle), 'handle')];
}

export interface IoCounts extends HopCost {
  /** Packets the counts cover. */
  readonly packets: number;
}

/**
 * Counts for a batch of `batch` packets over the hops up to and including `upTo` (all by default):
 * per-packet hops count once for every packet, per-batch hops once.
 */
export function countHops(hops: readonly Hop[], batch: number, upTo: Step = hops.length - 1): IoCounts {
  let exits = 0;
  let copies = 0;
  let switches = 0;
  hops.slice(0, upTo === null ? 0 : upTo + 1).forEach((h) => {
    const times = h.repeat === 'per-packet' ? batch : 1;
    const cost = hopCost(h.kind);
    exits += cost.exits * times;
    copies += cost.copies * times;
    switches += cost.switches * times;
  });
  return { exits, copies, switches, packets: batch };
}

/** Per-packet average, rounded to two decimals for display. */
export function perPacket(total: number, packets: number): number {
  return Math.round((total / packets) * 100) / 100;
}

export interface CompareRow {
  readonly design: IoDesign;
  readonly counts: IoCounts;
}

/** The compare row: every design's whole trip in one direction, for the same batch and interrupt mode. */
export function compareRows(irq: IrqMode, batch: number, dir: IoDirection = 'tx'): CompareRow[] {
  return IO_DESIGNS.map((design) => ({ design, counts: countHops(ioPath(design.id, irq, dir), batch) }));
}

export const BATCH_CHOICES: readonly number[] = [1, 8, 32];

/** How a hop's kind reads in a caption. */
export function hopKindLabel(kind: HopKind): string {
  switch (kind) {
    case 'work':
      return 'work in memory';
    case 'trapped-access':
      return 'register access: VM exit';
    case 'direct-access':
      return 'register access straight to hardware';
    case 'return-to-user':
      return 'return to user space';
    case 'resume-guest':
      return 'back into the kernel and the guest';
    case 'vm-entry':
      return 'VM entry';
    case 'syscall':
      return 'system call';
    case 'wake-thread':
      return 'wakes another thread';
    case 'copy':
      return 'copy of the packet';
    case 'dma':
      return 'DMA through the IOMMU';
    case 'interrupt-injected':
      return 'interrupt injected: VM exit';
    case 'interrupt-posted':
      return 'interrupt posted: no exit';
    case 'eoi-trapped':
      return 'end of interrupt: VM exit';
    case 'eoi-virtualized':
      return 'end of interrupt: no exit';
    default: {
      const unknown: never = kind;
      return String(unknown);
    }
  }
}

/** "1 VM exit, 1 copy" for a hop's cost times `times`; "" when it costs nothing. */
export function describeCost(cost: HopCost, times = 1): string {
  const parts: string[] = [];
  const add = (n: number, one: string, many: string) => {
    if (n > 0) parts.push(`${n * times} ${n * times === 1 ? one : many}`);
  };
  add(cost.exits, 'VM exit', 'VM exits');
  add(cost.copies, 'copy', 'copies');
  add(cost.switches, 'context switch', 'context switches');
  return parts.join(', ');
}
