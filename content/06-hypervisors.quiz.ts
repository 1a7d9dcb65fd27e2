import type { QuizFile } from '../src/model/quiz/types';

export default {
  questions: [
    {
      kind: 'single',
      id: 'why-not-ring-0',
      prompt:
        'A type 1 hypervisor runs in ring 0 on classic x86 (no VT-x). Why can it not simply move an unmodified guest kernel to ring 1 and catch its privileged instructions as they fault?',
      section: 'the-ring-0-problem',
      choices: [
        {
          id: 'silent',
          text: 'Some sensitive instructions, such as POPF and SGDT, do not fault outside ring 0: they silently misbehave, so the hypervisor never sees them.',
          correct: true,
          why: 'Trap-and-emulate needs every sensitive instruction to trap. POPF quietly ignores a change to the interrupt flag and SGDT reports the real table, so the guest goes wrong without the hypervisor being asked.',
        },
        {
          id: 'ring1-missing',
          text: 'x86 processors have no ring 1, so there is nowhere to put the guest kernel.',
          correct: false,
          why: 'x86 has four rings, 0 to 3. Operating systems rarely use rings 1 and 2, which is exactly why Xen and binary translators could use ring 1 for guest kernels.',
        },
        {
          id: 'too-slow',
          text: 'Faults would work correctly; the only problem is that they are too slow.',
          correct: false,
          why: 'Speed is a concern, but the deeper problem is correctness: some sensitive instructions never fault at all, so trapping cannot even see them.',
        },
        {
          id: 'hw-refuses',
          text: 'The processor refuses to run any kernel code outside ring 0.',
          correct: false,
          why: 'The processor will run any code in any ring; it just treats privileged instructions differently. That difference, and its gaps, is the whole problem.',
        },
      ],
    },
    {
      kind: 'pick-layer',
      id: 'who-validates-page-tables',
      prompt:
        'A paravirtualized Linux guest batches several page-table updates into one mmu_update hypercall. Which layer checks each update before it takes effect?',
      section: 'hypercalls-instead-of-privileged-instructions',
      architecture: 'paravirtualization',
      answer: 'base',
      whyRight:
        'Xen itself, in ring 0, validates every page-table update so that a guest can map only memory it owns, then applies it.',
      whyWrong: 'Only the hypervisor, which owns ring 0 and all of memory, can safely decide what a guest may map.',
      whyLayer: {
        'g1-kernel':
          'The guest kernel asks for the update, but a guest cannot be trusted to police itself; that is why the request goes to Xen.',
        'mgmt-kernel':
          "dom0 is a privileged VM that runs drivers and the toolstack. It is not in the path of another guest's page-table updates.",
      },
    },
    {
      kind: 'single',
      id: 'pv-ring-x86-64',
      prompt: 'In which ring does a classic paravirtualized (PV, not PVH) Xen guest kernel run on x86-64?',
      section: 'hypercalls-instead-of-privileged-instructions',
      choices: [
        {
          id: 'r3',
          text: 'Ring 3, the same ring as its applications',
          correct: true,
          why: 'On x86-64, PV guest kernels run in ring 3 and Xen keeps kernel and applications apart itself. Ring 1 was the 32-bit arrangement.',
        },
        {
          id: 'r1',
          text: 'Ring 1',
          correct: false,
          why: 'That is the 32-bit x86 arrangement. On x86-64 a PV guest kernel runs in ring 3.',
        },
        {
          id: 'r0',
          text: 'Ring 0, beside Xen',
          correct: false,
          why: 'Xen keeps ring 0 for itself; a ported guest kernel must ask Xen for privileged work with hypercalls.',
        },
        {
          id: 'non-root',
          text: 'Ring 0 of VMX non-root mode',
          correct: false,
          why: 'That describes a hardware-assisted (HVM) guest. Classic paravirtualization needs no VT-x at all.',
        },
      ],
    },
    {
      kind: 'order',
      id: 'pv-guest-stack',
      prompt: "Build the Linux guest's column of a Xen paravirtualization stack, from the hardware up.",
      section: 'paravirtualization',
      architecture: 'paravirtualization',
      column: 'g1',
      direction: 'hardware-up',
      why: 'Xen sits directly on the hardware. The ported Linux kernel runs on Xen and asks it for privileged work with hypercalls; the applications run on that kernel in ring 3.',
    },
    {
      kind: 'true-false',
      id: 'pv-is-dead',
      prompt: 'True or false: paravirtualization is obsolete; modern virtual machines no longer use it.',
      section: 'what-it-cost-and-what-is-left',
      answer: false,
      whyTrue:
        'Only the paravirtual MMU and PV-only guests are fading. Paravirtual I/O (virtio, Xen front-end drivers, Hyper-V VMBus), clocks, spinlocks and TLB flushes are standard in most VMs today.',
      whyFalse:
        'The PV MMU and PV-only guests are giving way to hardware assistance, but paravirtual I/O drivers such as virtio, Xen netfront and VMBus, and paravirtual clocks and spinlocks, are everywhere.',
    },
    {
      kind: 'single',
      id: 'esx-2001-technique',
      prompt: 'How did VMware ESX (2001) run unmodified Windows guests on x86 processors that had no VT-x or AMD-V?',
      section: 'full-virtualization',
      choices: [
        {
          id: 'bt',
          text: 'Binary translation: guest kernel code was rewritten into a translation cache and run in ring 1, while guest applications ran natively',
          correct: true,
          why: "ESX used the same binary translation as VMware's hosted product, just on bare metal. Most instructions were copied unchanged; only sensitive instructions and those that change the flow of control were rewritten.",
        },
        {
          id: 'emulate-all',
          text: 'It emulated the CPU, interpreting every guest instruction in software',
          correct: false,
          why: 'This is the imprecise "CPU emulation" wording. Interpreting every instruction would be far too slow; binary translation ran user code natively and copied most kernel code unchanged.',
        },
        {
          id: 'ported',
          text: 'Microsoft ported Windows to call the ESX hypervisor with hypercalls',
          correct: false,
          why: 'That is paravirtualization, which needs a modified kernel. Full virtualization exists precisely to run kernels nobody changed.',
        },
        {
          id: 'vtx',
          text: 'It switched the guest to VMX non-root mode',
          correct: false,
          why: 'VT-x processors appeared only in late 2005, more than four years after ESX. Before then, binary translation was the dominant way to run unmodified guests at good speed.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'vtx-guest-ring',
      prompt: 'Under VT-x, where does an unmodified guest kernel run?',
      section: 'root-and-non-root-mode',
      choices: [
        {
          id: 'nonroot-r0',
          text: 'In ring 0 of VMX non-root mode',
          correct: true,
          why: 'VT-x adds root and non-root modes beside the rings. The guest kernel keeps ring 0, in non-root mode, and the hypervisor runs in root mode.',
        },
        {
          id: 'r1',
          text: 'In ring 1, because the hypervisor now occupies a new ring -1 above ring 0',
          correct: false,
          why: '"Ring -1" is slang. VT-x adds a mode, not a ring, and the guest kernel is not pushed down to ring 1.',
        },
        {
          id: 'root-r0',
          text: 'In ring 0 of VMX root mode, sharing it with the hypervisor',
          correct: false,
          why: 'Root mode belongs to the hypervisor. If the guest ran there, nothing would stop it from taking over the machine.',
        },
        {
          id: 'r3',
          text: 'In ring 3, like an application',
          correct: false,
          why: 'That is how User-mode Linux and x86-64 Xen PV guests run. VT-x exists so that unmodified kernels can stay in ring 0.',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'what-causes-exits',
      prompt:
        'A hypervisor uses VT-x with EPT and typical settings. Which of these cause a VM exit? Select all that apply.',
      section: 'vm-exits-and-entries',
      choices: [
        {
          id: 'cpuid',
          text: 'The guest executes CPUID',
          correct: true,
          why: 'CPUID always exits under VT-x, so the hypervisor decides which CPU features the guest sees.',
        },
        {
          id: 'out',
          text: 'The guest writes to an I/O port with OUT',
          correct: true,
          why: 'I/O port accesses are a classic exit cause: the hypervisor emulates the device behind the port.',
        },
        {
          id: 'hlt',
          text: 'The guest executes HLT because it has nothing to do',
          correct: true,
          why: 'Hypervisors normally configure HLT to exit, so they can give the physical CPU to another virtual CPU.',
        },
        {
          id: 'add',
          text: 'The guest adds two registers',
          correct: false,
          why: 'Ordinary instructions run natively in non-root mode. If they exited, hardware assistance would be pointless.',
        },
        {
          id: 'pt-write',
          text: 'The guest kernel writes to one of its own page tables',
          correct: false,
          why: "With EPT the hardware walks the guest's page tables itself, so ordinary guest page-table writes need no exit. Exits on them were the cost of shadow paging, before nested paging.",
        },
      ],
    },
    {
      kind: 'true-false',
      id: 'first-vtx-faster',
      prompt:
        "True or false: when VT-x first appeared, a hypervisor built on it was faster than VMware's binary translator on most workloads.",
      section: 'did-hardware-win-at-once',
      answer: false,
      whyTrue:
        'Not in 2006. Adams and Agesen found the first-generation hardware VMM often lost: with no memory support, shadow-paging exits dominated. Hardware pulled ahead only after nested paging.',
      whyFalse:
        'First-generation VT-x had no memory support, so page-table updates and context switches caused expensive exits, and binary translation often won. Hardware won broadly only after nested paging and cheaper exits.',
    },
    {
      kind: 'pick-layer',
      id: 'who-owns-drivers',
      prompt: "In a Hyper-V system, which layer owns the real disk and network drivers that serve the guests' I/O?",
      section: 'the-management-os-beside-the-vms',
      architecture: 'hardware-assisted',
      answer: 'mgmt-kernel',
      whyRight:
        'The root (parent) partition runs Windows with the real drivers. Child partitions send I/O to it over VMBus, from their VSCs to its VSPs.',
      whyWrong: 'Device drivers live in the management OS, a privileged VM beside the guests.',
      whyLayer: {
        base: 'The hypervisor stays small on purpose: it handles the CPU, memory and exits, and leaves device drivers to the root partition. The root partition is a VM, not the hypervisor.',
        'g1-kernel':
          'A child partition normally has no physical devices of its own; its VSC drivers forward requests over VMBus to the root partition.',
      },
    },
    {
      kind: 'match',
      id: 'hypervisor-products',
      prompt: 'Match each product to the hypervisor design the course files it under.',
      section: 'xen-esx-and-hyper-v',
      products: ['xen', 'vmware-esx', 'hyper-v'],
      options: ['paravirtualization', 'full-virtualization', 'hardware-assisted'],
      why: {
        xen: 'Xen (2003) is the classic paravirtualizing hypervisor, with ported guest kernels; since Xen 3.0 it also runs unmodified guests with hardware assistance.',
        'vmware-esx':
          'ESX (2001) ran unmodified guests with binary translation: full virtualization before VT-x existed.',
        'hyper-v':
          'Hyper-V (2008) required VT-x or AMD-V from the start: unmodified guests run in non-root mode, with VMBus for I/O.',
      },
    },
    {
      kind: 'predict-path',
      id: 'predict-hypercall-xen',
      prompt: 'A ported Linux kernel on Xen has nothing to run and makes the sched_op hypercall. Predict what happens.',
      section: 'hypercalls-instead-of-privileged-instructions',
      design: 'paravirtualization',
      instruction: 'hypercall sched_op',
    },
    {
      kind: 'predict-path',
      id: 'predict-cpuid-vt-x',
      prompt:
        'A guest kernel running in non-root ring 0 on VT-x asks the processor for its features with CPUID. Predict what happens.',
      section: 'vm-exits-and-entries',
      design: 'hardware-assisted',
      instruction: 'cpuid r0',
    },
  ],
} satisfies QuizFile;
