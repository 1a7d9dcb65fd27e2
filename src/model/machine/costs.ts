/**
 * An order-of-magnitude cost model in CPU cycles. These are illustrative round numbers, chosen to
 * sit inside the ranges the cited sources report; they are not measurements of any one processor.
 * The page says so wherever it shows a total.
 */

export type CostKey =
  | 'native'
  | 'syscall'
  | 'trap'
  | 'callout'
  | 'translate'
  | 'hypercall'
  | 'vm-exit'
  | 'user-vmm'
  | 'device-model'
  | 'ptrace'
  | 'free';

export interface CostEntry {
  readonly cycles: number;
  readonly what: string;
  /** Where the order of magnitude comes from. */
  readonly source: string;
}

export const costTable: Readonly<Record<CostKey, CostEntry>> = {
  native: {
    cycles: 1,
    what: 'an ordinary instruction executed directly',
    source: 'Assumed: one simple instruction per cycle, the unit the other entries are measured in.',
  },
  syscall: {
    cycles: 100,
    what: 'a system call into a kernel and back, with no virtualization in the way',
    source:
      'Assumed: on the order of a hundred cycles; Adams & Agesen, ASPLOS 2006, use system calls as the case where hardware assistance beats translation.',
  },
  trap: {
    cycles: 2000,
    what: 'a fault or trap to the VMM, decoding and emulating the instruction, and returning',
    source:
      'Adams & Agesen, ASPLOS 2006: a trap costs hundreds to thousands of cycles, which is why their binary translator avoids them.',
  },
  callout: {
    cycles: 200,
    what: 'translated code calling into the VMM without a trap',
    source: 'Adams & Agesen, ASPLOS 2006: callouts and in-translation-cache emulation are far cheaper than traps.',
  },
  translate: {
    cycles: 100,
    what: 'translating one guest instruction (once; the result is cached)',
    source:
      'Assumed; Adams & Agesen, ASPLOS 2006 describe translation as a one-off cost repaid by the translation cache.',
  },
  hypercall: {
    cycles: 300,
    what: 'a hypercall into Xen and back',
    source:
      'Barham et al., "Xen and the Art of Virtualization", SOSP 2003: hypercalls are software traps, batched to amortize them.',
  },
  'vm-exit': {
    cycles: 1000,
    what: 'a VM exit, its handling in the hypervisor, and the VM entry back',
    source:
      "Intel's VM-exit latency figures (2009) and Agesen, Mattson, Rugina & Sheldon, USENIX ATC 2012: hundreds to thousands of cycles, falling with each processor generation.",
  },
  'user-vmm': {
    cycles: 5000,
    what: 'leaving the kernel for the user-space VMM (QEMU) and coming back',
    source: 'Assumed: two context switches between kernel and user space on top of the exit.',
  },
  'device-model': {
    cycles: 5000,
    what: 'the device model in the management OS handling one request',
    source: 'Assumed: a switch to another VM or process and back; Sugerman et al., USENIX 2001, show the I/O cost.',
  },
  ptrace: {
    cycles: 10000,
    what: 'a system call intercepted with ptrace: the host stops the process and wakes the tracing UML kernel',
    source:
      'Dike, "A user-mode port of the Linux kernel", ALS 2000: each guest system call costs several host system calls and context switches.',
  },
  free: { cycles: 0, what: 'an event that costs nothing extra (part of another)', source: 'By construction.' },
};

export function cycles(key: CostKey): number {
  return costTable[key].cycles;
}
