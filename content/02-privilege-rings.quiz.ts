import type { QuizFile } from '../src/model/quiz/types';

export default {
  questions: [
    {
      kind: 'single',
      id: 'ring-of-kernel',
      prompt: 'Which ring does an x86 operating system kernel such as Linux or Windows normally run in?',
      section: 'rings-0-to-3',
      choices: [
        {
          id: 'r0',
          text: 'Ring 0',
          correct: true,
          why: 'Ring 0 is the most privileged level, the only one where instructions such as MOV to CR3 or LGDT are allowed. The kernel needs them to manage memory and devices.',
        },
        {
          id: 'r1',
          text: 'Ring 1',
          correct: false,
          why: 'Mainstream kernels leave rings 1 and 2 unused. In this course, ring 1 shows up when a VMM pushes a guest kernel out of ring 0.',
        },
        {
          id: 'r3',
          text: 'Ring 3',
          correct: false,
          why: 'Ring 3 is user mode, where applications run. A kernel there could not execute privileged instructions.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'privileged-in-ring-3',
      prompt: 'An ordinary program running in ring 3 executes MOV to CR3 (switch page tables). What happens?',
      section: 'rings-0-to-3',
      choices: [
        {
          id: 'fault',
          text: "The processor raises a general-protection fault and the kernel's handler takes over",
          correct: true,
          why: 'MOV to CR3 is privileged: outside ring 0 it traps. The kernel decides what to do, and on Linux that usually means killing the process with a signal.',
        },
        {
          id: 'works',
          text: 'The page tables are switched, because any program may manage its own memory',
          correct: false,
          why: "If that worked, any program could map any memory, including the kernel's. Privileged instructions exist to stop exactly this.",
        },
        {
          id: 'ignored',
          text: 'Nothing happens: the instruction is silently skipped',
          correct: false,
          why: 'Silently ignoring is what a few sensitive but unprivileged instructions do (POPF and the interrupt flag). A truly privileged instruction like MOV to CR3 traps.',
        },
        {
          id: 'syscall',
          text: 'The processor turns it into a system call automatically',
          correct: false,
          why: 'System calls are explicit: the program must execute SYSCALL (or INT 0x80 on old 32-bit Linux). A privileged instruction in ring 3 causes a fault instead.',
        },
      ],
    },
    {
      kind: 'pick-layer',
      id: 'who-may-cli',
      prompt: 'On bare metal, pick the layer whose code may execute CLI and have the processor simply obey.',
      section: 'rings-0-to-3',
      architecture: 'bare-metal',
      answer: 'base',
      whyRight:
        'The kernel runs in ring 0, where privileged instructions such as CLI are allowed. The interrupt flag is cleared at once.',
      whyWrong: 'Look for the software that runs in ring 0.',
      whyLayer: {
        'host-apps':
          'Applications run in ring 3. A CLI there faults (unless the kernel granted I/O privilege), and the kernel decides what happens next.',
        hardware: 'The hardware executes the instruction, but the question is whose code is allowed to issue it.',
      },
    },
    {
      kind: 'single',
      id: 'what-syscall-does',
      prompt: 'A program executes SYSCALL to read a file. What does the processor do?',
      section: 'system-calls',
      choices: [
        {
          id: 'entry-point',
          text: 'Switches to ring 0 and jumps to an entry point the kernel registered in advance',
          correct: true,
          why: "The kernel, not the program, chose where execution continues. That is what stops a program from skipping the kernel's checks.",
        },
        {
          id: 'any-address',
          text: 'Switches to ring 0 and jumps to an address the program supplies',
          correct: false,
          why: "If the program could pick the address, it could jump past the kernel's permission checks and run any kernel code it liked with full privilege.",
        },
        {
          id: 'stays-ring-3',
          text: 'Stays in ring 3 and reads the disk directly',
          correct: false,
          why: 'Programs in ring 3 cannot drive devices themselves. The whole point of a system call is to ask ring 0 code to do it.',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'which-sensitive',
      prompt: "Which of these x86 instructions are sensitive in Popek and Goldberg's sense? Pick all that apply.",
      section: 'sensitive-and-privileged-instructions',
      choices: [
        {
          id: 'cli',
          text: 'CLI (clear the interrupt flag)',
          correct: true,
          why: "It changes the machine's configuration, so it is control-sensitive. It also happens to be privileged.",
        },
        {
          id: 'mov-cr3',
          text: 'MOV to CR3 (switch page tables)',
          correct: true,
          why: 'It changes which memory is mapped: control-sensitive, and privileged too.',
        },
        {
          id: 'sgdt',
          text: 'SGDT (store the descriptor-table address)',
          correct: true,
          why: "It reveals part of the machine's configuration, so its result depends on who set that up. It is sensitive even though x86 does not make it privileged.",
        },
        {
          id: 'add',
          text: 'ADD between two general-purpose registers',
          correct: false,
          why: "Arithmetic neither changes nor reveals the machine's configuration. It gives the same result in any ring, so the VMM can let it run directly.",
        },
      ],
    },
    {
      kind: 'single',
      id: 'emulate-cli',
      prompt:
        'Under trap and emulate, a deprivileged guest kernel executes CLI and it traps to the VMM. What should the VMM do?',
      section: 'trap-and-emulate',
      choices: [
        {
          id: 'virtual-flag',
          text: "Clear the guest's virtual interrupt flag, hold back virtual interrupts for that guest, and resume it",
          correct: true,
          why: 'The VMM applies the effect to the virtual machine. The guest sees interrupts off, while the real machine keeps them on for the VMM and other guests.',
        },
        {
          id: 'real-flag',
          text: 'Clear the real interrupt flag on the processor, then resume the guest',
          correct: false,
          why: 'That hands real control to the guest: the VMM would stop getting timer interrupts and could not take the CPU back. Resource control requires emulating it.',
        },
        {
          id: 'kill',
          text: 'Stop the guest, as a kernel would stop a misbehaving program',
          correct: false,
          why: 'A guest kernel executing CLI is doing its normal job. Equivalence requires the VMM to give it the behaviour it expects.',
        },
      ],
    },
    {
      kind: 'true-false',
      id: 'theorem-1',
      prompt:
        "True or false: by Popek and Goldberg's Theorem 1, a trap-and-emulate VMM can be built for a processor if every sensitive instruction is also privileged.",
      section: 'the-popek-and-goldberg-test',
      answer: true,
      whyTrue:
        'Then every instruction the VMM must see traps when the deprivileged guest runs it, so nothing slips past the VMM.',
      whyFalse:
        'That is exactly what Theorem 1 says. If the sensitive instructions are a subset of the privileged ones, each of them traps to the VMM and can be emulated.',
    },
    {
      kind: 'single',
      id: 'popf-problem',
      prompt: 'Why is POPF the clearest example of x86 failing the Popek and Goldberg test?',
      section: 'where-x86-breaks-the-rule',
      choices: [
        {
          id: 'silent',
          text: 'Outside ring 0 it silently leaves the interrupt flag unchanged, without trapping',
          correct: true,
          why: 'A guest kernel in ring 1 that restores its flags to turn interrupts back on leaves the interrupt flag unchanged, and the VMM never learns about it. Sensitive, yet not privileged.',
        },
        {
          id: 'always-traps',
          text: 'It always traps, which makes it slow to emulate',
          correct: false,
          why: 'An instruction that always traps is no problem for the test: the VMM sees it and can emulate it. The trouble is that POPF does not trap.',
        },
        {
          id: 'crashes',
          text: 'It crashes the processor when run in ring 1',
          correct: false,
          why: 'Nothing so dramatic happens. POPF runs normally and just drops the interrupt-flag change, which is worse because nobody notices.',
        },
        {
          id: 'new',
          text: 'It was added to x86 after VMware Workstation shipped',
          correct: false,
          why: 'POPF is one of the oldest x86 instructions. The problem is in how it behaves outside ring 0, not when it appeared.',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'unprivileged-list',
      prompt:
        'Which of these were sensitive but unprivileged on the classic x86 that Robin and Irvine analysed? Pick all that apply.',
      section: 'where-x86-breaks-the-rule',
      choices: [
        {
          id: 'sgdt',
          text: 'SGDT',
          correct: true,
          why: "It reads the descriptor-table register without trapping, so a guest kernel sees the VMM's table instead of its own.",
        },
        {
          id: 'smsw',
          text: 'SMSW',
          correct: true,
          why: 'It copies part of CR0 into memory or a register. Reading CR0 with MOV is privileged, but SMSW is not.',
        },
        {
          id: 'pushf',
          text: 'PUSHF',
          correct: true,
          why: "It reveals the real interrupt flag and I/O privilege level, not the guest's virtual ones.",
        },
        {
          id: 'lgdt',
          text: 'LGDT',
          correct: false,
          why: 'Loading the descriptor-table register is privileged: it traps outside ring 0, so a VMM can catch it. Only the matching store, SGDT, slips through.',
        },
        {
          id: 'hlt',
          text: 'HLT',
          correct: false,
          why: 'HLT is privileged and traps outside ring 0, so it causes no trouble for trap and emulate.',
        },
      ],
    },
    {
      kind: 'match',
      id: 'three-answers',
      prompt:
        'Match each product to the design this course files it under, as each first shipped (Xen as in its 2003 paper, with ported guests). Two of them used the same technique and differ mainly in where the VMM sits.',
      section: 'the-ring-0-problem',
      products: ['vmware-workstation', 'vmware-esx', 'xen', 'hyper-v'],
      options: ['hosted', 'full-virtualization', 'paravirtualization', 'hardware-assisted'],
      why: {
        'vmware-workstation':
          'VMware Workstation (1999) ran on a host OS and used binary translation for guest kernel code: the hosted design.',
        'vmware-esx':
          'ESX used the same binary translation but on bare metal, with no host OS: full virtualization by a type 1 hypervisor.',
        xen: 'Xen in 2003 ported guest kernels so they call the hypervisor with hypercalls instead of running problem instructions. Since Xen 3.0 (2005) it also runs unmodified guests with VT-x or AMD-V, but the prompt asks for Xen as it first shipped.',
        'hyper-v':
          'Hyper-V requires VT-x or AMD-V: the processor itself sends chosen events to the hypervisor as VM exits. Its guests also use paravirtual interfaces (VMBus, enlightenments), but only on top of hardware assistance.',
      },
    },
    {
      kind: 'true-false',
      id: 'ring-minus-one',
      prompt: 'True or false: VT-x adds a new ring, ring −1, for the hypervisor and moves the guest kernel to ring 1.',
      section: 'hardware-assistance',
      answer: false,
      whyTrue:
        'A common picture, but wrong on both counts. VT-x adds root and non-root modes beside the rings; the guest kernel stays in ring 0 of non-root mode. Ring 1 was where binary translation usually put guest kernels before VT-x.',
      whyFalse:
        '"Ring −1" is slang. The hypervisor runs in root mode, the guest kernel in ring 0 of non-root mode, and chosen events cause VM exits.',
    },
    {
      kind: 'predict-path',
      id: 'predict-popf-trap-and-emulate',
      prompt:
        'The guest kernel, moved to ring 1 by a trap-and-emulate VMM on classic x86, runs POPF to restore its flags. Predict what happens.',
      section: 'where-x86-breaks-the-rule',
      design: 'trap-and-emulate',
      instruction: 'popf r0',
    },
    {
      kind: 'predict-path',
      id: 'predict-cli-trap-and-emulate',
      prompt: 'The same deprivileged guest kernel runs CLI to turn interrupts off. Predict what happens.',
      section: 'trap-and-emulate',
      design: 'trap-and-emulate',
      instruction: 'cli',
    },
  ],
} satisfies QuizFile;
