import type { QuizFile } from '../src/model/quiz/types';

export default {
  questions: [
    {
      kind: 'single',
      id: 'virtual-disk',
      prompt:
        'One server runs two Windows Server guests and one Linux guest. What does the Linux guest usually see as its disk?',
      section: 'one-computer-several-systems',
      choices: [
        {
          id: 'own-disk',
          text: "A disk of its own, which is really a file or a volume on the host's real disk",
          correct: true,
          why: 'Storage is one of the four resources the virtualization layer divides. Each guest is shown a whole disk, but it is backed by a slice of the real storage.',
        },
        {
          id: 'whole-disk',
          text: 'The whole physical disk, shared freely with the Windows guests',
          correct: false,
          why: "Then any guest could read or overwrite another guest's files. Keeping guests apart is the point: each gets its own virtual disk.",
        },
        {
          id: 'no-disk',
          text: 'No disk at all: guests can only use the network',
          correct: false,
          why: 'A guest is a complete operating system and needs storage to boot. The VMM gives it a virtual disk, just as it gives it virtual CPUs, memory and network cards.',
        },
        {
          id: 'windows-disk',
          text: 'The disk of one of the Windows guests, mounted over the network',
          correct: false,
          why: "Guests do not borrow each other's disks. The VMM provides each guest's storage directly, from the host's real disk.",
        },
      ],
    },
    {
      kind: 'single',
      id: 'pg-definition',
      prompt: 'How did Popek and Goldberg (1974) define a virtual machine?',
      section: 'what-counts-as-a-virtual-machine',
      choices: [
        {
          id: 'duplicate',
          text: 'An efficient, isolated duplicate of the real machine',
          correct: true,
          why: 'Those three words carry their three requirements: it must behave like the real machine (equivalence), leave the VMM in control of every resource (resource control), and run most instructions directly (efficiency).',
        },
        {
          id: 'interpreter',
          text: 'A program that interprets every instruction of another machine in software',
          correct: false,
          why: 'That is a simulator or emulator. It can be faithful and isolated, but it fails the efficiency requirement: in a VM most instructions run directly on the real processor.',
        },
        {
          id: 'bytecode',
          text: 'A runtime that executes portable bytecode, like the Java virtual machine',
          correct: false,
          why: 'The Java VM shares the name but not the idea. It runs programs written for an imaginary machine, not operating systems written for the real one.',
        },
        {
          id: 'partition',
          text: "A fixed hardware partition of the machine's processors and memory",
          correct: false,
          why: 'Hardware partitioning splits a machine physically. A VM is built in software by a VMM, which can share one processor among many guests.',
        },
      ],
    },
    {
      kind: 'true-false',
      id: 'type-means-technique',
      prompt:
        'True or false: a type 2 VMM is one that uses binary translation, and a type 1 VMM is one that uses hardware assistance.',
      section: 'type-1-and-type-2',
      answer: false,
      whyTrue:
        'Not so. Type 1 and type 2 say where the VMM sits (on the bare hardware or on a host OS), not how it handles the processor. Early VMware products of both types used binary translation, and today both types use hardware assistance.',
      whyFalse:
        'The labels are about placement: type 1 runs on the bare hardware, type 2 on a host OS. Either kind can use either technique.',
    },
    {
      kind: 'pick-layer',
      id: 'where-type-1-sits',
      prompt: 'In this hypervisor design, pick the layer that makes it a type 1 VMM.',
      section: 'type-1-and-type-2',
      architecture: 'hardware-assisted',
      answer: 'base',
      whyRight:
        'The hypervisor runs directly on the hardware, with no operating system beneath it. That placement is exactly what "type 1" means.',
      whyWrong:
        'Type 1 is about where the VMM sits. Look for the software that runs straight on the hardware, beneath every guest.',
      whyLayer: {
        hardware: 'The hardware is what the VMM runs on, not the VMM itself.',
        'mgmt-kernel':
          'The management OS looks important, but it is a privileged virtual machine running above the hypervisor. It is not the hypervisor.',
        'g1-kernel': 'This is a guest kernel. It runs inside a virtual machine that the hypervisor created.',
        'g2-kernel': 'This is a guest kernel. It runs inside a virtual machine that the hypervisor created.',
      },
    },
    {
      kind: 'true-false',
      id: 'began-with-x86',
      prompt: 'True or false: virtualization was invented for x86 PCs in the 1990s.',
      section: 'it-started-on-mainframes',
      answer: false,
      whyTrue:
        'A common belief, but it is decades off. IBM began CP-40 around 1964 and shipped VM/370 in 1972; VMware brought the idea to x86 PCs in 1999.',
      whyFalse:
        'Virtual machines began on IBM mainframes in the 1960s (CP-40, CP-67), and VM/370 was a product by 1972.',
    },
    {
      kind: 'single',
      id: 'ibm-systems',
      prompt: "Which list puts IBM's early virtual machine systems in the right order, oldest first?",
      section: 'it-started-on-mainframes',
      choices: [
        {
          id: 'cp40-first',
          text: 'CP-40 (1964), CP-67, VM/370 (1972)',
          correct: true,
          why: 'CP-40 began at IBM Cambridge around 1964, CP-67 followed on the System/360 Model 67, and VM/370 became a product in 1972.',
        },
        {
          id: 'vm370-first',
          text: 'VM/370, CP-67, CP-40',
          correct: false,
          why: 'This is backwards. VM/370 (1972) was the product that grew out of the earlier CP-40 and CP-67 projects.',
        },
        {
          id: 'vmware-first',
          text: 'VMware Workstation, CP-40, VM/370',
          correct: false,
          why: 'VMware Workstation came in 1999, about 35 years after CP-40. x86 virtualization was late, not first.',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'drivers-today',
      prompt: 'Which of these are major reasons for virtualization today? Pick all that apply.',
      section: 'why-it-matters-now',
      choices: [
        {
          id: 'multi-tenancy',
          text: 'Letting a cloud provider run customers who do not trust each other on the same server',
          correct: true,
          why: 'Multi-tenancy is the core of the public cloud, and the isolation between virtual machines is what makes it safe to sell.',
        },
        {
          id: 'serverless',
          text: 'Starting an isolated environment for a serverless function in a fraction of a second',
          correct: true,
          why: 'Serverless platforms need fast, strongly isolated sandboxes; Firecracker can boot a microVM to user space in as little as 125 ms.',
        },
        {
          id: 'ci',
          text: 'Giving every CI build a clean machine that is thrown away afterwards',
          correct: true,
          why: 'Throwaway machines keep one build from leaving anything behind for the next, and virtualization makes them cheap to create and discard.',
        },
        {
          id: 'sandbox',
          text: 'Running untrusted code behind a stronger boundary than a shared kernel',
          correct: true,
          why: 'Containers share one kernel, so one kernel bug can break the boundary. VMs and gVisor add a layer the untrusted code must get through first.',
        },
        {
          id: 'web20',
          text: 'The arrival of "Web 2.0" office suites in the browser',
          correct: false,
          why: "That is the older article's mid-2000s framing. The trend it pointed at became the cloud, which is listed here under multi-tenancy.",
        },
      ],
    },
    {
      kind: 'single',
      id: 'classic-vs-now',
      prompt: 'Which reason from the classic list does this chapter call dated in the way it was framed?',
      section: 'why-it-mattered-the-classic-reasons',
      choices: [
        {
          id: 'fragmentation',
          text: 'The operating system market "fragmenting" away from Windows',
          correct: true,
          why: 'Running mixed systems is still useful, but the framing of a fragmenting market is old news and is not what drives virtualization now.',
        },
        {
          id: 'energy',
          text: 'Saving energy and cooling by running fewer physical servers',
          correct: false,
          why: 'This still holds. Fewer servers still draw less power and make less heat to remove.',
        },
        {
          id: 'utilization',
          text: 'Servers sitting mostly idle when they run a single operating system',
          correct: false,
          why: 'This still holds: consolidation to raise utilization is as true now as when Sun described it in 2004.',
        },
        {
          id: 'cost',
          text: 'Cutting the cost of buying and running hardware',
          correct: false,
          why: 'Still true. Cost is one of the reasons consolidation pays off.',
        },
      ],
    },
    {
      kind: 'match',
      id: 'course-map',
      prompt:
        'Match each product to the design this course files it under (VMware ESX as it was before hardware assistance).',
      section: 'a-map-of-the-course',
      products: ['virtualbox', 'docker', 'uml', 'kvm', 'vmware-esx', 'hyper-v'],
      options: ['hosted', 'shared-kernel', 'user-mode-linux', 'kvm', 'full-virtualization', 'hardware-assisted'],
      why: {
        virtualbox: 'VirtualBox is an application on an ordinary host OS: a type 2, hosted VMM (chapter 3).',
        docker:
          'Docker containers have no guest kernel. They are processes on one shared kernel, isolated from each other (chapter 4).',
        uml: 'User-mode Linux runs a Linux kernel as ordinary processes on a Linux host (chapter 5).',
        kvm: "KVM turns the stock Linux kernel into a hypervisor with the help of the CPU's virtualization extensions (chapter 5).",
        'vmware-esx':
          'Classic ESX ran unmodified guests on bare metal by binary translation: full virtualization by a type 1 hypervisor (chapter 6).',
        'hyper-v':
          "Hyper-V is a type 1 hypervisor that requires the processor's virtualization extensions (chapter 6).",
      },
    },
  ],
} satisfies QuizFile;
