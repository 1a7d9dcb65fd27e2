import { GUEST_RING0, GUEST_RING3, RING0, RING1, RING3, ROOT_RING0, ROOT_RING3 } from './privilege';
import type { Architecture, Layer } from './types';

const hardware = {
  id: 'hardware',
  kind: 'hardware',
  label: 'Hardware',
  detail: 'CPU, memory, disks and network cards: the one physical machine everything shares.',
  privilege: null,
  level: 0,
} as const satisfies Layer;

/** Guest kernel + applications for one column, so each design lists guests in one line. */
function guest(
  column: string,
  os: string,
  kernelLevel: number,
  kernel: Pick<Layer, 'privilege' | 'modified' | 'detail'> & { label?: string },
  appPrivilege: Layer['privilege'],
): Layer[] {
  return [
    {
      id: `${column}-kernel`,
      kind: 'guest-kernel',
      label: kernel.label ?? `${os} kernel`,
      detail: kernel.detail,
      privilege: kernel.privilege,
      modified: kernel.modified,
      level: kernelLevel,
      columns: [column],
    },
    {
      id: `${column}-apps`,
      kind: 'guest-app',
      label: `${os} apps`,
      detail: 'Ordinary user programs. They run directly on the CPU in ring 3 and never notice the virtualization.',
      privilege: appPrivilege,
      level: kernelLevel + 1,
      columns: [column],
    },
  ];
}

const bareMetal = {
  id: 'bare-metal',
  name: 'Bare metal (no virtualization)',
  shortName: 'Bare metal',
  family: 'baseline',
  summary: 'One operating system owns the whole machine. This is the baseline every other design is measured against.',
  columns: [{ id: 'host', label: 'One operating system', role: 'host' }],
  layers: [
    hardware,
    {
      id: 'base',
      kind: 'host-kernel',
      label: 'Operating system kernel',
      detail: 'Runs in ring 0 and is the only code allowed to execute privileged instructions.',
      privilege: RING0,
      level: 1,
    },
    {
      id: 'host-apps',
      kind: 'host-process',
      label: 'Applications',
      detail: 'Run in ring 3 and ask the kernel for anything privileged through system calls.',
      privilege: RING3,
      level: 2,
      columns: ['host'],
    },
  ],
  shares: 'Nothing is shared between operating systems: there is only one.',
  traits: {
    overhead: { level: 'low', why: 'Nothing sits between the kernel and the hardware.' },
    guestFreedom: { level: 'low', why: 'One operating system at a time; a second needs a reboot or another machine.' },
    isolation: {
      level: 'low',
      why: 'What must be trusted: the whole kernel, and there is only one system, so nothing keeps whole systems apart.',
    },
  },
  drivers: 'base',
  memory: {
    techniques: ['native'],
    how: "The kernel's own page tables are the ones the MMU walks; there is no second level of translation.",
    sources: [],
  },
  io: {
    techniques: ['native'],
    how: "The kernel's drivers program the real devices, which move data by DMA and raise real interrupts.",
    sources: [],
  },
  path: {
    operation:
      'The kernel disables interrupts (CLI) on this CPU while it updates data that an interrupt handler also uses.',
    steps: [
      {
        layer: 'host-apps',
        action: 'syscall',
        privilege: RING3,
        caption: 'An application makes a system call. The CPU switches from ring 3 to ring 0 and enters the kernel.',
      },
      {
        layer: 'base',
        action: 'native',
        privilege: RING0,
        caption: 'The kernel executes CLI itself. In ring 0 the processor simply obeys.',
      },
      {
        layer: 'hardware',
        action: 'native',
        privilege: null,
        caption:
          'The interrupt flag is cleared at once. No other software took part: this is the speed every design below is compared with.',
      },
    ],
  },
} as const satisfies Architecture<string>;

const hosted = {
  id: 'hosted',
  name: 'Software (hosted) virtualization with binary translation',
  shortName: 'Hosted (software)',
  family: 'hosted',
  summary:
    'A VM application runs on an ordinary, unmodified host OS, and a ring 0 monitor runs the guest in a world of its own. Before x86 had hardware support, the monitor rewrote guest kernel code on the fly so that it never needed ring 0.',
  columns: [
    { id: 'host', label: 'Host programs', role: 'host' },
    { id: 'app', label: 'VM application', role: 'host' },
    { id: 'g1', label: 'Guest, in the VMM world', role: 'guest' },
  ],
  layers: [
    hardware,
    {
      id: 'base',
      kind: 'host-kernel',
      label: 'Host OS kernel + VMM driver',
      detail:
        'An unmodified Windows, Linux or macOS kernel in ring 0, with its own drivers. A small VMM driver switches the CPU between the host world and the VMM world.',
      privilege: RING0,
      level: 1,
    },
    {
      id: 'host-apps',
      kind: 'host-process',
      label: 'Host applications',
      detail: 'The browser and editor the user already had, running beside the virtual machine.',
      privilege: RING3,
      level: 2,
      columns: ['host'],
    },
    {
      id: 'vmapp',
      kind: 'host-process',
      label: 'VM application (UI, host I/O)',
      detail:
        'An ordinary ring 3 program: it shows the VM window and performs real I/O for the guest with system calls to the host OS. It translates and runs no guest code.',
      privilege: RING3,
      level: 2,
      columns: ['app'],
    },
    {
      id: 'vmm',
      kind: 'vmm',
      label: 'VMM (monitor)',
      detail:
        'Runs in ring 0 in its own world, entered by a world switch; the host OS never schedules it. It runs the guest, holds the binary translator and emulates devices at the register level.',
      privilege: RING0,
      level: 2,
      columns: ['g1'],
    },
    ...guest(
      'g1',
      'Guest',
      3,
      {
        label: 'Guest kernel (Windows, Linux…)',
        privilege: RING1,
        modified: false,
        detail:
          'Unmodified. Its kernel code is translated by the monitor before it runs, and the translated code runs in ring 1.',
      },
      RING3,
    ),
  ],
  shares: 'The host OS, its drivers and the hardware.',
  traits: {
    overhead: {
      level: 'medium',
      why: 'User code runs at native speed, but kernel code is translated, page tables are shadowed, each host interrupt costs a world switch, and real I/O passes through the host OS.',
    },
    guestFreedom: { level: 'high', why: 'Any unmodified OS built for the same instruction set can be a guest.' },
    isolation: {
      level: 'medium',
      why: 'What must be trusted: the monitor plus the whole host OS and the VM application, a large base.',
    },
  },
  drivers: 'base',
  memory: {
    techniques: ['shadow'],
    how: "The monitor builds shadow page tables, mapping guest-virtual straight to host-physical, for the MMU to walk, and write-protects (traces) the guest's own tables to keep them in step. Today's hosted products use nested paging instead.",
    sources: ['aa06', 'bdr12'],
  },
  io: {
    techniques: ['emulated'],
    how: 'The monitor emulates ordinary devices (a network card, a disk controller) register by register; the VM application performs the real I/O through the host OS and its drivers, with system calls.',
    sources: ['svl01', 'bdr12'],
  },
  path: {
    operation:
      'A guest kernel disables interrupts (CLI), then starts a disk transfer. Run as written outside ring 0, CLI would fault, and its cousin POPF would silently drop the change to the interrupt flag.',
    steps: [
      {
        layer: 'g1-apps',
        action: 'native',
        privilege: RING3,
        caption: 'Guest applications run directly on the processor in ring 3. User code needs no help.',
      },
      {
        layer: 'g1-kernel',
        action: 'translate',
        privilege: RING1,
        caption:
          "Control enters the guest kernel, but its code never runs as written. The monitor's translator copied this block into a translation cache and replaced CLI with instructions that clear a virtual interrupt flag. The copy runs in ring 1.",
      },
      {
        layer: 'vmm',
        action: 'emulate',
        privilege: RING0,
        caption:
          "The disk access needs more than a flag change, so the translated code calls the monitor. It runs in ring 0 in the VMM world and emulates the disk controller's registers.",
      },
      {
        layer: 'vmapp',
        action: 'emulate',
        privilege: RING3,
        caption:
          'The monitor cannot use host drivers, so it switches worlds back to the host, and the VMM driver hands the request to the VM application, an ordinary ring 3 process.',
      },
      {
        layer: 'base',
        action: 'syscall',
        privilege: RING0,
        caption:
          "The application reads or writes the guest's disk file with ordinary system calls, and the host kernel's drivers do the work: one more layer, one more cost.",
      },
      {
        layer: 'g1-kernel',
        action: 'return',
        privilege: RING1,
        caption:
          'A world switch returns to the monitor, and the guest kernel continues in translated code, convinced that it disabled interrupts itself.',
      },
    ],
  },
  today:
    'Binary translation is gone: the products that defined this design need hardware virtualization (VT-x or AMD-V on x86 hosts; VirtualBox removed its software mode in 6.1, 2019). The hosted layout remains, and on Windows with Hyper-V enabled they run through the Windows Hypervisor Platform, as user-mode VMMs over a type 1 hypervisor.',
} as const satisfies Architecture<string>;

const sharedKernel = {
  id: 'shared-kernel',
  name: 'Shared-kernel (OS-level) virtualization',
  shortName: 'Shared kernel',
  family: 'os-level',
  summary:
    'One kernel serves every guest. Each guest (a container) is a group of processes with its own root filesystem, its own view of PIDs, network and users, and its own resource limits.',
  columns: [
    { id: 'c1', label: 'Container A', role: 'guest' },
    { id: 'c2', label: 'Container B', role: 'guest' },
  ],
  layers: [
    hardware,
    {
      id: 'base',
      kind: 'host-kernel',
      label: 'One shared Linux kernel',
      detail:
        'The only kernel on the machine. Namespaces give each container its own view; cgroups cap what it may use.',
      privilege: RING0,
      level: 1,
    },
    {
      id: 'c1-userland',
      kind: 'guest-userland',
      label: 'Debian root filesystem',
      detail: 'Libraries, tools and configuration of one distribution. No kernel: only user-space files.',
      privilege: RING3,
      level: 2,
      columns: ['c1'],
    },
    {
      id: 'c1-apps',
      kind: 'guest-app',
      label: 'Web server processes',
      detail: 'Ordinary Linux processes that happen to live in their own namespaces.',
      privilege: RING3,
      level: 3,
      columns: ['c1'],
    },
    {
      id: 'c2-userland',
      kind: 'guest-userland',
      label: 'Alpine root filesystem',
      detail: "A different distribution's user space, on the same kernel.",
      privilege: RING3,
      level: 2,
      columns: ['c2'],
    },
    {
      id: 'c2-apps',
      kind: 'guest-app',
      label: 'Database processes',
      detail: 'Ordinary Linux processes in a second set of namespaces.',
      privilege: RING3,
      level: 3,
      columns: ['c2'],
    },
  ],
  shares:
    "The kernel itself: every guest's system calls go to the same kernel, so every guest must be able to run on it.",
  traits: {
    overhead: {
      level: 'low',
      why: 'Nothing is trapped or translated: containers make the same system calls as any process.',
    },
    guestFreedom: {
      level: 'low',
      why: "Only user spaces that run on the host's kernel: no Windows on a Linux kernel.",
    },
    isolation: {
      level: 'low',
      why: 'What must be trusted: the whole shared kernel, which every container calls directly. Seccomp and security modules narrow what each may call, but one kernel bug can expose them all.',
    },
  },
  drivers: 'base',
  memory: {
    techniques: ['host-kernel'],
    how: "No second translation: a container's processes use the one kernel's ordinary page tables. Control groups count and limit each container's memory.",
    sources: ['man-cg'],
  },
  io: {
    techniques: ['host-kernel'],
    how: 'Nothing is emulated: processes make system calls to the one kernel, whose drivers serve every container. A network namespace gives a container its own interfaces, often one end of a virtual Ethernet pair.',
    sources: ['man-ns'],
  },
  path: {
    operation:
      'A process in a container asks for something privileged: mounting a filesystem with the mount system call.',
    steps: [
      {
        layer: 'c1-apps',
        action: 'syscall',
        privilege: RING3,
        caption:
          'The process runs natively in ring 3 and makes an ordinary system call. There is no guest kernel to catch it.',
      },
      {
        layer: 'base',
        action: 'native',
        privilege: RING0,
        caption:
          "The shared host kernel receives the call and checks the caller's namespaces, capabilities, seccomp filter and security module policy before doing anything.",
      },
      {
        layer: 'base',
        action: 'native',
        privilege: RING0,
        caption: "If allowed, the mount is made in this container's mount namespace only. Container B never sees it.",
      },
      {
        layer: 'c1-apps',
        action: 'return',
        privilege: RING3,
        caption:
          'The result returns to the process. Had it executed a privileged instruction such as CLI itself, the CPU would have faulted and the kernel would treat it like any misbehaving process.',
      },
    ],
  },
  today:
    'Containers are built from namespaces and cgroups (plus seccomp and security modules), not from chroot, which only changes where path lookups start and is no security boundary.',
} as const satisfies Architecture<string>;

const userModeLinux = {
  id: 'user-mode-linux',
  name: 'User-mode Linux (kernel as a process)',
  shortName: 'User-mode Linux',
  family: 'kernel-level',
  summary:
    'A Linux kernel ported to run as ordinary processes on a Linux host. The guest kernel is the modified one; today (skas0 mode) the host kernel needs no patch.',
  columns: [
    { id: 'host', label: 'Host programs', role: 'host' },
    { id: 'g1', label: 'UML guest', role: 'guest' },
  ],
  layers: [
    hardware,
    {
      id: 'base',
      kind: 'host-kernel',
      label: 'Host Linux kernel (unmodified)',
      detail: 'An ordinary kernel in ring 0. To it, the whole guest is just a few processes.',
      privilege: RING0,
      level: 1,
    },
    {
      id: 'host-apps',
      kind: 'host-process',
      label: 'Host applications',
      detail: "Other programs on the host, side by side with the guest's processes.",
      privilege: RING3,
      level: 2,
      columns: ['host'],
    },
    ...guest(
      'g1',
      'Guest',
      2,
      {
        label: 'UML guest kernel (arch "um")',
        privilege: RING3,
        modified: true,
        detail:
          "Linux ported to the host's system-call interface. It runs in ring 3 as a host process; no guest code ever runs privileged.",
      },
      RING3,
    ),
  ],
  shares: 'The host kernel, which schedules the guest kernel and its processes like any others.',
  traits: {
    overhead: {
      level: 'high',
      why: 'Every guest system call becomes several host system calls and context switches; I/O-heavy work suffers most.',
    },
    guestFreedom: { level: 'low', why: 'Only Linux, and only the UML port of it.' },
    isolation: {
      level: 'medium',
      why: 'What must be trusted: the whole host kernel, which the guest reaches only through the system calls of ordinary unprivileged processes.',
    },
  },
  drivers: 'base',
  memory: {
    techniques: ['host-mappings'],
    how: "The guest kernel's page tables are only data. UML keeps its 'physical memory' in a host file and builds each guest process's address space by mapping pieces of it with mmap, munmap and mprotect; the host kernel's page tables do the translation.",
    sources: ['dike01'],
  },
  io: {
    techniques: ['host-syscalls'],
    how: "UML's own drivers turn guest I/O into system calls on the host: its block driver reads and writes a host file, its network driver a tap device or a socket.",
    sources: ['dike01'],
  },
  path: {
    operation: "A guest process makes a system call, which needs the (guest) kernel's privileged service.",
    steps: [
      {
        layer: 'g1-apps',
        action: 'syscall',
        privilege: RING3,
        caption:
          'A process inside the guest makes a system call. To the CPU it is an ordinary host process, so the call first reaches the host kernel.',
      },
      {
        layer: 'base',
        action: 'trap',
        privilege: RING0,
        caption:
          'The host kernel stops the process and notifies the UML kernel, which traces it with ptrace (PTRACE_SYSEMU), the mechanism UML has used throughout.',
      },
      {
        layer: 'g1-kernel',
        action: 'emulate',
        privilege: RING3,
        caption:
          'The UML kernel, itself a ring 3 process, serves the call. It cannot touch the hardware MMU or take hardware interrupts, so it maps the memory of its processes with host system calls (mmap) and, roughly speaking, uses host signals where a kernel would use interrupts.',
      },
      {
        layer: 'base',
        action: 'syscall',
        privilege: RING0,
        caption:
          'The host kernel performs those host system calls in ring 0, exactly as it would for any other process.',
      },
      {
        layer: 'g1-apps',
        action: 'return',
        privilege: RING3,
        caption:
          'The guest process resumes with its result. No guest code, kernel or user, ran privileged: the host kernel did that work for it, which is why UML needs no CPU support and why it is slow.',
      },
    ],
  },
  today:
    'UML survives mainly as a tool for testing kernels. It and KVM work in opposite ways, so the old label "kernel-level virtualization" groups them only loosely.',
} as const satisfies Architecture<string>;

const kvm = {
  id: 'kvm',
  name: 'KVM: the Linux kernel as hypervisor',
  shortName: 'KVM',
  family: 'kernel-level',
  summary:
    "A module in stock Linux turns the kernel into a hypervisor using the CPU's virtualization extensions (VT-x or AMD-V on x86). Each VM is a Linux process; each virtual CPU is a thread; a user-space VMM such as QEMU emulates devices.",
  columns: [
    { id: 'host', label: 'Host programs', role: 'host' },
    { id: 'g1', label: 'Windows VM', role: 'guest' },
    { id: 'g2', label: 'Linux VM', role: 'guest' },
  ],
  layers: [
    hardware,
    {
      id: 'base',
      kind: 'host-kernel',
      label: 'Linux kernel + kvm module',
      detail:
        'Stock Linux in VMX root mode (SVM host mode on AMD). The kvm module adds a guest mode beside user and kernel mode and handles most VM exits.',
      privilege: ROOT_RING0,
      level: 1,
    },
    {
      id: 'host-apps',
      kind: 'host-process',
      label: 'Host applications',
      detail: 'Normal Linux programs, scheduled alongside the VMs.',
      privilege: ROOT_RING3,
      level: 2,
      columns: ['host'],
    },
    {
      id: 'g1-vmm',
      kind: 'vmm',
      label: 'QEMU process',
      detail: 'The user-space VMM for this VM: it emulates devices and drives the VM through /dev/kvm.',
      privilege: ROOT_RING3,
      level: 2,
      columns: ['g1'],
    },
    {
      id: 'g2-vmm',
      kind: 'vmm',
      label: 'QEMU process',
      detail: 'A second, separate VMM process: one per virtual machine.',
      privilege: ROOT_RING3,
      level: 2,
      columns: ['g2'],
    },
    ...guest(
      'g1',
      'Windows',
      3,
      { privilege: GUEST_RING0, modified: false, detail: 'Unmodified, in ring 0 of VMX non-root mode.' },
      GUEST_RING3,
    ),
    ...guest(
      'g2',
      'Linux',
      3,
      {
        privilege: GUEST_RING0,
        modified: false,
        detail: 'Unmodified, in ring 0 of VMX non-root mode; virtio drivers are optional.',
      },
      GUEST_RING3,
    ),
  ],
  shares: 'The host Linux kernel, its scheduler and memory manager, and the hardware.',
  traits: {
    overhead: {
      level: 'low',
      why: 'Guest code runs natively in non-root mode; costs come from VM exits and device emulation.',
    },
    guestFreedom: { level: 'high', why: 'Unmodified guests of the same instruction set: Windows, Linux, BSD.' },
    isolation: {
      level: 'medium',
      why: 'What must be trusted: the whole host Linux kernel, KVM included, and QEMU unless it is sandboxed (VENOM, CVE-2015-3456, was a bug in its floppy emulation): a large base, as in a hosted design, though guests reach it only through VM exits and emulated devices.',
    },
  },
  drivers: 'base',
  memory: {
    techniques: ['nested', 'shadow'],
    how: "Nested paging (Intel EPT, AMD NPT): the guest owns its page tables and KVM fills the second level from the VM process's memory, so guest RAM is ordinary host memory that Linux can swap or merge (KSM). Without EPT or NPT, KVM keeps shadow page tables.",
    sources: ['kvm-mmu', 'ksm'],
  },
  io: {
    techniques: ['emulated', 'paravirtual', 'assigned'],
    how: 'QEMU emulates devices in user space. virtio drivers share rings with a back-end in QEMU, in the host kernel (vhost) or in another process (vhost-user). VFIO assigns real devices or SR-IOV functions under the IOMMU.',
    sources: ['kvmapi', 'rus08', 'vhostuser', 'vfio'],
  },
  path: {
    operation: "A guest kernel starts a disk write by writing to an emulated disk controller's I/O port (OUT).",
    steps: [
      {
        layer: 'g1-kernel',
        action: 'vm-exit',
        privilege: GUEST_RING0,
        caption:
          "The guest kernel runs directly on the CPU in non-root ring 0. This OUT is configured to cause a VM exit: the CPU saves the guest's state and switches to root mode.",
      },
      {
        layer: 'base',
        action: 'emulate',
        privilege: ROOT_RING0,
        caption:
          'KVM, inside the host kernel, reads the exit reason. Exits it can finish itself (timers, interrupt controller, many registers) end here; this port belongs to a device QEMU models.',
      },
      {
        layer: 'g1-vmm',
        action: 'emulate',
        privilege: ROOT_RING3,
        caption:
          "KVM_RUN returns to QEMU, which updates the emulated controller's registers and hands the transfer to an I/O thread (thread pool, linux-aio or io_uring). It does not wait for the disk.",
      },
      {
        layer: 'base',
        action: 'vm-entry',
        privilege: ROOT_RING0,
        caption: 'QEMU calls KVM_RUN again at once, and KVM performs a VM entry.',
      },
      {
        layer: 'g1-kernel',
        action: 'native',
        privilege: GUEST_RING0,
        caption: 'The guest runs on, scheduling other work, while its write is still in flight.',
      },
      {
        layer: 'base',
        action: 'syscall',
        privilege: ROOT_RING0,
        meanwhile: true,
        caption:
          "Meanwhile QEMU's I/O thread writes the disk image with ordinary host system calls. When the write completes, QEMU asks KVM to raise the device's interrupt (through an irqfd or KVM_IRQ_LINE).",
      },
      {
        layer: 'g1-kernel',
        action: 'interrupt',
        privilege: GUEST_RING0,
        caption:
          "KVM injects a virtual interrupt as it next enters the guest, and the guest's disk driver finds the request complete. Paravirtual virtio drivers batch many requests per exit; vhost and ioeventfd keep the trip out of QEMU altogether.",
      },
    ],
  },
  today:
    "KVM is part of mainline Linux (since 2.6.20, 2007), not a patched kernel. It is often called type 1 and sometimes hosted; the clearest description is that the operating system itself is the hypervisor. Beyond x86 it runs on arm64, s390, POWER and RISC-V. AWS's Nitro hypervisor is based on it, and Firecracker uses it.",
} as const satisfies Architecture<string>;

const paravirtualization = {
  id: 'paravirtualization',
  name: 'Hypervisor with paravirtualization',
  shortName: 'Paravirtualization',
  family: 'hypervisor',
  summary:
    'A type 1 hypervisor runs on the hardware. Guest kernels are ported to it: instead of executing privileged instructions, they ask the hypervisor with hypercalls.',
  columns: [
    { id: 'mgmt', label: 'dom0 (management)', role: 'management' },
    { id: 'g1', label: 'Linux guest (domU)', role: 'guest' },
    { id: 'g2', label: 'NetBSD guest (domU)', role: 'guest' },
  ],
  layers: [
    hardware,
    {
      id: 'base',
      kind: 'hypervisor',
      label: 'Xen hypervisor',
      detail: 'Owns ring 0, the CPU and memory. It validates every page-table update and delivers events to guests.',
      privilege: RING0,
      level: 1,
    },
    {
      id: 'mgmt-kernel',
      kind: 'management-os',
      label: 'dom0 Linux kernel',
      detail:
        "A privileged virtual machine, not the hypervisor. Since Xen 2.0 (2004) it holds the real device drivers and serves guests' I/O through back-end drivers (Xen 1.0 kept drivers in the hypervisor). Ring 1 on 32-bit x86; a 64-bit dom0 runs in ring 3 (PV) or in non-root mode (PVH).",
      privilege: RING1,
      modified: true,
      level: 2,
      columns: ['mgmt'],
    },
    {
      id: 'mgmt-apps',
      kind: 'guest-app',
      label: 'Toolstack (xl)',
      detail: "The administrator's tools that create, start and stop guests.",
      privilege: RING3,
      level: 3,
      columns: ['mgmt'],
    },
    ...guest(
      'g1',
      'Linux',
      2,
      {
        label: 'Linux kernel (ported to Xen)',
        privilege: RING1,
        modified: true,
        detail: 'Modified to call the hypervisor. Ring 1 on 32-bit x86; on x86-64 PV kernels run in ring 3.',
      },
      RING3,
    ),
    ...guest(
      'g2',
      'NetBSD',
      2,
      {
        label: 'NetBSD kernel (ported to Xen)',
        privilege: RING1,
        modified: true,
        detail: 'Another ported kernel: paravirtualization needs source you can change.',
      },
      RING3,
    ),
  ],
  shares: 'The hypervisor and, for I/O, the drivers in dom0.',
  traits: {
    overhead: {
      level: 'low',
      why: 'Guests ask instead of being trapped, and updates can be batched into one hypercall. Xen measured a few percent on application benchmarks, more on process-creation and MMU microbenchmarks.',
    },
    guestFreedom: {
      level: 'medium',
      why: 'Only kernels someone has ported: easy for Linux and BSD, not for closed systems.',
    },
    isolation: {
      level: 'high',
      why: 'What must be trusted: a small hypervisor that checks every privileged request, plus dom0, which guests reach only through back-end drivers.',
    },
  },
  drivers: 'mgmt-kernel',
  memory: {
    techniques: ['direct'],
    how: "Direct paging: the guest's page tables hold real machine frame numbers and are read-only to it. Each update is a hypercall (mmu_update), often batched, that Xen validates before applying.",
    sources: ['xen03'],
  },
  io: {
    techniques: ['split-drivers'],
    how: 'Split drivers: a front-end in the guest shares a ring and granted pages with a back-end in dom0 (or a driver domain), which does the real I/O with its own drivers.',
    sources: ['xen03', 'fraser04'],
  },
  path: {
    operation: 'A guest kernel updates a page table, for example while creating a process.',
    steps: [
      {
        layer: 'g1-apps',
        action: 'syscall',
        privilege: RING3,
        caption:
          'A guest program calls fork(). On 32-bit x86, Xen lets system calls go straight to the guest kernel through a trap table the guest registered; on x86-64 they pass through Xen first.',
      },
      {
        layer: 'g1-kernel',
        action: 'hypercall',
        privilege: RING1,
        caption:
          'The ported kernel knows it is not in ring 0. Instead of writing the page table itself, it issues a hypercall (mmu_update), batching many updates into one call.',
      },
      {
        layer: 'base',
        action: 'native',
        privilege: RING0,
        caption: 'Xen checks each update, so a guest can map only memory it owns, then applies them.',
      },
      {
        layer: 'g1-kernel',
        action: 'return',
        privilege: RING1,
        caption:
          'Control returns to the guest kernel. Nothing faulted and nothing was translated: the guest entered Xen on purpose, once for a whole batch.',
      },
    ],
  },
  today:
    'The paravirtual MMU and PV-only guests are fading: hardware assistance replaced them, and XCP-ng has dropped 32-bit PV guests. Paravirtual interfaces inside hardware-assisted guests are standard: I/O (virtio, Xen front-ends, Hyper-V VMBus), clocks, spinlocks and TLB flushes.',
} as const satisfies Architecture<string>;

const fullVirtualization = {
  id: 'full-virtualization',
  name: 'Hypervisor with full virtualization (binary translation)',
  shortName: 'Full virtualization',
  family: 'hypervisor',
  summary:
    'A type 1 hypervisor runs unmodified guests. Before x86 had hardware support, that meant binary translation of guest kernel code, the same technique as hosted products but with no host OS underneath.',
  columns: [
    { id: 'mgmt', label: 'Service console', role: 'management' },
    { id: 'g1', label: 'Windows guest', role: 'guest' },
    { id: 'g2', label: 'Linux guest', role: 'guest' },
  ],
  layers: [
    hardware,
    {
      id: 'base',
      kind: 'hypervisor',
      label: 'Hypervisor (VMkernel + VMM)',
      detail:
        "Owns ring 0 and the hardware. ESX's VMkernel holds the storage and network drivers and does all the VMs' I/O; its VMM translates guest kernel code and emulates every sensitive operation.",
      privilege: RING0,
      level: 1,
    },
    {
      id: 'mgmt-kernel',
      kind: 'management-os',
      label: 'Service console OS',
      detail:
        "In classic ESX, a Linux-based management system that ran as the first virtual machine. It ran management agents; it did not drive the VMs' devices.",
      privilege: RING1,
      level: 2,
      columns: ['mgmt'],
    },
    {
      id: 'mgmt-apps',
      kind: 'guest-app',
      label: 'Management agents',
      detail: 'Tools the administrator uses to create and monitor virtual machines.',
      privilege: RING3,
      level: 3,
      columns: ['mgmt'],
    },
    ...guest(
      'g1',
      'Windows',
      2,
      {
        privilege: RING1,
        modified: false,
        detail: 'Unmodified. It believes it is in ring 0; its translated code runs in ring 1.',
      },
      RING3,
    ),
    ...guest(
      'g2',
      'Linux',
      2,
      { privilege: RING1, modified: false, detail: 'Unmodified, translated like the Windows guest.' },
      RING3,
    ),
  ],
  shares: 'The hypervisor (with its device drivers) and the hardware.',
  traits: {
    overhead: {
      level: 'medium',
      why: 'Compute runs near native, but translation, shadow page tables and traced memory writes cost time on kernel-heavy work.',
    },
    guestFreedom: { level: 'high', why: 'Any unmodified x86 operating system.' },
    isolation: {
      level: 'high',
      why: 'What must be trusted: the hypervisor with its drivers, a purpose-built kernel; no general-purpose host OS sits underneath.',
    },
  },
  drivers: 'base',
  memory: {
    techniques: ['shadow'],
    how: "The monitor keeps shadow page tables and traces the guest's own. ESX Server also reclaimed memory from guests by ballooning, content-based page sharing and, as a last resort, swapping.",
    sources: ['aa06', 'wal02'],
  },
  io: {
    techniques: ['emulated'],
    how: "The monitor emulates well-known devices register by register, and the hypervisor's own drivers do the real I/O, with no host OS in between.",
    sources: ['bnt17'],
  },
  path: {
    operation: 'A guest kernel disables interrupts (CLI) and then switches page tables (MOV to CR3).',
    steps: [
      {
        layer: 'g1-kernel',
        action: 'translate',
        privilege: RING1,
        caption:
          'The unmodified kernel believes it runs in ring 0. The hypervisor runs a translated copy in ring 1, where CLI has become an update of the virtual interrupt flag.',
      },
      {
        layer: 'base',
        action: 'emulate',
        privilege: RING0,
        caption:
          'The MOV to CR3 was translated into a call to the hypervisor, which switches to the shadow page table it keeps for that guest table.',
      },
      {
        layer: 'g1-kernel',
        action: 'return',
        privilege: RING1,
        caption: 'The guest continues in translated code. No host OS was involved: the hypervisor owns the machine.',
      },
    ],
  },
  today:
    "On today's x86 processors, full virtualization of unmodified guests is done with hardware assistance rather than binary translation. ESX itself ended at 4.1; its successor ESXi relies on VT-x/AMD-V.",
} as const satisfies Architecture<string>;

const hardwareAssisted = {
  id: 'hardware-assisted',
  name: 'Hypervisor with hardware assistance (VT-x / AMD-V)',
  shortName: 'Hardware-assisted',
  family: 'hypervisor',
  summary:
    'The CPU gains two modes of operation, root and non-root. The hypervisor runs in root mode; unmodified guests run in non-root mode with their kernels back in ring 0, and chosen events cause a VM exit.',
  columns: [
    { id: 'mgmt', label: 'Root partition (management)', role: 'management' },
    { id: 'g1', label: 'Windows VM', role: 'guest' },
    { id: 'g2', label: 'Linux VM', role: 'guest' },
  ],
  layers: [
    hardware,
    {
      id: 'base',
      kind: 'hypervisor',
      label: 'Hypervisor',
      detail: 'Runs in VMX root mode. It sets up a control structure (VMCS) per virtual CPU and handles VM exits.',
      privilege: ROOT_RING0,
      level: 1,
    },
    {
      id: 'mgmt-kernel',
      kind: 'management-os',
      label: 'Root partition kernel (Hyper-V)',
      detail:
        "A privileged VM in non-root ring 0 that owns the device drivers; it is not the hypervisor. Xen's dom0 sits here only when it runs as PVH; a classic PV dom0 runs in ring 3 of root mode.",
      privilege: GUEST_RING0,
      level: 2,
      columns: ['mgmt'],
    },
    {
      id: 'mgmt-apps',
      kind: 'guest-app',
      label: 'Virtualization stack and tools',
      detail: 'Creates child VMs and serves their device requests.',
      privilege: GUEST_RING3,
      level: 3,
      columns: ['mgmt'],
    },
    ...guest(
      'g1',
      'Windows',
      2,
      { privilege: GUEST_RING0, modified: false, detail: 'Unmodified, in ring 0 of non-root mode.' },
      GUEST_RING3,
    ),
    ...guest(
      'g2',
      'Linux',
      2,
      { privilege: GUEST_RING0, modified: false, detail: 'Unmodified, in ring 0 of non-root mode.' },
      GUEST_RING3,
    ),
  ],
  shares: "The hypervisor, the hardware, and for I/O the management OS's drivers.",
  traits: {
    overhead: {
      level: 'low',
      why: 'Guest code runs natively; each VM exit costs time, and nested paging (EPT/NPT) removed most memory-related exits.',
    },
    guestFreedom: { level: 'high', why: 'Any unmodified OS for the same instruction set.' },
    isolation: {
      level: 'high',
      why: 'What must be trusted: a small hypervisor, which the CPU shields with the root/non-root boundary, plus the management OS, which guests reach only through its device models.',
    },
  },
  drivers: 'mgmt-kernel',
  memory: {
    techniques: ['nested', 'shadow'],
    how: 'Nested paging (Intel EPT, AMD NPT/RVI): the guest owns its page tables and the hypervisor the second level. The first VT-x and AMD-V processors lacked it, and hypervisors then kept shadow page tables.',
    sources: ['sdm', 'apm', 'bha08'],
  },
  io: {
    techniques: ['split-drivers', 'emulated', 'assigned'],
    how: 'Synthetic devices: a client driver in the guest talks over VMBus channels to a provider in the root partition, which uses its real drivers. Emulated devices remain for guests without those drivers, and SR-IOV functions can be assigned.',
    sources: ['hvvmbus', 'linuxhv', 'sriov'],
  },
  path: {
    operation: "A guest kernel starts a disk write by writing to an emulated device's I/O port (OUT).",
    steps: [
      {
        layer: 'g1-kernel',
        action: 'vm-exit',
        privilege: GUEST_RING0,
        caption:
          'The unmodified kernel runs in ring 0 of non-root mode, and most privileged instructions simply execute. This OUT is one the hypervisor asked to intercept, so the CPU performs a VM exit.',
      },
      {
        layer: 'base',
        action: 'emulate',
        privilege: ROOT_RING0,
        caption: 'The hypervisor, in root mode, reads the exit reason from the VMCS and decodes the access.',
      },
      {
        layer: 'mgmt-apps',
        action: 'emulate',
        privilege: GUEST_RING3,
        caption:
          "The device model in the management OS (Hyper-V's worker process for this VM) updates the emulated controller and queues the real transfer.",
      },
      {
        layer: 'base',
        action: 'vm-entry',
        privilege: ROOT_RING0,
        caption: 'The hypervisor re-enters the guest without waiting for the disk: VMRESUME on Intel, VMRUN on AMD.',
      },
      {
        layer: 'mgmt-kernel',
        action: 'native',
        privilege: GUEST_RING0,
        meanwhile: true,
        caption: "Meanwhile the management OS's own disk driver performs the transfer on the real device.",
      },
      {
        layer: 'g1-kernel',
        action: 'interrupt',
        privilege: GUEST_RING0,
        caption:
          'When it completes, the hypervisor injects a virtual interrupt into the guest. Its kernel stayed in ring 0, was never modified, and none of its code was translated.',
      },
    ],
  },
  today:
    'Almost every hypervisor now works this way, combined with paravirtual I/O drivers or with hardware I/O virtualization (SR-IOV, offload cards). The "ring -1" you may read about is slang: root and non-root are modes beside the rings, not a new ring.',
} as const satisfies Architecture<string>;

export const architectures = [
  bareMetal,
  hosted,
  sharedKernel,
  userModeLinux,
  kvm,
  paravirtualization,
  fullVirtualization,
  hardwareAssisted,
] as const satisfies readonly Architecture<string>[];

/** A design's id: one of the designs above, so adding a design is one entry in this list. */
export type ArchitectureId = (typeof architectures)[number]['id'];

export const architectureIds: readonly ArchitectureId[] = architectures.map((a) => a.id);

export function isArchitectureId(value: unknown): value is ArchitectureId {
  return typeof value === 'string' && (architectureIds as readonly string[]).includes(value);
}

export function getArchitecture(id: ArchitectureId): Architecture {
  const arch = architectures.find((a) => a.id === id);
  if (!arch) throw new Error(`Unknown architecture "${id}"`);
  return arch;
}
