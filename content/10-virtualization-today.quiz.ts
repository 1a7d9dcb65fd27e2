import type { QuizFile } from '../src/model/quiz/types';

export default {
  questions: [
    {
      kind: 'multiple',
      id: 'modern-vm-mix',
      prompt:
        'A Linux VM runs on KVM in a modern cloud. Which techniques are typically at work in it at the same time? Select all that apply.',
      section: 'combining-the-approaches',
      choices: [
        {
          id: 'hw-cpu',
          text: 'Hardware assistance (VT-x or AMD-V) for the CPU',
          correct: true,
          why: 'KVM is built on it: the unmodified guest kernel runs in ring 0 of non-root mode and leaves through VM exits.',
        },
        {
          id: 'nested',
          text: 'Nested paging (EPT or NPT) for memory',
          correct: true,
          why: "The processor walks the guest's page tables and the hypervisor's second-level table itself, so guest page-table changes need no exits.",
        },
        {
          id: 'virtio',
          text: 'Paravirtual (virtio) or hardware-provided (SR-IOV, offload-card) devices for disk and network, instead of emulated ones',
          correct: true,
          why: 'Either way the guest avoids poking emulated device registers: virtio drivers batch requests in shared queues, and clouds such as AWS Nitro give guests NVMe and network functions implemented in hardware.',
        },
        {
          id: 'bt',
          text: 'Binary translation of the guest kernel',
          correct: false,
          why: 'Binary translation was the pre-2005 answer for unmodified guests. With VT-x or AMD-V the guest kernel runs natively.',
        },
        {
          id: 'pv-mmu',
          text: 'A guest kernel ported so that every page-table update is a hypercall',
          correct: false,
          why: 'That is classic Xen paravirtual memory management, which is fading; nested paging made it unnecessary.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'shadow-write',
      prompt:
        'A hypervisor uses shadow page tables and keeps this guest page table in sync eagerly. What happens when the guest kernel writes a new entry into it?',
      section: 'shadow-page-tables',
      choices: [
        {
          id: 'exit',
          text: 'The page is write-protected, so the write exits to the hypervisor, which checks it and updates the shadow table',
          correct: true,
          why: "The real MMU uses the shadow, so the hypervisor must see every change to the guest's tables to keep the shadow in step. Each such exit costs time. (Production shadow pagers may instead let a table go out of sync and catch up at the next CR3 load or INVLPG, which the prompt rules out.)",
        },
        {
          id: 'native',
          text: "Nothing special: the MMU reads the guest's table directly",
          correct: false,
          why: "That describes nested paging (EPT/NPT). With shadow paging the MMU never uses the guest's table, only the hypervisor's shadow of it.",
        },
        {
          id: 'hypercall',
          text: 'The guest kernel must issue a hypercall instead',
          correct: false,
          why: 'That is paravirtualization, which needs a ported kernel. Shadow paging exists so that unmodified kernels can write their tables as usual.',
        },
        {
          id: 'crash',
          text: 'The write fails and the guest crashes',
          correct: false,
          why: 'The hypervisor catches the write and emulates it; the guest never notices anything except the delay.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'nested-paging-cost',
      prompt:
        'Nested paging (AMD RVI in 2007, Intel EPT in 2008) removed the exits of shadow paging. What did it cost in return?',
      section: 'ept-and-npt',
      choices: [
        {
          id: 'longer-walks',
          text: 'Longer page walks on TLB misses, because each guest page-table step needs its own translation',
          correct: true,
          why: 'With four-level tables on both sides, a TLB miss can take up to 24 memory references instead of 4.',
        },
        {
          id: 'ported',
          text: 'Guest kernels had to be modified to use it',
          correct: false,
          why: 'Nested paging works with unmodified guests: the guest keeps using its own page tables as written.',
        },
        {
          id: 'no-isolation',
          text: "Guests could now map each other's memory",
          correct: false,
          why: 'The hypervisor still controls the second-level table, so a guest can reach only the real memory it was given.',
        },
        {
          id: 'more-exits',
          text: 'Every guest page fault now causes a VM exit',
          correct: false,
          why: 'The opposite: ordinary guest page faults go straight to the guest kernel. Only missing second-level mappings (EPT violations) exit.',
        },
      ],
    },
    {
      kind: 'true-false',
      id: 'exits-free-now',
      prompt: 'True or false: since nested paging arrived, VM exits are no longer a significant cost for hypervisors.',
      section: 'ept-and-npt',
      answer: false,
      whyTrue:
        'Nested paging removed the memory-related exits, but every remaining exit (I/O, interrupts, HLT) still costs far more than an ordinary instruction. Exits are the main remaining overhead, which is why paravirtual I/O matters.',
      whyFalse:
        'Hardware assistance beat binary translation by 2012, but exits remain the main cost, and hypervisors and paravirtual drivers work to avoid them.',
    },
    {
      kind: 'pick-layer',
      id: 'firecracker-layer',
      prompt:
        'Firecracker keeps KVM and replaces one layer of this stack with its own minimal Rust program. Which one?',
      section: 'microvms',
      architecture: 'kvm',
      answer: 'g1-vmm',
      whyRight:
        "Firecracker is a user-space VMM: it takes QEMU's place, offering only a handful of mostly virtio devices, which is why a minimal microVM can reach user space in as little as 125 ms with at most 5 MiB of VMM memory overhead.",
      whyWrong: 'Firecracker is a user-space virtual machine monitor; look for the layer QEMU occupies.',
      whyLayer: {
        base: 'Firecracker does not replace the kernel: it relies on Linux and its kvm module for the CPU and memory virtualization.',
        'g1-kernel': 'Each microVM still boots a real guest kernel, which is what gives it VM-strength isolation.',
      },
    },
    {
      kind: 'single',
      id: 'microvm-why',
      prompt: "Why do serverless platforms run customers' functions in microVMs rather than plain containers?",
      section: 'microvms',
      choices: [
        {
          id: 'own-kernel',
          text: 'Each function gets its own kernel behind the hardware boundary, while start-up stays fast and overhead small',
          correct: true,
          why: "A kernel bug exploited by one tenant stays inside that tenant's VM, and a minimal VMM keeps start-up near 125 ms.",
        },
        {
          id: 'faster-cpu',
          text: 'Code runs faster inside a microVM than in a container',
          correct: false,
          why: 'Containers have no virtualization layer at all, so they are at least as fast. MicroVMs are chosen for isolation, not speed.',
        },
        {
          id: 'other-isa',
          text: 'MicroVMs can run code built for a different instruction set',
          correct: false,
          why: "Firecracker uses KVM, so guests must match the host's instruction set. Running other ISAs needs an emulator such as QEMU's TCG.",
        },
        {
          id: 'no-kernel',
          text: 'MicroVMs need no guest kernel, so they are smaller',
          correct: false,
          why: 'Every microVM boots a (small) guest kernel; that kernel is what separates tenants.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'gvisor-how',
      prompt: 'How does gVisor protect the host from a container?',
      section: 'user-space-kernels',
      choices: [
        {
          id: 'intercept',
          text: "It intercepts the container's system calls and serves them in its own user-space kernel, making only a limited set of host calls",
          correct: true,
          why: "An attack on a kernel bug must first get through gVisor's kernel instead of reaching the host's directly. The price is compatibility: its documentation marks 274 of the 350 amd64 system calls in its table as fully or partly implemented (as of 2026).",
        },
        {
          id: 'chroot',
          text: 'It runs each container in a chroot',
          correct: false,
          why: 'chroot only changes where path lookups start and is no security boundary.',
        },
        {
          id: 'full-vm',
          text: 'It boots an unmodified Linux kernel for each container in a VM',
          correct: false,
          why: 'That is closer to a microVM. gVisor reimplements the Linux interface itself rather than running a Linux kernel.',
        },
        {
          id: 'bt',
          text: "It rewrites the container's machine code before it runs",
          correct: false,
          why: 'gVisor does not translate code. Application code runs natively; only its system calls are redirected.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'virtualbox-61',
      prompt: 'What changed for VirtualBox in version 6.1 (2019)?',
      section: 'what-happened-to-the-classic-products',
      choices: [
        {
          id: 'needs-vtx',
          text: 'It dropped its software-only raw mode and now requires VT-x or AMD-V',
          correct: true,
          why: 'The binary-translation-style raw mode was removed; the hosted layout remains, on hardware assistance.',
        },
        {
          id: 'type1',
          text: 'It became a type 1 hypervisor that boots on bare metal',
          correct: false,
          why: 'VirtualBox is still an application on a host OS. What changed is how it handles the CPU, not where it sits.',
        },
        {
          id: 'discontinued',
          text: 'It was discontinued in favour of Hyper-V',
          correct: false,
          why: 'That is what happened to Microsoft Virtual PC, not to VirtualBox, which is still maintained.',
        },
        {
          id: 'containers',
          text: 'It switched to running containers instead of VMs',
          correct: false,
          why: 'VirtualBox still runs full virtual machines with their own kernels.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'before-vtx',
      prompt: 'Which of these arrived before x86 processors had hardware virtualization support?',
      section: 'a-short-timeline',
      choices: [
        {
          id: 'xen',
          text: 'Xen (2003)',
          correct: true,
          why: 'Xen came two years before the first VT-x processors (late 2005), which is why it ported guest kernels instead of relying on the hardware.',
        },
        {
          id: 'kvm',
          text: 'KVM (2007)',
          correct: false,
          why: 'KVM was merged in 2007 and was built on VT-x and AMD-V from the start.',
        },
        {
          id: 'hyperv',
          text: 'Hyper-V (2008)',
          correct: false,
          why: 'Hyper-V shipped in 2008 and requires hardware virtualization.',
        },
        {
          id: 'firecracker',
          text: 'Firecracker (2018)',
          correct: false,
          why: 'Firecracker came much later and runs on KVM, which needs VT-x or AMD-V.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'how-old',
      prompt: 'When did virtual machines first run in production?',
      section: 'a-short-timeline',
      choices: [
        {
          id: 'ibm-1960s',
          text: 'In the 1960s, on IBM mainframes (CP-40, then CP-67)',
          correct: true,
          why: 'CP-40 began in 1964 and was in use by 1967; Popek and Goldberg formalized the theory in 1974.',
        },
        {
          id: 'vmware-1999',
          text: 'In 1999, with VMware Workstation',
          correct: false,
          why: 'VMware made virtualization work on x86, an architecture that resisted it. The idea was some 35 years older.',
        },
        {
          id: 'vtx-2005',
          text: 'In 2005, when Intel added VT-x',
          correct: false,
          why: 'VT-x made x86 easier to virtualize; it did not invent virtualization.',
        },
        {
          id: 'docker-2013',
          text: 'In 2013, with Docker',
          correct: false,
          why: 'Docker popularized containers, which are not VMs, and even containers trace back to chroot (1979) and jails (2000).',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'taxonomy-corrections',
      prompt: 'Which of these claims from the classic taxonomy need correcting today? Select all that apply.',
      section: 'the-taxonomy-revisited',
      choices: [
        {
          id: 'chroot',
          text: 'Shared-kernel virtualization is an extension of chroot.',
          correct: true,
          why: 'Needs correcting: containers are built from namespaces, cgroups, seccomp and security modules. chroot is no security boundary.',
        },
        {
          id: 'kernel-level',
          text: 'UML and KVM belong together as "kernel-level virtualization" on a specially modified host kernel.',
          correct: true,
          why: 'Needs correcting: UML modifies the guest kernel and runs it as processes; KVM is part of stock Linux and runs unmodified guests with hardware support.',
        },
        {
          id: 'ring-above',
          text: 'Hardware virtualization adds a "ring −1" for the hypervisor and moves the guest kernel to ring 1.',
          correct: true,
          why: 'Needs correcting: root mode is indeed more privileged than non-root mode, but it is a mode with its own rings 0 to 3, not a new ring, and the guest kernel is not moved: it stays in ring 0 of non-root mode.',
        },
        {
          id: 'same-kernel',
          text: "A container cannot run Windows on a Linux host, because it shares the host's kernel.",
          correct: false,
          why: "This one still holds: a container has no kernel of its own, so its user space must run on the host's kernel.",
        },
        {
          id: 'type1-location',
          text: 'A type 1 hypervisor runs directly on the hardware.',
          correct: false,
          why: 'This one still holds. What needs care is reading the type as a speed rating, which it is not.',
        },
      ],
    },
  ],
} satisfies QuizFile;
