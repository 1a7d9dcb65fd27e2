import type { QuizFile } from '../src/model/quiz/types';

export default {
  questions: [
    {
      kind: 'single',
      id: 'why-not-a-category',
      prompt: 'Why does this course say "kernel-level virtualization" is not a standard category?',
      section: 'a-label-for-two-different-ideas',
      choices: [
        {
          id: 'opposite',
          text: 'Its two standard examples, UML and KVM, work in opposite ways, and the label matches neither of the distinctions the field uses (where the VMM sits, how the CPU is virtualized)',
          correct: true,
          why: 'UML modifies the guest and runs everything in ring 3; KVM leaves the guest unmodified and uses VT-x or AMD-V. A category that covers both says little about how either works.',
        },
        {
          id: 'no-guest-kernel',
          text: 'Because in both UML and KVM the guests share the host kernel, so they are really containers',
          correct: false,
          why: 'The one point the old label gets right is that each guest has its own kernel. Sharing the host kernel is what containers do.',
        },
        {
          id: 'obsolete',
          text: 'Because both UML and KVM were abandoned in the 2000s',
          correct: false,
          why: 'Neither was: UML is still in the kernel tree and used for testing, and KVM runs AWS Nitro and Firecracker.',
        },
        {
          id: 'modified-host',
          text: 'Because both need a specially modified host kernel, which makes them non-standard',
          correct: false,
          why: 'Neither does. UML runs on a stock host (its guest kernel is the modified one), and KVM is a module in mainline Linux.',
        },
      ],
    },
    {
      kind: 'true-false',
      id: 'uml-host-modified',
      prompt: 'True or false: User-mode Linux, as it runs today, needs a modified host kernel.',
      section: 'user-mode-linux-a-kernel-as-a-process',
      answer: false,
      whyTrue:
        'It is the other way round. UML is Linux ported to run as ordinary processes (architecture um): the guest kernel is the modified one, and in the current skas0 mode the host kernel needs no patch, module or CPU feature. (The older SKAS3 mode did want a patched host.)',
      whyFalse: 'The guest kernel is the ported one; to the unmodified host, a UML guest is just a few processes.',
    },
    {
      kind: 'pick-layer',
      id: 'uml-who-serves',
      prompt:
        'A process inside a UML guest calls read(). Click the layer that actually serves the call (decides what data the process gets).',
      section: 'following-a-system-call-in-uml',
      architecture: 'user-mode-linux',
      answer: 'g1-kernel',
      whyRight:
        'The UML kernel, tracing the guest process, is told about the call and serves it in ring 3, using host system calls where it needs real I/O.',
      whyWrong:
        "The guest's own kernel serves guest system calls; everything else only carries the call there or does host work on its behalf.",
      whyLayer: {
        base: 'The host kernel sees the call first, because the guest process is a host process, but it only stops the process and notifies the UML kernel that traces it.',
        'g1-apps': 'This is the process that made the call. It waits for the UML kernel to answer.',
        'host-apps': "Other host programs have nothing to do with the guest's system calls.",
        hardware:
          "The guest's code never executes a privileged instruction; the CPU just runs ordinary host processes and the host kernel.",
      },
    },
    {
      kind: 'single',
      id: 'uml-slow',
      prompt: 'Why is User-mode Linux slow for work heavy in system calls and I/O?',
      section: 'following-a-system-call-in-uml',
      choices: [
        {
          id: 'many-switches',
          text: 'Each guest system call becomes a round trip through the host kernel to the UML kernel process, plus further host system calls: several context switches where native Linux needs none',
          correct: true,
          why: 'The guest kernel is itself a ring 3 process, so every call is intercepted (originally with ptrace) and served at user level. The Xen paper measured UML well behind native Linux on such work.',
        },
        {
          id: 'translates',
          text: 'It translates every guest instruction in software, like an emulator',
          correct: false,
          why: 'UML translates nothing. Guest code runs directly on the CPU in ring 3; the cost lies in intercepting system calls.',
        },
        {
          id: 'vm-exits',
          text: 'Each guest system call causes a VM exit, and early VT-x exits were expensive',
          correct: false,
          why: 'UML does not use VT-x at all, so there are no VM exits. Everything runs in ordinary ring 3 host processes.',
        },
        {
          id: 'ring0',
          text: 'Its guest kernel runs in ring 0 and competes with the host kernel',
          correct: false,
          why: 'The UML kernel runs in ring 3. No guest code runs privileged; the host kernel does the privileged work for it, which is why it needs no CPU support.',
        },
      ],
    },
    {
      kind: 'order',
      id: 'kvm-stack',
      prompt: "Build the Windows VM's column (g1) of the KVM stack, from the hardware up.",
      section: 'kvm-linux-as-the-hypervisor',
      architecture: 'kvm',
      column: 'g1',
      direction: 'hardware-up',
      why: 'The hardware runs Linux with the kvm module; on it, QEMU is an ordinary process that owns the VM; inside the VM the unmodified Windows kernel runs in non-root ring 0, and its applications run above it. Here "above" means "owned by", not "runs on": the guest kernel runs directly on the CPU, and QEMU only owns its memory and handles its exits.',
    },
    {
      kind: 'single',
      id: 'vm-is-process',
      prompt: 'On a KVM host, what are a virtual machine and its virtual CPUs, as far as Linux is concerned?',
      section: 'one-vm-one-process',
      choices: [
        {
          id: 'process-threads',
          text: 'The VM is an ordinary process; each virtual CPU is a thread in it that calls KVM_RUN, an ioctl on a file descriptor obtained through /dev/kvm',
          correct: true,
          why: "That is KVM's central design choice: the Linux scheduler and memory manager handle VMs like any other process, so top shows them and kill can stop them.",
        },
        {
          id: 'separate-partition',
          text: 'A separate partition, invisible to Linux, that the hypervisor schedules on its own',
          correct: false,
          why: 'That describes designs like Hyper-V, where a separate hypervisor schedules partitions. With KVM, Linux itself is the hypervisor.',
        },
        {
          id: 'container',
          text: 'A container: a set of namespaces and cgroups sharing the host kernel',
          correct: false,
          why: 'A KVM guest has its own kernel running in non-root mode; a container has no kernel at all.',
        },
        {
          id: 'kernel-threads',
          text: 'Kernel threads inside the kvm module, with no user-space process involved',
          correct: false,
          why: 'A user-space process (QEMU, Firecracker) creates the VM through ioctl calls on /dev/kvm and owns it.',
        },
      ],
    },
    {
      kind: 'pick-layer',
      id: 'who-emulates-disk',
      prompt:
        'The Windows guest writes to its emulated disk controller with OUT. Click the layer that emulates the disk controller.',
      section: 'kvm-and-qemu-divide-the-work',
      architecture: 'kvm',
      answer: 'g1-vmm',
      whyRight:
        "KVM_RUN returns to this VM's QEMU process, which emulates the controller and reads or writes the disk image with ordinary host system calls.",
      whyWrong: 'Device emulation is the job of the user-space VMM belonging to this VM.',
      whyLayer: {
        base: 'KVM in the host kernel sees the VM exit first and handles some exits itself (interrupt controller, timers), but a disk controller is passed up to user space.',
        'g1-kernel': 'The guest kernel is the one performing the OUT; it believes it is talking to real hardware.',
        'g2-vmm': "That is the other VM's QEMU. Every VM has its own VMM process.",
        hardware: 'There is no real controller behind this port: it exists only in software.',
      },
    },
    {
      kind: 'multiple',
      id: 'kvm-vs-qemu',
      prompt: 'Which of these statements about KVM and QEMU are true?',
      section: 'kvm-and-qemu-divide-the-work',
      choices: [
        {
          id: 'kvm-cpu',
          text: 'KVM handles the virtual CPUs and memory, letting guest code run natively with VT-x or AMD-V',
          correct: true,
          why: 'KVM enters and leaves the guest, sets up address translation and handles the exits that are cheap to handle in the kernel.',
        },
        {
          id: 'qemu-devices',
          text: 'With KVM, QEMU supplies the firmware and emulates the devices (disk controllers, network cards) in user space',
          correct: true,
          why: 'KVM_RUN returns to QEMU when an exit concerns a device QEMU emulates.',
        },
        {
          id: 'qemu-tcg',
          text: 'Without KVM, QEMU can still run the guest by translating its instructions with TCG, much more slowly',
          correct: true,
          why: "TCG is QEMU's dynamic binary translator. It can even run another architecture's code, but it is far slower than native execution.",
        },
        {
          id: 'kvm-emulator',
          text: 'KVM is an emulator that translates guest instructions',
          correct: false,
          why: 'This is a common misconception. KVM translates nothing; the CPU runs guest code directly in non-root mode.',
        },
        {
          id: 'needs-qemu',
          text: 'KVM only works with QEMU',
          correct: false,
          why: 'Any program that opens /dev/kvm can be the VMM. Firecracker is one such VMM.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'classify-kvm',
      prompt: 'How is KVM best classified today?',
      section: 'where-kvm-fits-today',
      choices: [
        {
          id: 'os-is-hypervisor',
          text: 'The operating system is the hypervisor: stock Linux with a module, often counted as type 1 although it also looks hosted',
          correct: true,
          why: 'The exit-handling code runs in a kernel on bare hardware (type 1), yet that kernel is a full OS with QEMU as a process (hosted). Both views hold; "the OS is the hypervisor" captures them.',
        },
        {
          id: 'modified-kernel',
          text: 'A specially modified host kernel, separate from normal Linux',
          correct: false,
          why: 'That was the old description. KVM has been part of mainline Linux since 2.6.20 (2007); no patched kernel is needed.',
        },
        {
          id: 'emulator',
          text: 'A processor emulator, like QEMU without hardware support',
          correct: false,
          why: "KVM relies on VT-x or AMD-V so that guest code runs natively. Emulating the CPU is what QEMU's TCG does when KVM is absent.",
        },
        {
          id: 'container-runtime',
          text: 'A container runtime, because its VMs are Linux processes',
          correct: false,
          why: 'Being a process does not make a VM a container: each KVM guest has its own kernel, behind the hardware boundary of non-root mode.',
        },
      ],
    },
    {
      kind: 'match',
      id: 'match-products',
      prompt: 'Match each product to the design the model files it under.',
      section: 'where-kvm-fits-today',
      products: ['uml', 'kvm', 'firecracker', 'docker', 'xen', 'vmware-workstation'],
      options: ['user-mode-linux', 'kvm', 'shared-kernel', 'paravirtualization', 'hosted'],
      why: {
        uml: 'User-mode Linux runs a ported guest kernel as ordinary host processes in ring 3.',
        kvm: 'KVM is the Linux kernel acting as the hypervisor, using VT-x or AMD-V.',
        firecracker: 'Firecracker is a minimal user-space VMM on top of KVM; it runs AWS Lambda microVMs.',
        docker: 'Docker containers share the host kernel: no guest kernel, no VM.',
        xen: 'Xen (2003) is the classic paravirtualizing hypervisor: ported guest kernels make hypercalls to a hypervisor in ring 0.',
        'vmware-workstation': 'VMware Workstation (1999) is a hosted VMM, an application on a host operating system.',
      },
    },
    {
      kind: 'predict-path',
      id: 'predict-out-kvm',
      prompt: 'A Windows guest under KVM writes a byte to the emulated serial port with OUT. Predict what happens.',
      section: 'following-a-vm-exit',
      design: 'kvm',
      instruction: 'out 0x3f8, r0',
    },
  ],
} satisfies QuizFile;
