import type { QuizFile } from '../src/model/quiz/types';

export default {
  questions: [
    {
      kind: 'match',
      id: 'products-to-designs',
      prompt: 'Match each product to the design the course files it under.',
      section: 'the-designs-side-by-side',
      products: ['virtual-pc', 'freebsd-jails', 'docker', 'uml', 'firecracker', 'xen', 'vmware-esx', 'hyper-v'],
      options: [
        'hosted',
        'shared-kernel',
        'user-mode-linux',
        'kvm',
        'paravirtualization',
        'full-virtualization',
        'hardware-assisted',
      ],
      why: {
        'virtual-pc':
          'Virtual PC for Windows (about 2001) ran as an application on a host OS: a hosted VMM of the pre-VT-x era. (The 1997 Mac original was an x86 emulator, a different technique.) Microsoft later retired it in favour of Hyper-V.',
        'freebsd-jails':
          'Jails (FreeBSD 4.0, 2000) confine groups of processes on one shared FreeBSD kernel; there is no guest kernel.',
        docker: "Docker containers are Linux processes in their own namespaces and cgroups, on the host's kernel.",
        uml: 'User-mode Linux is a Linux kernel ported to run as ordinary ring 3 processes on a Linux host.',
        firecracker:
          'Firecracker is a minimal user-space VMM on top of KVM: it plays the role QEMU plays in the KVM stack.',
        xen: 'Xen is the classic paravirtualizing hypervisor: ported guest kernels make hypercalls, and dom0 serves their I/O.',
        'vmware-esx': 'ESX ran unmodified guests on bare metal with binary translation: full virtualization.',
        'hyper-v':
          'Hyper-V requires VT-x or AMD-V: guests run in non-root mode, beside a Windows root partition (with paravirtual VMBus drivers and enlightenments on top).',
      },
    },
    {
      kind: 'multiple',
      id: 'needs-vtx',
      prompt: 'Which of these need a processor with VT-x or AMD-V? Select all that apply.',
      section: 'hardware-needs',
      choices: [
        {
          id: 'kvm',
          text: 'KVM',
          correct: true,
          why: "KVM is built on the CPU's virtualization extensions (VT-x or AMD-V on x86): guests run in non-root mode and return to the host kernel through VM exits.",
        },
        {
          id: 'hyperv',
          text: 'Hyper-V',
          correct: true,
          why: 'Hyper-V has required a 64-bit processor with hardware virtualization since its first release in 2008.',
        },
        {
          id: 'docker',
          text: 'Docker containers on a Linux host',
          correct: false,
          why: 'On a Linux host, containers are ordinary processes on the host kernel. Nothing is trapped, so no CPU virtualization support is involved. (Docker Desktop on Windows or macOS is different: it runs the containers inside a Linux VM, which does need hardware virtualization.)',
        },
        {
          id: 'xen-pv',
          text: 'A classic 32-bit Xen paravirtualized guest',
          correct: false,
          why: 'Paravirtualization was designed for x86 without hardware support: the ported kernel asks Xen with hypercalls instead of relying on traps.',
        },
        {
          id: 'esx-2001',
          text: 'VMware ESX as released in 2001',
          correct: false,
          why: 'ESX predates VT-x by more than four years. It ran unmodified 32-bit guests with binary translation (64-bit guests, added later, needed a later AMD64 revision or VT-x).',
        },
      ],
    },
    {
      kind: 'pick-layer',
      id: 'container-mount-handler',
      prompt:
        'A process in container A calls mount. Which layer decides whether the mount is allowed and carries it out?',
      section: 'no-guest-kernel-containers',
      architecture: 'shared-kernel',
      answer: 'base',
      whyRight:
        "The one shared host kernel receives the system call, checks the caller's namespaces, capabilities, seccomp filter and security-module policy, and makes the mount in that container's mount namespace only.",
      whyWrong: 'Containers have no kernel of their own; every system call goes to the single shared kernel.',
      whyLayer: {
        'c1-userland': 'The root filesystem holds libraries and tools, not a kernel. It cannot handle a system call.',
        hardware: 'The processor switches to ring 0 for the system call, but the decision is made by kernel code.',
      },
    },
    {
      kind: 'single',
      id: 'ring3-guest-kernel',
      prompt:
        'In which design does the guest kernel run as an ordinary ring 3 process, so that no guest code, kernel or user, ever runs privileged?',
      section: 'a-kernel-in-user-space-user-mode-linux',
      choices: [
        {
          id: 'uml',
          text: 'User-mode Linux',
          correct: true,
          why: "UML is Linux ported to the host's system-call interface. It serves its processes' system calls using host system calls, all from ring 3.",
        },
        {
          id: 'kvm',
          text: 'KVM',
          correct: false,
          why: 'KVM guests are unmodified kernels in ring 0 of non-root mode. They run privileged instructions natively until a VM exit.',
        },
        {
          id: 'containers',
          text: 'Containers',
          correct: false,
          why: 'Containers have no guest kernel at all; their processes call the host kernel directly.',
        },
        {
          id: 'hosted-bt',
          text: 'Hosted binary translation',
          correct: false,
          why: "There the translated guest kernel runs in ring 1, and the VMM's monitor runs in ring 0.",
        },
      ],
    },
    {
      kind: 'single',
      id: 'container-vs-kvm-speed',
      prompt: "What did IBM's 2014 comparison of Docker containers and KVM virtual machines find?",
      section: 'performance',
      choices: [
        {
          id: 'equal-or-better',
          text: 'Containers performed equal to or better than KVM in almost all tests; their costs came from features such as NAT networking.',
          correct: true,
          why: "With no guest kernel and nothing trapped, containers ran close to native. Docker's default NAT networking and KVM's storage path were the notable costs.",
        },
        {
          id: 'half-speed',
          text: 'KVM ran CPU-bound code at about half native speed.',
          correct: false,
          why: 'With hardware assistance, guest code runs natively; CPU-bound work in a VM is close to native. The costs are in exits and I/O.',
        },
        {
          id: 'vm-faster',
          text: 'VMs were faster, because each has its own kernel.',
          correct: false,
          why: 'A private kernel adds isolation and freedom, not speed. The extra layer of virtual devices made KVM slower in some I/O tests.',
        },
        {
          id: 'same',
          text: 'There was no measurable difference in any test.',
          correct: false,
          why: "There were real differences, mostly in I/O: KVM delivered noticeably fewer storage I/O operations per second, and Docker's NAT networking added latency.",
        },
      ],
    },
    {
      kind: 'pick-layer',
      id: 'hosted-extra-trust',
      prompt:
        'Compared with a type 1 hypervisor, which layer of this hosted stack makes the trusted computing base much larger?',
      section: 'isolation-and-the-trusted-computing-base',
      architecture: 'hosted',
      answer: 'base',
      whyRight:
        'The whole host OS kernel, with all its drivers, sits under the VMM. A bug there can break every guest, so it is part of what must be trusted.',
      whyWrong: 'Look for the large, general-purpose piece of software that a bare-metal hypervisor does without.',
      whyLayer: {
        vmm: 'The VMM must be trusted in every design; a type 1 hypervisor plays the same role. The extra trust in a hosted design is the host OS beneath it.',
        'host-apps': 'Host applications are ordinary ring 3 programs, kept apart from the VMs by the host kernel.',
        vmapp:
          'The VM application must be trusted too, but it is one program. The large extra piece is the host OS kernel under everything.',
      },
    },
    {
      kind: 'true-false',
      id: 'type2-always-slower',
      prompt:
        'True or false: a type 2 (hosted) VMM is always much slower than a type 1 hypervisor, because it runs on a host OS.',
      section: 'type-1-is-not-a-speed-rating',
      answer: false,
      whyTrue:
        'The type only says where the VMM sits. With VT-x or AMD-V, both run guest code natively; overhead comes from VM exits and I/O, not from the label.',
      whyFalse:
        'With hardware assistance both kinds run guest code natively in non-root mode. A hosted VMM pays somewhat more where the host OS is involved, but the label is not a speed rating.',
    },
    {
      kind: 'single',
      id: 'container-cli',
      prompt: 'A process inside a container executes the privileged instruction CLI. What happens?',
      section: 'a-container-is-not-a-small-vm',
      choices: [
        {
          id: 'fault',
          text: 'The CPU faults, and the host kernel treats it like any misbehaving process',
          correct: true,
          why: 'A container process is an ordinary ring 3 process. There is no guest kernel to catch the instruction.',
        },
        {
          id: 'guest-kernel',
          text: "The container's own kernel handles it",
          correct: false,
          why: 'This is the "small VM" misconception: containers have no kernel of their own, only a root filesystem and private views of the host kernel.',
        },
        {
          id: 'vm-exit',
          text: 'It causes a VM exit to the hypervisor',
          correct: false,
          why: 'Containers do not run in non-root mode; no hypervisor is involved unless the whole host is itself a VM.',
        },
        {
          id: 'translated',
          text: 'The container runtime translates it into a safe equivalent',
          correct: false,
          why: 'Container runtimes set up namespaces and cgroups, then get out of the way. They do not translate code.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'pick-multi-tenant',
      prompt:
        'A cloud service runs short functions uploaded by thousands of different customers. Each must start quickly and must not be able to reach the others. Which fits best?',
      section: 'which-to-pick-for-what',
      choices: [
        {
          id: 'microvm',
          text: 'A microVM such as Firecracker on KVM',
          correct: true,
          why: 'Each customer gets its own kernel behind the hardware boundary, yet a minimal microVM can reach user space in as little as 125 ms with at most 5 MiB of VMM memory overhead.',
        },
        {
          id: 'plain-containers',
          text: 'Plain containers sharing one kernel',
          correct: false,
          why: 'Containers start fast, but all tenants share one kernel; a single kernel bug could let hostile code reach the others.',
        },
        {
          id: 'uml',
          text: 'User-mode Linux',
          correct: false,
          why: 'UML is slow on system-call and I/O-heavy work, and its guests are ordinary host processes, so a bug in the shared host kernel could still let one tenant reach the others.',
        },
        {
          id: 'hosted',
          text: 'A desktop hosted VMM such as VirtualBox',
          correct: false,
          why: 'A desktop VMM is built for a person running a few full OS installs, not for starting thousands of isolated guests per host quickly.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'pick-windows-on-linux',
      prompt:
        'You need Windows and Linux servers on the same Linux machine, well isolated from each other. Which approach works?',
      section: 'guest-os-freedom',
      choices: [
        {
          id: 'kvm',
          text: 'KVM with hardware assistance',
          correct: true,
          why: 'KVM runs any unmodified OS for the same instruction set, each with its own kernel in non-root mode.',
        },
        {
          id: 'containers',
          text: 'Containers',
          correct: false,
          why: "Containers share the host's Linux kernel, so a Windows user space has nothing to run on.",
        },
        {
          id: 'uml',
          text: 'User-mode Linux',
          correct: false,
          why: 'UML runs only its own Linux port as a guest.',
        },
        {
          id: 'xen-pv',
          text: 'Classic Xen paravirtualization',
          correct: false,
          why: "PV guests need a kernel ported to Xen. Windows was never shipped as a PV guest, so it would need Xen's hardware-assisted (HVM) mode instead.",
        },
      ],
    },
  ],
} satisfies QuizFile;
