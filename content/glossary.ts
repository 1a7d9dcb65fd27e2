import type { GlossaryEntry } from '../src/model/glossary';

export default [
  {
    id: 'amd-v',
    term: 'AMD-V',
    short: "AMD's hardware virtualization extension for x86 processors, the counterpart of Intel VT-x.",
    long: 'AMD-V (also called SVM) lets a hypervisor run unmodified guests directly on the CPU. The hypervisor describes a guest in a control block (the VMCB), starts it with the VMRUN instruction and regains control on a #VMEXIT. It shipped in 2006, a few months after VT-x, and gained nested paging (RVI) in 2007.',
    see: '/hypervisors#hardware-assisted-virtualization',
  },
  {
    id: 'binary-translation',
    term: 'Binary translation',
    short: "Rewriting machine code on the fly so that a guest kernel's sensitive instructions cannot misbehave.",
    long: "Before x86 had hardware support, VMware ran guest kernel code by translating it block by block into a translation cache (VirtualBox's raw mode used a related scan-and-patch approach). Most instructions are copied unchanged; sensitive ones such as POPF or a MOV to CR3 become safe sequences or calls into the VMM, while guest user code runs directly. Hardware assistance has since replaced it for virtualizing x86 on x86.",
    see: '/hosted-virtualization',
  },
  {
    id: 'cgroup',
    term: 'cgroup (control group)',
    short:
      'A Linux feature that groups processes so their use of CPU, memory, I/O and process count can be measured and limited.',
    long: 'cgroups were merged in Linux 2.6.24 (2008); the redesigned cgroup v2, with a single unified hierarchy, became official in Linux 4.5 (2016). Where namespaces decide what a container can see, cgroups decide how much it can use, through files such as memory.max and cpu.max. Container runtimes create a cgroup for each container.',
    see: '/shared-kernel#cgroups-limits-and-accounting',
  },
  {
    id: 'chroot',
    term: 'chroot',
    short: "A Unix system call that changes where a process's path lookups start; it is not a security boundary.",
    long: 'chroot appeared in V7 Unix in 1979 and in BSD in 1982. After chroot to /srv/x, the path /bin/sh means /srv/x/bin/sh, but the process still shares processes, network and users with the host, and a root process can get out. It is the ancestor of containers, which isolate with namespaces, cgroups and seccomp instead.',
    see: '/shared-kernel#chroot-the-ancestor',
  },
  {
    id: 'consolidation',
    term: 'Consolidation',
    short: 'Running the workloads of several under-used servers as guests on fewer physical machines.',
    long: 'Most servers are idle much of the time, so consolidating them saves hardware, space, power and cooling. Mainframes have shared one machine among workloads this way since the late 1960s, and it became a major reason to virtualize x86 servers in the 2000s. Both virtual machines and containers are used for it.',
    see: '/why-virtualization',
  },
  {
    id: 'container',
    term: 'Container',
    short:
      'A group of processes that the host kernel gives private views and resource limits; it has no kernel of its own.',
    long: 'A Linux container is built from namespaces, cgroups, capabilities, seccomp and security modules, usually by a runtime such as runc. Its processes make ordinary system calls to the shared host kernel, so it starts fast and costs little, but it can only run software for that kernel, and one kernel bug can expose every container on the machine. It is not a small virtual machine.',
    see: '/shared-kernel',
  },
  {
    id: 'dom0',
    term: 'dom0',
    short:
      "Xen's privileged management virtual machine, which holds the real device drivers and the toolstack; it is not the hypervisor.",
    long: "Xen starts dom0 first, usually running Linux. It runs the back-end drivers that serve the other guests' (domU) I/O over shared-memory rings, and the tools that create and stop guests. It is a virtual machine like the others, only with extra rights granted by Xen.",
    see: '/hypervisors#devices-through-dom0',
  },
  {
    id: 'emulation',
    term: 'Emulation',
    short: "Imitating hardware, or another processor's instructions, in software.",
    long: "A VMM emulates a device when it presents a virtual disk controller or network card and carries out the guest's accesses to it, as QEMU does for KVM guests. Instruction emulation interprets or translates every guest instruction, as QEMU's TCG does when no hardware support is used or the guest is built for another architecture. It is flexible but much slower than running guest code directly.",
    see: '/kernel-level#kvm-and-qemu-divide-the-work',
  },
  {
    id: 'full-virtualization',
    term: 'Full virtualization',
    short: 'Running an unmodified guest operating system, with the VMM intercepting every sensitive operation.',
    long: 'The guest cannot tell it is virtualized and needs no changes. On x86 before 2005 this in practice meant binary translation, as in VMware ESX (2001); today it is done with hardware assistance (VT-x, AMD-V). It contrasts with paravirtualization, where the guest kernel is changed to cooperate with the hypervisor.',
    see: '/hypervisors#full-virtualization',
  },
  {
    id: 'guest',
    term: 'Guest',
    short: 'The operating system (or, in a container, the user space) that runs inside a virtual machine or container.',
    long: "In a virtual machine the guest is a complete operating system with its own kernel, which the VMM must keep away from the real hardware. In a container the guest has no kernel: its programs use the host's. Either way, the guest's applications normally cannot tell they are virtualized.",
    see: '/why-virtualization',
  },
  {
    id: 'gvisor',
    term: 'gVisor',
    short:
      "Google's open-source sandbox (2018) that runs containers on a user-space kernel which intercepts their system calls.",
    long: "gVisor places its own kernel, written in Go and running as ordinary processes, between a container and the host kernel, so the container's system calls are served by gVisor rather than directly by Linux. This shrinks the part of the host kernel an attacker can reach, at some cost in speed and compatibility: as of 2026, gVisor's own table of 350 amd64 system calls marks 274 as fully or partly implemented. It intercepts calls with seccomp traps (systrap; ptrace in earlier versions) or, on its KVM platform, by running its kernel in guest ring 0.",
    see: '/virtualization-today',
  },
  {
    id: 'hardware-assisted-virtualization',
    term: 'Hardware-assisted virtualization',
    short:
      'Virtualization that uses CPU extensions (Intel VT-x, AMD-V) so unmodified guests run directly, with certain events causing VM exits.',
    long: 'The CPU gains root and non-root modes. The hypervisor runs in root mode; the guest kernel runs in ring 0 of non-root mode, and most of its instructions execute natively. A few instructions, such as CPUID, always cause a VM exit on VT-x, and other events, such as I/O, do when the hypervisor asks; nested paging later removed most memory-related exits.',
    see: '/hypervisors#hardware-assisted-virtualization',
  },
  {
    id: 'host',
    term: 'Host',
    short: 'The physical machine, or the operating system that controls it, on which guests run.',
    long: 'In hosted virtualization the host is an ordinary operating system such as Windows or Linux, with the VMM running on it. With a type 1 hypervisor, the hypervisor itself owns the machine. With containers and with KVM, the host is the Linux kernel that the containers share or that runs the virtual machines.',
    see: '/why-virtualization',
  },
  {
    id: 'hypercall',
    term: 'Hypercall',
    short: 'A deliberate call from a guest kernel into the hypervisor, like a system call one level down.',
    long: "A paravirtualized guest uses hypercalls instead of privileged instructions: Xen guests, for example, update page tables through a hypercall that can batch many updates, and Xen checks each one. Under hardware assistance, Intel's VMCALL and AMD's VMMCALL instructions provide an explicit hypercall.",
    see: '/hypervisors#paravirtualization',
  },
  {
    id: 'hypervisor',
    term: 'Hypervisor',
    short:
      'Software that creates and runs virtual machines and keeps control of the real hardware; another name for a VMM.',
    long: 'The word is often kept for a VMM that runs directly on the hardware (type 1), such as Xen, VMware ESXi or Hyper-V, but it is also used for hosted products and for KVM. A hypervisor isolates guests from each other, divides CPU time and memory among them, and handles the operations they may not perform themselves.',
    see: '/hypervisors',
  },
  {
    id: 'interrupt-flag',
    term: 'Interrupt flag (IF)',
    short:
      'The bit in the x86 FLAGS register that, when clear, makes the CPU defer maskable hardware interrupts until it is set again.',
    long: 'Kernels clear it with CLI and set it with STI around critical sections. Code without I/O privilege faults on CLI, but POPF there silently leaves IF unchanged instead of trapping, one reason classic x86 failed the Popek and Goldberg test. VMMs give each guest a virtual interrupt flag instead of the real one.',
    see: '/privilege-rings',
  },
  {
    id: 'kernel-mode',
    term: 'Kernel mode',
    short:
      "The CPU's privileged state (ring 0 on x86), in which the kernel can execute every instruction and reach all memory.",
    long: 'Also called supervisor mode. Applications run in user mode and ask the kernel for privileged work through system calls. Every virtualization design must decide what to do with a guest kernel that expects kernel mode: deprivilege it, translate it, port it, or, with VT-x and AMD-V, give it ring 0 of non-root mode.',
    see: '/privilege-rings',
  },
  {
    id: 'kvm',
    term: 'KVM',
    short:
      'Kernel-based Virtual Machine: a module in mainline Linux (since 2.6.20, 2007) that makes the kernel a hypervisor using VT-x or AMD-V.',
    long: 'Each VM is an ordinary Linux process and each virtual CPU a thread, driven through ioctl calls on /dev/kvm. KVM handles the CPU, memory and many VM exits; a user-space VMM such as QEMU or Firecracker emulates devices. It is stock Linux, not a patched kernel, and underlies AWS Nitro and Firecracker.',
    see: '/kernel-level#kvm-linux-as-the-hypervisor',
  },
  {
    id: 'microvm',
    term: 'microVM',
    short: 'A minimal virtual machine with very few emulated devices, built to start in a fraction of a second.',
    long: 'A microVM keeps the hardware-enforced isolation of a virtual machine while coming close to a container in start-up time and memory use. Firecracker, a small VMM on KVM, is specified to start one to user space in as little as 125 ms (one vCPU, 128 MiB, a minimal kernel) with at most 5 MiB of VMM memory overhead, and it runs AWS Lambda.',
    see: '/virtualization-today',
  },
  {
    id: 'multi-tenancy',
    term: 'Multi-tenancy',
    short: 'Running the workloads of different, mutually untrusting customers on the same physical machines.',
    long: "Public clouds and serverless platforms are multi-tenant, so isolation between guests is a security requirement, not a convenience. That is why such platforms often run customers' containers inside virtual machines or microVMs instead of relying on a shared kernel alone.",
    see: '/why-virtualization',
  },
  {
    id: 'namespace',
    term: 'Namespace',
    short:
      'A Linux feature that gives a group of processes its own instance of a global resource, such as mounts, PIDs or the network.',
    long: 'Linux has mount (2.4.19, 2002), UTS, IPC, PID, network, user (completed in 3.8, 2013), cgroup and time namespaces. A process in a new PID namespace can be PID 1 and see only its own group; in a user namespace it can be root without being root on the host. Containers are largely sets of namespaces plus cgroups.',
    see: '/shared-kernel#namespaces-private-views',
  },
  {
    id: 'nested-paging',
    term: 'Nested paging',
    short:
      "Hardware support (Intel EPT, AMD RVI) that translates guest addresses through both the guest's and the hypervisor's page tables.",
    long: 'Without it, a VMM must maintain shadow page tables and intercept guest page-table writes and CR3 loads. With nested paging the CPU walks both levels itself, so guest page faults and CR3 loads need no VM exit, though a TLB miss costs a longer walk. AMD shipped it in 2007 and Intel in 2008.',
    see: '/virtualization-today#nested-paging',
  },
  {
    id: 'page-table',
    term: 'Page table',
    short: "The in-memory structure the CPU walks to translate a program's virtual addresses into physical ones.",
    long: 'Each process normally has its own page tables, and on x86 the kernel switches between them by loading CR3. Because page tables decide which memory a program can reach, a VMM cannot let a guest install real ones unchecked: it shadows them, validates every update (as Xen does), or relies on nested paging.',
  },
  {
    id: 'paravirtualization',
    term: 'Paravirtualization',
    short:
      'Changing a guest kernel so that it cooperates with the hypervisor, using hypercalls instead of privileged instructions.',
    long: "Xen made it famous in 2003: its ported Linux ran application benchmarks with an overhead of a few percent (process-creation and MMU microbenchmarks cost much more), without binary translation or CPU support. The paravirtual MMU and PV-only guests are fading now that hardware assistance exists, but paravirtual interfaces inside hardware-assisted guests are standard: I/O (virtio, Xen's front-end drivers, Hyper-V's VMBus), clocks, spinlocks and TLB flushes.",
    see: '/hypervisors#paravirtualization',
  },
  {
    id: 'parent-partition',
    term: 'Parent partition',
    short:
      'In Hyper-V, the privileged partition running Windows that owns the device drivers and creates the child partitions (VMs).',
    long: "Also called the root partition. It runs the virtualization stack and serves child partitions' I/O over VMBus. Like Xen's dom0, it is a privileged virtual machine on top of the hypervisor, not the hypervisor itself.",
    see: '/hypervisors#the-management-os-beside-the-vms',
  },
  {
    id: 'popek-goldberg',
    term: 'Popek and Goldberg requirements',
    short:
      'The 1974 conditions for building a VMM by trap-and-emulate: a VMM can be built if every sensitive instruction is privileged.',
    long: 'Popek and Goldberg defined a VMM by equivalence (programs behave as on the real machine), resource control and efficiency (most instructions run directly). Their theorem says trap-and-emulate yields such a VMM if every sensitive instruction is privileged. Classic x86 failed the test: about 17 of its instructions were sensitive but unprivileged.',
    see: '/privilege-rings#the-popek-and-goldberg-test',
  },
  {
    id: 'privileged-instruction',
    term: 'Privileged instruction',
    short: 'An instruction that runs only in the most privileged mode and traps if executed anywhere else.',
    long: 'Examples on x86 are HLT, LGDT, LIDT and MOV to CR3. When a deprivileged guest kernel executes one, the CPU traps to the VMM, which can emulate it. That is what makes trap-and-emulate work, provided no sensitive instruction is left out of the privileged set.',
    see: '/privilege-rings',
  },
  {
    id: 'qemu',
    term: 'QEMU',
    short:
      'An open-source machine emulator and VMM: with KVM it emulates devices, without it it translates every instruction (TCG).',
    long: 'QEMU, described by Fabrice Bellard in 2005, can emulate whole machines of many architectures with a dynamic translator: dyngen in the 2005 paper, replaced in 2008–09 by TCG, which is flexible but slow. Used with KVM it becomes the user-space VMM: guest code runs on the real CPU, and QEMU loads the firmware (SeaBIOS or OVMF, which runs as guest code) and emulates disks, network cards and display. KVM is not QEMU, and QEMU is not only an emulator.',
    see: '/kernel-level#kvm-and-qemu-divide-the-work',
  },
  {
    id: 'ring',
    term: 'Ring',
    short:
      'One of the x86 privilege levels 0 to 3; ring 0 is the most privileged and holds the kernel, ring 3 holds applications.',
    long: 'The current ring decides which instructions and memory a program may use. Most operating systems use only rings 0 and 3. Older VMMs squeezed guest kernels into ring 1; VT-x and AMD-V instead added root and non-root modes, each with its own rings, so "ring -1" is only slang.',
    see: '/privilege-rings',
  },
  {
    id: 'root-mode',
    term: 'Root mode',
    short: 'VMX root operation: the CPU mode in which a VT-x hypervisor runs, while guests run in non-root mode.',
    long: 'Root and non-root modes are orthogonal to the rings: each has rings 0 to 3. A guest kernel in non-root ring 0 runs most instructions natively; a few instructions such as CPUID (on VT-x), and the events the hypervisor chose, cause a VM exit to root mode. AMD-V makes the same split under the names host mode and guest mode.',
    see: '/hypervisors#hardware-assisted-virtualization',
  },
  {
    id: 'seccomp',
    term: 'seccomp',
    short:
      'A Linux mechanism that lets a process install a filter deciding which system calls it may make, judged by call number and raw register arguments.',
    long: 'A seccomp filter is a small BPF program the kernel runs at each system call; a disallowed call can fail with an error or kill the process. Filters are inherited by child processes and cannot be removed. Container runtimes install a default filter to shrink how much of the shared kernel a container can reach.',
    see: '/shared-kernel#capabilities-seccomp-and-security-modules',
  },
  {
    id: 'sensitive-instruction',
    term: 'Sensitive instruction',
    short:
      "An instruction that reads or changes the machine's control state, such as privilege level, memory mapping or interrupts.",
    long: 'Popek and Goldberg showed that a VMM can rely on traps if every sensitive instruction is also privileged. On classic x86 about 17 were not: SGDT, SIDT and SMSW reveal control state without trapping, and POPF outside ring 0 silently ignores changes to the interrupt flag.',
    see: '/privilege-rings#the-popek-and-goldberg-test',
  },
  {
    id: 'service-console',
    term: 'Service console',
    short: 'In classic VMware ESX, the Linux-based management system that ran as the first virtual machine.',
    long: 'Administrators used it to run management agents and tools, while the hypervisor itself did the virtualization. ESX ended with version 4.1; from vSphere 5.0 (2011) only ESXi remains, and it has no service console.',
    see: '/hypervisors#the-management-os-beside-the-vms',
  },
  {
    id: 'shadow-page-tables',
    term: 'Shadow page tables',
    short:
      "Page tables that a VMM builds for the real MMU, kept in step with the guest's own tables, which the MMU never uses.",
    long: "Before nested paging, a VMM write-protected the guest's page tables, intercepted its CR3 loads and updated shadow copies that map guest addresses straight to host memory. Keeping them in sync caused many extra traps and hidden page faults, a major cost of early virtualization. Production shadow pagers let some tables go out of sync and resync them lazily rather than trapping every write. Nested paging (EPT, RVI) made shadows largely unnecessary for ordinary VMs, though they survive, for example, for nested guests.",
    see: '/hosted-virtualization',
  },
  {
    id: 'system-call',
    term: 'System call',
    short:
      'A controlled entry from a user program into the kernel to request a service such as open, read, fork or mount.',
    long: "On x86-64 the SYSCALL instruction switches the CPU from ring 3 to ring 0 at an entry point the kernel chose. In a container, system calls go straight to the shared host kernel; in a hardware-assisted virtual machine they go to the guest's own kernel without involving the hypervisor.",
    see: '/privilege-rings',
  },
  {
    id: 'translation-cache',
    term: 'Translation cache',
    short:
      'The memory where a binary translator keeps translated blocks of guest code, so each block is translated once and reused.',
    long: "VMware's translator and QEMU's TCG both look for a block's translation here before running it and translate only on a miss. Because kernels run the same code paths over and over, most time is spent in cached translations, which is why same-ISA binary translation (VMware's) can run close to native speed on compute-bound code; cross-ISA translation such as TCG stays several times slower.",
    see: '/hosted-virtualization',
  },
  {
    id: 'trap-and-emulate',
    term: 'Trap and emulate',
    short:
      'Running a guest kernel deprivileged so that each privileged instruction traps to the VMM, which performs its effect.',
    long: 'It is the classic way to build a VMM: most guest instructions run directly and only the traps cost extra. It works only if every sensitive instruction traps, which classic x86 did not guarantee; binary translation, paravirtualization and VT-x/AMD-V were three answers to that gap.',
    see: '/privilege-rings#trap-and-emulate',
  },
  {
    id: 'type-1-hypervisor',
    term: 'Type 1 hypervisor',
    short: 'A VMM that runs directly on the hardware, with no host operating system beneath it.',
    long: 'Examples are Xen, VMware ESXi and Hyper-V. Xen and Hyper-V rely on a privileged management VM (dom0, the parent partition) for drivers and tools, while ESXi keeps its drivers in the hypervisor. KVM is often counted as type 1 because the Linux kernel itself is the hypervisor. The label says where the VMM sits, not how it virtualizes the CPU.',
    see: '/hypervisors',
  },
  {
    id: 'type-2-hypervisor',
    term: 'Type 2 hypervisor',
    short: 'A VMM that runs on top of a host operating system, like VirtualBox or VMware Workstation.',
    long: 'It relies on the host OS for devices, files and scheduling, usually with a kernel driver for the parts that need ring 0. With hardware assistance its guests run code as directly as under a type 1 hypervisor, and the overhead comes mostly from I/O and VM exits, so "type 2 means slow" is a myth. The host OS is part of what must be trusted.',
    see: '/hosted-virtualization',
  },
  {
    id: 'user-mode',
    term: 'User mode',
    short:
      "The CPU's unprivileged state (ring 3 on x86), where applications run and cannot execute privileged instructions.",
    long: 'Code in user mode can reach only the memory its page tables allow and must use system calls for anything privileged. User-mode Linux runs an entire guest kernel in user mode, as ordinary host processes.',
    see: '/privilege-rings',
  },
  {
    id: 'user-mode-linux',
    term: 'User-mode Linux (UML)',
    short: 'A port of the Linux kernel that runs as ordinary processes on a Linux host, needing no hardware support.',
    long: "Released by Jeff Dike in 1999 and presented in 2000, UML treats the host's system-call interface as its hardware. Its guest processes' system calls are intercepted with ptrace (PTRACE_SYSEMU) and served by the UML kernel, which runs in ring 3. Today (skas0 mode) it needs no host changes, though its faster SKAS3 mode once needed a patched host; it is slow for system-call-heavy and I/O-heavy work; today it is best known as a tool for kernel development and testing.",
    see: '/kernel-level#user-mode-linux-a-kernel-as-a-process',
  },
  {
    id: 'virtio',
    term: 'virtio',
    short:
      'A standard family of paravirtual devices (disk, network, console and more) that guests drive through shared-memory queues.',
    long: 'Rusty Russell designed virtio, described in a 2008 paper, so that hypervisors could share one set of efficient drivers instead of each having its own. A guest places many requests in a shared ring and notifies the host once, which needs far fewer VM exits than emulating a real device register by register. KVM guests use it widely, but it is optional.',
    see: '/hypervisors#paravirtualization',
  },
  {
    id: 'virtual-machine',
    term: 'Virtual machine',
    short: 'An efficient, isolated duplicate of a real machine, in which a complete guest operating system can run.',
    long: "That is essentially Popek and Goldberg's 1974 definition. A virtual machine has its own virtual CPUs, memory and devices and runs its own kernel, which is what distinguishes it from a container.",
    see: '/why-virtualization',
  },
  {
    id: 'vmm',
    term: 'Virtual machine monitor (VMM)',
    short: 'The software that creates virtual machines and stays in control of the real hardware while they run.',
    long: 'Popek and Goldberg required a VMM to provide equivalence, resource control and efficiency. "Hypervisor" is mostly a synonym. In KVM setups, "VMM" often means the user-space program (QEMU, Firecracker) that emulates devices, while the kernel module does the rest.',
    see: '/why-virtualization',
  },
  {
    id: 'vm-entry',
    term: 'VM entry',
    short: 'The switch from the hypervisor into a guest: VMLAUNCH or VMRESUME on Intel, VMRUN on AMD.',
    long: "The CPU loads the guest's state from the VMCS (AMD: VMCB) and continues running guest code in non-root mode until the next VM exit. In KVM, a virtual CPU thread's KVM_RUN call leads to a VM entry.",
    see: '/hypervisors#hardware-assisted-virtualization',
  },
  {
    id: 'vm-exit',
    term: 'VM exit',
    short:
      'A switch from a guest back to the hypervisor, caused by an intercepted event such as an I/O instruction or CPUID.',
    long: "Typical causes are I/O instructions, CPUID, some control-register and MSR accesses, HLT, external interrupts and EPT violations. The CPU saves the guest's state and records the exit reason in the VMCS. Exits are the main remaining cost of hardware-assisted virtualization, so VMMs work to avoid them.",
    see: '/hypervisors#hardware-assisted-virtualization',
  },
  {
    id: 'vmcs',
    term: 'VMCS',
    short:
      "Virtual Machine Control Structure: the block of memory where Intel VT-x keeps a virtual CPU's guest state, host state and exit controls.",
    long: "The hypervisor sets up one VMCS per virtual CPU and chooses in it which events cause VM exits. The CPU saves and loads guest state there on every exit and entry and records why the guest exited. Its layout is implementation-specific and may be cached on the chip, so software reads and writes it only with VMREAD and VMWRITE, never with ordinary loads and stores. AMD's equivalent is the VMCB.",
    see: '/hypervisors#hardware-assisted-virtualization',
  },
  {
    id: 'vt-x',
    term: 'VT-x',
    short: "Intel's hardware virtualization extension for x86 (VMX), first shipped in processors in late 2005.",
    long: 'VT-x adds VMX root and non-root operation, the VMCS, and instructions such as VMLAUNCH, VMRESUME and VMCALL. Guests run unmodified in non-root mode with their kernels in ring 0, and configured events cause VM exits. First-generation VT-x had no MMU support and often lost to binary translation; EPT (2008) removed much of that gap.',
    see: '/hypervisors#hardware-assisted-virtualization',
  },
  // Chapter 7, memory virtualization (content/07-memory-virtualization.mdx)
  {
    id: 'tlb',
    term: 'TLB (translation lookaside buffer)',
    short:
      'A small cache in the CPU that remembers recent virtual-to-physical translations, so most accesses skip the page walk.',
    long: 'When the TLB holds a translation, an access costs no page-table reads at all; on a miss the MMU walks the page tables and caches the result. In a virtual machine a miss can be much dearer, because the walk may cross two sets of tables. Tags such as PCID, VPID and ASID let entries of different address spaces and guests share the TLB without flushes.',
    see: '/memory-virtualization#three-address-spaces',
  },
  {
    id: 'guest-physical-address',
    term: 'Guest-physical address',
    short: 'What a guest kernel takes for a physical address; the hypervisor decides which real memory backs it.',
    long: "A guest's page tables map guest-virtual addresses to guest-physical ones (GPAs). The hypervisor maps GPAs to host-physical addresses, page by page, with shadow page tables, nested paging or, for Xen PV guests, by validating tables that hold machine frames directly. The guest cannot see where its memory really is.",
    see: '/memory-virtualization#three-address-spaces',
  },
  {
    id: 'ept',
    term: 'EPT (Extended Page Tables)',
    short:
      "Intel's nested paging: a second page table, owned by the hypervisor, that maps guest-physical to host-physical addresses.",
    long: "Intel shipped EPT in 2008; AMD's equivalent, NPT (marketed as RVI), came in 2007. The guest edits its own page tables freely, and the CPU walks both tables on a TLB miss. An access to a guest-physical page the EPT does not map, or maps with fewer rights, causes an EPT violation, a VM exit.",
    see: '/memory-virtualization#nested-paging',
  },
  {
    id: 'two-dimensional-page-walk',
    term: 'Two-dimensional page walk',
    short:
      "The page walk of nested paging, in which every guest page-table pointer is itself translated through the host's table.",
    long: 'With n-level guest tables and m-level host tables, a walk that misses every cache reads up to (n + 1)(m + 1) − 1 entries: 24 for 4-level tables on both sides, 35 for 5-level. Page-walk caches, nested TLBs and huge pages make real walks much shorter.',
    see: '/memory-virtualization#the-two-dimensional-walk',
  },
  {
    id: 'huge-page',
    term: 'Huge page',
    short: 'A page of 2 MiB or 1 GiB instead of 4 KiB on x86-64, mapped by a higher-level page-table entry.',
    long: 'A huge page ends the page walk one or two levels early and covers more memory per TLB entry. Under nested paging that shortens both dimensions of the walk, which is why hypervisors back guest memory with huge host pages when they can. Page sharing, which works on small pages, finds fewer matches when memory is mapped in huge pages.',
    see: '/memory-virtualization#page-walk-caches-and-huge-pages',
  },
  {
    id: 'vpid',
    term: 'VPID',
    short: "Intel's virtual-processor identifier: a tag on TLB entries that says which virtual CPU they belong to.",
    long: "The hypervisor sets a VPID for each virtual CPU in the VMCS; it runs itself with VPID 0. With VPIDs enabled, VM entries and exits no longer flush the TLB, and the hypervisor flushes selectively with INVVPID. AMD's ASID does the same job.",
    see: '/memory-virtualization#tagging-the-tlb-vpid-and-asid',
  },
  {
    id: 'asid',
    term: 'ASID',
    short:
      "AMD's address space identifier: a tag in the VMCB that keeps each guest's TLB entries apart from the host's and other guests'.",
    long: "ASID 0 belongs to the host; the hypervisor gives each guest, or each virtual CPU, another one. Because TLB entries carry the tag, switching between guest and hypervisor need not flush the TLB; the VMCB's TLB-control field asks for a flush when one is needed. Intel's VPID is the counterpart.",
    see: '/memory-virtualization#tagging-the-tlb-vpid-and-asid',
  },
  {
    id: 'ballooning',
    term: 'Ballooning',
    short:
      'Reclaiming memory from a guest by having a driver inside it allocate pages and hand them to the hypervisor.',
    long: 'Described for VMware ESX Server by Waldspurger in 2002. When the hypervisor needs memory, the balloon driver inflates: it allocates and pins guest pages and reports them, and the hypervisor reuses the host memory behind them. The guest, now short of memory, chooses what to give up with its own policies. KVM uses the same idea through the virtio balloon device.',
    see: '/memory-virtualization#ballooning',
  },
  {
    id: 'page-sharing',
    term: 'Content-based page sharing',
    short: 'Backing identical guest pages with one read-only host page, copied again when a guest writes to it.',
    long: 'VMware ESX hashed page contents to find duplicates (transparent page sharing); Linux does the same with KSM. It saves memory when many guests run the same software, but the slow copy-on-write on a merged page reveals what other guests hold, so sharing across VMs or tenants is now commonly disabled.',
    see: '/memory-virtualization#content-based-page-sharing',
  },
  {
    id: 'ksm',
    term: 'KSM (Kernel Samepage Merging)',
    short: 'The Linux kernel feature that merges identical anonymous pages into one copy-on-write page.',
    long: 'KSM was written for KVM and merged in Linux 2.6.32 (2009). A kernel thread, ksmd, scans memory that processes have marked with madvise(MADV_MERGEABLE) and merges pages with equal contents. It is off until an administrator starts it.',
    see: '/memory-virtualization#content-based-page-sharing',
  },
  {
    id: 'direct-paging',
    term: 'Direct paging',
    short:
      "Xen's paravirtual memory: a ported guest's page tables hold real machine frames, and Xen validates every update.",
    long: "The MMU walks the guest's own tables, so there are no shadows and no second dimension. Xen maps page tables read-only into the guest, checks each mmu_update hypercall against a type and reference count it keeps for every frame, and lets updates be batched. It requires a ported guest kernel and is fading along with classic PV guests.",
    see: '/memory-virtualization#paravirtual-memory-direct-paging',
  },
  // ---- Chapter 8, I/O and interrupt virtualization (io) ----
  {
    id: 'port-io',
    term: 'Port I/O',
    short: "x86's separate address space of I/O ports, reached with the IN and OUT instructions.",
    long: 'Older devices expose their registers as I/O ports. A hypervisor intercepts chosen ports through the I/O bitmap of VT-x or AMD-V, so each guest IN or OUT to an emulated device causes a VM exit.',
    see: '/io-virtualization#how-a-driver-talks-to-a-device',
  },
  {
    id: 'mmio',
    term: 'MMIO (memory-mapped I/O)',
    short:
      'Device registers reached with ordinary loads and stores to physical addresses routed to the device instead of RAM.',
    long: "Most modern devices, PCIe ones included, use MMIO. To emulate such a device, a hypervisor leaves its address range unmapped or specially marked in the nested page tables, so the guest's accesses exit and reach the device model.",
    see: '/io-virtualization#port-io-and-mmio-exits',
  },
  {
    id: 'dma',
    term: 'DMA (direct memory access)',
    short:
      'A device reading or writing memory by itself, at addresses the driver gave it, without the CPU copying the data.',
    long: "In a VM the driver hands out guest-physical addresses. A software back-end translates them itself; real hardware assigned to a guest needs an IOMMU to translate them and to keep the device inside the guest's memory.",
    see: '/io-virtualization#how-a-driver-talks-to-a-device',
  },
  {
    id: 'device-model',
    term: 'Device model',
    short: 'Software that imitates a real device for a guest, handling each trapped register access.',
    long: "It keeps a copy of the device's registers and state machine, performs the requested work with the host's own drivers and raises virtual interrupts. In KVM it lives in the user-space VMM (QEMU, Firecracker); in VMware Workstation it was split between the monitor and the host-side VMApp.",
    see: '/io-virtualization#the-device-model',
  },
  {
    id: 'virtqueue',
    term: 'Virtqueue',
    short:
      "virtio's shared-memory queue: a descriptor table plus an available ring (driver to device) and a used ring (device to driver).",
    long: 'The driver places buffer descriptors in the available ring and notifies the device (a kick); the device returns finished buffers in the used ring and notifies the driver, normally with an interrupt. Either side can suppress notifications while busy, so one kick or interrupt can cover many buffers.',
    see: '/io-virtualization#virtios-virtqueues',
  },
  {
    id: 'grant-table',
    term: 'Grant table',
    short: "Xen's mechanism for a domain to let one other domain map or copy specific pages of its memory.",
    long: "A guest's front-end driver passes grant references, not physical addresses, to the back-end in dom0 or a driver domain. Xen checks every use against the granting domain's table, so a back-end reaches only the pages it was given.",
    see: '/io-virtualization#xens-split-drivers',
  },
  {
    id: 'event-channel',
    term: 'Event channel',
    short: "Xen's virtual interrupt line between two domains or from Xen to a domain.",
    long: 'Sending an event sets a pending bit in memory the receiver shares with Xen and, unless masked, upcalls into it. Split drivers use event channels as both the kick and the completion interrupt.',
    see: '/io-virtualization#xens-split-drivers',
  },
  {
    id: 'vmbus',
    term: 'VMBus',
    short: "Hyper-V's channel between a child partition's service clients and the root partition's service providers.",
    long: "Each channel is a pair of ring buffers in guest memory shared with the root partition, with signalling through the hypervisor's synthetic interrupt controller. Synthetic network and storage devices (netvsc, storvsc) use it.",
    see: '/io-virtualization#hyper-vs-vmbus',
  },
  {
    id: 'ioeventfd',
    term: 'ioeventfd and irqfd',
    short:
      'KVM features that turn a guest register write into an eventfd signal, and an eventfd signal into an injected guest interrupt.',
    long: 'With an ioeventfd, KVM finishes a kick inside the kernel and resumes the guest at once, while another thread or vhost does the work. With an irqfd, a back-end injects its completion interrupt without going through the VMM process.',
    see: '/io-virtualization#ioeventfd-and-irqfd',
  },
  {
    id: 'vhost',
    term: 'vhost',
    short:
      'A virtio back-end in the host Linux kernel (vhost-net for networking), taking the VMM process off the data path.',
    long: "The vhost worker waits on the queue's ioeventfd, reads and writes the virtqueue directly in guest memory, passes packets to a tap device and signals completion through an irqfd. QEMU only sets the device up.",
    see: '/io-virtualization#vhost-the-back-end-in-the-host-kernel',
  },
  {
    id: 'vhost-user',
    term: 'vhost-user',
    short:
      'A protocol that moves a virtio back-end into a separate user-space process, such as a DPDK switch or SPDK storage target.',
    long: "The VMM passes the guest's memory regions and the queues' eventfds over a Unix socket; the back-end then works on the virtqueues directly, often by polling on dedicated cores so that busy guests rarely need to kick.",
    see: '/io-virtualization#vhost-user-the-back-end-in-another-process',
  },
  {
    id: 'device-assignment',
    term: 'Device assignment',
    short:
      'Giving a guest direct control of a real PCI device (passthrough), so its data path bypasses the hypervisor.',
    long: "The device's registers are mapped into the guest and the guest's own driver runs it; an IOMMU confines its DMA and interrupts. On Linux, VFIO provides it. Assigned devices are fast but pin guest memory and complicate live migration.",
    see: '/io-virtualization#device-assignment-and-the-iommu',
  },
  {
    id: 'iommu',
    term: 'IOMMU',
    short:
      'A translation unit between devices and memory (Intel VT-d, AMD-Vi) that remaps and confines DMA, and remaps interrupts.',
    long: 'It selects per-device page tables by the PCI requester ID, translating the guest-physical addresses a guest driver uses into host-physical ones and blocking everything else. Interrupt remapping checks each device interrupt against a table the hypervisor controls.',
    see: '/io-virtualization#device-assignment-and-the-iommu',
  },
  {
    id: 'sr-iov',
    term: 'SR-IOV',
    short:
      'A PCIe standard by which one device presents a physical function and many virtual functions that can be assigned to guests.',
    long: 'Each virtual function has its own requester ID, registers, queues and interrupts, so the IOMMU can isolate it like a separate card, while the host manages the device through the physical function. PCI-SIG published it in 2007.',
    see: '/io-virtualization#sr-iov-virtual-functions',
  },
  {
    id: 'vdpa',
    term: 'vDPA',
    short:
      "virtio data path acceleration: hardware that implements virtio's rings, so a guest with a standard virtio driver talks to the device directly.",
    long: "The device's data path follows the virtio specification; its vendor-specific control path goes through a small host driver. The guest keeps the standard virtio-net driver, which eases migration compared with SR-IOV's vendor drivers. In Linux since 5.7 (2020).",
    see: '/io-virtualization#vdpa',
  },
  {
    id: 'posted-interrupts',
    term: 'Posted interrupts',
    short:
      'A way to deliver an interrupt into a running guest without a VM exit: set a bit in a descriptor in memory, then send a notification vector.',
    long: "Part of Intel APICv (AMD's AVIC is similar). The CPU running the guest merges the posted bit into its virtual APIC and delivers the interrupt as on bare metal; VT-d can post interrupts from assigned devices the same way.",
    see: '/io-virtualization#apic-virtualization-and-posted-interrupts',
  },
] satisfies GlossaryEntry[];
