import type { QuizFile } from '../src/model/quiz/types';

export default {
  questions: [
    {
      kind: 'order',
      id: 'stack-windows-guest',
      prompt: "Build the guest's column of a hosted VMM, from the hardware up.",
      section: 'the-hosted-design',
      architecture: 'hosted',
      column: 'g1',
      direction: 'hardware-up',
      why: "The host OS kernel (with the VMM's driver) sits on the hardware. The monitor runs in ring 0 in a world of its own, entered by a world switch, not on top of the ring 3 VM application; the guest kernel runs under the monitor, and the guest's applications run on that kernel.",
    },
    {
      kind: 'single',
      id: 'guest-apps-run',
      prompt:
        "Under a binary-translation VMM such as the original VMware Workstation, how does a guest application's code run?",
      section: 'the-hosted-design',
      choices: [
        {
          id: 'direct',
          text: 'Directly on the processor in ring 3, with no translation',
          correct: true,
          why: 'User code was written for ring 3 and behaves the same there under a VMM, so it runs natively. Only guest kernel code is translated.',
        },
        {
          id: 'translated',
          text: 'Translated block by block, like the guest kernel',
          correct: false,
          why: 'Translating user code would only cost time. It runs in ring 3 on a real machine too, and it behaves the same there under a VMM.',
        },
        {
          id: 'interpreted',
          text: 'Interpreted one instruction at a time by the virtualization application',
          correct: false,
          why: "That would be an emulator and would fail Popek and Goldberg's efficiency requirement. A VMM runs most instructions directly.",
        },
        {
          id: 'ring0',
          text: 'Directly on the processor in ring 0, since the guest believes it owns the machine',
          correct: false,
          why: 'Ring 0 belongs to the monitor. Guest applications never ran in ring 0, even on a real machine; they stay in ring 3.',
        },
      ],
    },
    {
      kind: 'pick-layer',
      id: 'never-runs-as-written',
      prompt: 'In the hosted design, pick the layer whose code never runs as written, only as a translated copy.',
      section: 'binary-translation',
      architecture: 'hosted',
      answer: 'g1-kernel',
      whyRight:
        'The guest kernel was written for ring 0. The translator copies its code block by block into a translation cache, rewriting sensitive instructions, and the copy runs in ring 1.',
      whyWrong: 'Look for code that was written to run in ring 0 but cannot be given ring 0.',
      whyLayer: {
        'g1-apps':
          'Guest applications run directly in ring 3, where they were meant to run anyway, so they are not translated.',
        vmm: 'The monitor holds the translator and runs in ring 0 in its own world. Its own code runs as written.',
        vmapp:
          'The VM application is an ordinary ring 3 program on the host that draws the window and does host-side I/O. It neither translates nor runs guest code.',
        base: 'The host kernel is unmodified and runs natively in ring 0. Nothing about it is translated.',
      },
    },
    {
      kind: 'single',
      id: 'most-instructions',
      prompt:
        'When the translator copies a block of guest kernel code into the translation cache, what happens to most instructions?',
      section: 'binary-translation',
      choices: [
        {
          id: 'unchanged',
          text: 'They are copied unchanged',
          correct: true,
          why: 'Additions, loads and register moves mean the same thing in any ring. Only jumps, position-dependent code and sensitive instructions need rewriting, which is why translated code runs near native speed.',
        },
        {
          id: 'all-rewritten',
          text: 'Every one is rewritten into calls to the VMM',
          correct: false,
          why: 'That would make the guest kernel crawl. Only the sensitive instructions and the ones needing address fixes are changed.',
        },
        {
          id: 'new-isa',
          text: 'They are converted into a different instruction set that the VMM understands',
          correct: false,
          why: "That describes cross-ISA emulation such as QEMU's TCG. A hosted VMM translates x86 to x86.",
        },
      ],
    },
    {
      kind: 'single',
      id: 'adaptive-bt',
      prompt: 'What does adaptive binary translation do?',
      section: 'binary-translation',
      choices: [
        {
          id: 'retranslate',
          text: 'Notices guest instructions that keep faulting and re-translates them into direct calls to the monitor',
          correct: true,
          why: 'Writes to traced page tables, for example, fault every time. Calling the monitor directly is cheaper than taking the fault over and over.',
        },
        {
          id: 'switch-to-hw',
          text: 'Switches the guest to VT-x when translation gets slow',
          correct: false,
          why: 'Adaptive translation is a purely software technique from a VMM that needed no processor support.',
        },
        {
          id: 'user-code',
          text: 'Starts translating guest application code too when the guest is busy',
          correct: false,
          why: 'Guest user code never needs translation. Adaptive translation refines how guest kernel code is translated.',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'where-time-goes',
      prompt: 'Where does a hosted binary-translation VMM lose time compared with bare metal? Pick all that apply.',
      section: 'what-the-layers-cost',
      choices: [
        {
          id: 'traces',
          text: 'Guest writes to write-protected (traced) page tables',
          correct: true,
          why: 'Each write faults into the monitor so it can update its shadow page tables.',
        },
        {
          id: 'hidden',
          text: 'Hidden page faults the guest never sees',
          correct: true,
          why: 'The monitor fills its shadow tables lazily, and each missing entry costs a fault the guest knows nothing about.',
        },
        {
          id: 'io-host',
          text: 'Disk and network I/O that goes through the host OS',
          correct: true,
          why: 'The request travels from the monitor, through a world switch, to the VM application and into the host kernel with ordinary system calls, and back.',
        },
        {
          id: 'compute',
          text: 'Plain arithmetic in guest applications',
          correct: false,
          why: 'Guest user code runs directly on the processor, so compute-bound work runs at close to native speed.',
        },
      ],
    },
    {
      kind: 'pick-layer',
      id: 'real-drivers',
      prompt:
        'A guest writes to its virtual disk. Pick the layer that owns the real device driver that finally performs the write.',
      section: 'what-the-layers-cost',
      architecture: 'hosted',
      answer: 'base',
      whyRight:
        'The host OS kernel owns the real drivers. The VM application reaches them with ordinary system calls, which is why I/O costs extra in the hosted design.',
      whyWrong: 'Follow the request down: the guest cannot reach the device, and neither can an ordinary program.',
      whyLayer: {
        vmm: "The monitor emulates the disk controller's registers, but it cannot use the host's drivers: it switches back to the host world and hands the request on.",
        vmapp:
          'The VM application makes the system calls, but it runs in ring 3 like any program. The host kernel does the real device work.',
        'g1-kernel':
          'The guest kernel drives a virtual disk. Its requests are caught and passed down; it never touches the real device.',
        hardware: 'The disk itself is hardware, but the question asks for the software that drives it.',
      },
    },
    {
      kind: 'true-false',
      id: 'type-2-slow',
      prompt: 'True or false: a type 2 VMM always runs guest code much more slowly than a type 1 VMM.',
      section: 'back-in-the-guest',
      answer: false,
      whyTrue:
        'A common belief, but the type only says where the VMM sits. Today both kinds run guest code directly with VT-x or AMD-V; remaining overhead comes mostly from I/O and exits to the VMM.',
      whyFalse:
        'With hardware assistance both types run guest code natively. A hosted VMM pays extra for I/O through the host OS and for world switches, and it leaves scheduling and memory to the host, but plain computing runs at the same speed.',
    },
    {
      kind: 'true-false',
      id: 'vbox-needs-vtx',
      prompt:
        'True or false: on an x86 host, current versions of VirtualBox can still run a guest on a processor without VT-x or AMD-V.',
      section: 'products-then-and-now',
      answer: false,
      whyTrue:
        'Not any more. VirtualBox removed its software-only raw mode in version 6.1 (2019), so on x86 it requires VT-x or AMD-V. (Since 7.1, in 2024, it also runs on Apple-silicon Macs, using the Arm virtualization extensions instead.)',
      whyFalse:
        'Since 6.1 (2019), with raw mode removed, VirtualBox on an x86 host needs VT-x or AMD-V; on Arm Macs (7.1 and later) it uses the Arm virtualization extensions.',
    },
    {
      kind: 'match',
      id: 'hosted-or-not',
      prompt:
        'Match each product to its design: where its VMM sits, and how it ran guests before hardware assistance. Watch for products that share a technique but not a placement.',
      section: 'products-then-and-now',
      products: ['vmware-workstation', 'virtualbox', 'vmware-esx', 'kvm'],
      options: ['hosted', 'full-virtualization', 'kvm', 'paravirtualization'],
      why: {
        'vmware-workstation': 'An application on a Windows or Linux host: the original hosted VMM (1999).',
        virtualbox:
          'Also an application on an ordinary host OS, so hosted; it began with raw mode and now needs hardware virtualization.',
        'vmware-esx':
          'ESX used the same binary translation as Workstation but ran on bare metal with no host OS: full virtualization by a type 1 hypervisor.',
        kvm: "KVM makes the Linux kernel itself the hypervisor using the CPU's virtualization extensions. It has its own design in chapter 5.",
      },
    },
    {
      kind: 'single',
      id: 'arm-on-x86',
      prompt: 'You want to boot an ARM Linux image on an x86 laptop. Which technique does that need?',
      section: 'emulation-is-a-different-technique',
      choices: [
        {
          id: 'tcg',
          text: "Cross-ISA emulation, such as QEMU's TCG, which translates every guest instruction",
          correct: true,
          why: 'An x86 processor cannot run ARM instructions at all, so each one must be turned into x86 code. That is emulation, not virtualization.',
        },
        {
          id: 'hosted-bt',
          text: 'A hosted VMM with binary translation, like the original VMware Workstation',
          correct: false,
          why: 'That translation is x86 to x86 and copies most instructions unchanged. It only works when guest and host share an instruction set.',
        },
        {
          id: 'vtx',
          text: 'VT-x, which lets the processor run any guest natively',
          correct: false,
          why: 'VT-x lets an x86 processor run x86 guests in non-root mode. It does not teach the processor a new instruction set.',
        },
      ],
    },
    {
      kind: 'predict-path',
      id: 'predict-cli-binary-translation',
      prompt:
        'Under binary translation, the guest kernel reaches a CLI in a block it has not run before. Predict what happens.',
      section: 'binary-translation',
      design: 'binary-translation',
      instruction: 'cli',
    },
  ],
} satisfies QuizFile;
