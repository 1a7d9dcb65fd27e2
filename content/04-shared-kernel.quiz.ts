import type { QuizFile } from '../src/model/quiz/types';

export default {
  questions: [
    {
      kind: 'single',
      id: 'what-a-container-holds',
      prompt:
        'Container B in the diagram runs an Alpine Linux user space on a machine whose other container runs Debian. What does container B actually contain?',
      section: 'one-kernel-many-user-spaces',
      choices: [
        {
          id: 'userland',
          text: 'An Alpine root filesystem (libraries, tools, configuration) and its processes, but no kernel',
          correct: true,
          why: 'A shared-kernel guest is only a user space plus processes. Every system call goes to the one host kernel, which gives the container its private views.',
        },
        {
          id: 'small-kernel',
          text: 'A trimmed-down Alpine kernel that boots on top of the host kernel',
          correct: false,
          why: 'That would be a virtual machine. No guest kernel boots in a container, which is why it starts almost as quickly as its first program.',
        },
        {
          id: 'virtual-hardware',
          text: 'Virtual hardware (a virtual disk and network card) on which Alpine is installed',
          correct: false,
          why: "Emulated hardware belongs to virtual machines. A container has no devices of its own to drive: it uses the host kernel's network stack and filesystems, seen through namespaces.",
        },
        {
          id: 'nothing-own',
          text: 'Nothing of its own: it sees the same files as container A, only with a different host name',
          correct: false,
          why: 'Each container has its own root filesystem, which is why one host can run Debian, Alpine and Ubuntu containers side by side.',
        },
      ],
    },
    {
      kind: 'order',
      id: 'stack-container-a',
      prompt: "Build container A's column of the shared-kernel stack, from the hardware up.",
      section: 'one-kernel-many-user-spaces',
      architecture: 'shared-kernel',
      column: 'c1',
      direction: 'hardware-up',
      why: "The hardware runs the one shared kernel; on it sits container A's root filesystem (user space only, no kernel), and its processes run on top of that. There is no guest-kernel layer anywhere in the stack.",
    },
    {
      kind: 'true-false',
      id: 'small-vm',
      prompt:
        'True or false: a standard Linux container (run by runc, as Docker does by default) is a small virtual machine with a lightweight kernel of its own.',
      section: 'one-kernel-many-user-spaces',
      answer: false,
      whyTrue:
        'This is a very common misconception about containers. A container is a group of host processes that share the host kernel; run ps on the host and you can see them. Only a virtual machine has a kernel of its own. (Runtimes such as Kata Containers do wrap each container in a small VM, but that is not the standard runc container the prompt asks about.)',
      whyFalse:
        'A container has no kernel: its processes are ordinary host processes in their own namespaces and cgroups, which is why it starts fast and why it can only run software made for the host kernel.',
    },
    {
      kind: 'single',
      id: 'chroot-limits',
      prompt:
        'A classmate says: "Containers are just chroot, so chroot is a fine way to sandbox an untrusted program." What is wrong with this?',
      section: 'chroot-the-ancestor',
      choices: [
        {
          id: 'path-only',
          text: 'chroot only changes where path lookups start; the process still sees other processes and the network, has no limits, and a root process can get out',
          correct: true,
          why: 'The chroot manual page states that it is not meant for security. Containers get their isolation from namespaces, cgroups, capabilities and seccomp.',
        },
        {
          id: 'nothing-wrong',
          text: "Nothing: chroot hides the rest of the system as long as the program cannot see the host's files",
          correct: false,
          why: "Hiding files is not isolation. A chrooted process shares PIDs, network, users and IPC with the host, and as root it can chdir out of the new root or mount the host's disk.",
        },
        {
          id: 'too-new',
          text: 'chroot is too new to be trusted; it only arrived with Docker in 2013',
          correct: false,
          why: 'chroot is old: V7 Unix in 1979 and BSD in 1982. Its age is not the problem; what it does not do is.',
        },
        {
          id: 'needs-vt',
          text: 'chroot needs VT-x or AMD-V, which many machines lack',
          correct: false,
          why: 'chroot is a plain system call handled by the kernel. Neither chroot nor containers need CPU virtualization support.',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'which-namespaces',
      prompt:
        "Inside a container, `ps` shows the container's first process as PID 1, and `ip link` shows interfaces the host does not see. Which namespaces produce these two views?",
      section: 'namespaces-private-views',
      choices: [
        {
          id: 'pid',
          text: 'The PID namespace (Linux 2.6.24)',
          correct: true,
          why: 'A PID namespace gives its processes their own numbering, so the first process inside is PID 1. Because ps reads /proc, the container also needs a /proc mounted for that namespace, in a mount namespace of its own: that is what unshare --mount-proc arranges.',
        },
        {
          id: 'net',
          text: 'The network namespace (built across 2.6.24 to 2.6.29)',
          correct: true,
          why: 'A network namespace has its own interfaces, addresses, routes and ports.',
        },
        {
          id: 'uts',
          text: 'The UTS namespace',
          correct: false,
          why: 'UTS namespaces separate the host name and domain name, not process IDs or interfaces.',
        },
        {
          id: 'cgroup-limit',
          text: 'A cgroup',
          correct: false,
          why: 'cgroups limit and account for how much a group of processes uses; they do not change what those processes see.',
        },
        {
          id: 'chroot',
          text: 'chroot',
          correct: false,
          why: 'chroot only changes the starting point of path lookups. It does not touch process IDs or the network.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'limit-memory',
      prompt: 'You want to stop one container from using more than 2 GB of memory. Which mechanism does that?',
      section: 'cgroups-limits-and-accounting',
      choices: [
        {
          id: 'cgroups',
          text: "cgroups, for example by writing a limit to the container's memory.max file",
          correct: true,
          why: 'cgroups (Linux 2.6.24, 2008; v2 official in 4.5) measure and cap what a group of processes uses: CPU, memory, I/O and the number of processes.',
        },
        {
          id: 'namespace',
          text: 'A memory namespace',
          correct: false,
          why: 'There is no memory namespace. Namespaces change what processes see; limits on how much they use come from cgroups.',
        },
        {
          id: 'seccomp',
          text: 'A seccomp filter',
          correct: false,
          why: 'seccomp decides which system calls a process may make. It cannot cap how much memory those calls eventually allocate.',
        },
        {
          id: 'guest-kernel',
          text: "The container's own kernel, configured with less RAM",
          correct: false,
          why: 'A container has no kernel of its own. Giving a guest a fixed amount of RAM is what a virtual machine does.',
        },
      ],
    },
    {
      kind: 'pick-layer',
      id: 'who-checks-mount',
      prompt:
        'A process in container A calls mount. Click the layer that decides whether the mount is allowed and carries it out.',
      section: 'following-a-mount-call',
      architecture: 'shared-kernel',
      answer: 'base',
      whyRight:
        "The one shared kernel receives the system call, checks namespaces, capabilities, the seccomp filter and security-module policy, and makes the mount in container A's mount namespace only.",
      whyWrong:
        'Only a kernel can carry out a mount, and in this design there is exactly one kernel: the shared one at the bottom.',
      whyLayer: {
        'c1-userland':
          "The root filesystem is just files and libraries. The C library's mount() wrapper only issues the system call; it cannot grant it.",
        'c1-apps': 'This is the process that asks. It runs in ring 3 and cannot decide on its own privileged request.',
        hardware:
          'The CPU switches to ring 0 on the system call, but the policy decision is software in the kernel, not a hardware feature.',
      },
    },
    {
      kind: 'single',
      id: 'cli-in-container',
      prompt: 'A buggy program in a container executes CLI (disable interrupts) directly. What happens?',
      section: 'following-a-mount-call',
      choices: [
        {
          id: 'fault',
          text: 'The CPU raises a general-protection fault, and the host kernel handles it as for any process, normally killing it with a signal',
          correct: true,
          why: 'Container processes run in ring 3 like all user programs. A privileged instruction faults; nothing is emulated on their behalf.',
        },
        {
          id: 'emulated',
          text: "The container's VMM traps it and clears a virtual interrupt flag",
          correct: false,
          why: 'There is no VMM and no guest kernel in a container, so there is nothing that would emulate CLI. That is what hosted VMMs do for a guest kernel.',
        },
        {
          id: 'vm-exit',
          text: 'The CPU performs a VM exit to the hypervisor',
          correct: false,
          why: 'VM exits happen only for code running in VT-x non-root mode. Container processes are ordinary host processes, not guests in non-root mode.',
        },
        {
          id: 'works',
          text: "It works, because the container's root user is allowed to disable interrupts",
          correct: false,
          why: 'Being root is a kernel idea. The CPU checks the ring and the I/O privilege level, and container processes are normally not given the I/O privilege that would let CLI run in ring 3.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'kernel-too-old',
      prompt: 'A container image built on a new distribution fails on an old host with "FATAL: kernel too old". Why?',
      section: 'why-the-guest-must-fit-the-host-kernel',
      choices: [
        {
          id: 'shared',
          text: "The kernel is shared, so the image's programs can use only the features the host's kernel provides, and its C library needs a newer one",
          correct: true,
          why: "A container has no kernel of its own. Its user space talks to the host kernel, so it is limited to that kernel's system calls and features.",
        },
        {
          id: 'own-kernel',
          text: 'The image brings its own newer kernel, which cannot boot on the old host kernel',
          correct: false,
          why: 'Container images contain no kernel. The old "2.6 guest on a 2.4 host" example is about user space needing kernel features, not about a second kernel.',
        },
        {
          id: 'needs-vtx',
          text: 'The host CPU lacks VT-x, which newer containers require',
          correct: false,
          why: 'Containers need no CPU virtualization support at all; they are ordinary processes.',
        },
        {
          id: 'windows',
          text: 'The image must have been built for Windows',
          correct: false,
          why: 'A Windows image would not run on a Linux kernel at all, but this error message comes from a Linux C library checking the kernel version.',
        },
      ],
    },
    {
      kind: 'multiple',
      id: 'speed-and-isolation',
      prompt:
        'Which statements about containers compared with virtual machines are supported by the evidence in this chapter?',
      section: 'speed-and-isolation',
      choices: [
        {
          id: 'felter',
          text: "In IBM's 2015 comparison, Docker containers performed as well as KVM virtual machines or better in nearly every test",
          correct: true,
          why: 'Felter et al. found this; the container overheads they saw came from choices such as NAT networking and the AUFS storage layer.',
        },
        {
          id: 'padala',
          text: 'Going from one to four RUBiS instances, response time rose far less on OpenVZ (about 100%) than on Xen (over 400%)',
          correct: true,
          why: 'Padala et al. (HP Labs, 2007) measured this consolidation effect.',
        },
        {
          id: 'escape',
          text: 'One exploitable bug in the shared kernel can let a process escape its container and reach the others',
          correct: true,
          why: "Every container talks to the same kernel through the whole system-call interface, a far wider door than a VM's exits and virtual devices.",
        },
        {
          id: 'stronger',
          text: 'Because they have no guest kernel, containers isolate guests more strongly than virtual machines',
          correct: false,
          why: 'It is the other way round: sharing the kernel is what makes containers fast and also what weakens their isolation. CVE-2019-5736 in runc is one real escape.',
        },
      ],
    },
    {
      kind: 'single',
      id: 'timeline',
      prompt: 'Docker did not invent the shared-kernel idea. Which list is in the right historical order?',
      section: 'from-jails-to-docker',
      choices: [
        {
          id: 'right',
          text: 'chroot (1979), FreeBSD jails (2000), Solaris Zones (2004 paper), Docker (2013)',
          correct: true,
          why: 'chroot came with V7 Unix, jails with FreeBSD 4.0, Zones were presented at LISA 2004 and shipped in Solaris 10, and Docker appeared in March 2013, building on Linux namespaces and cgroups.',
        },
        {
          id: 'docker-first',
          text: 'Docker (2008), LXC (2010), FreeBSD jails (2012), chroot (2014)',
          correct: false,
          why: 'This reverses history. Docker popularised containers in 2013, but chroot dates from 1979 and jails from 2000.',
        },
        {
          id: 'zones-first',
          text: 'Solaris Zones (1995), chroot (2000), Docker (2005), FreeBSD jails (2010)',
          correct: false,
          why: 'chroot is the oldest by far (V7 Unix, 1979). Zones came in 2004 to 2005, after FreeBSD jails (2000).',
        },
        {
          id: 'lxc-first',
          text: 'LXC (1999), OpenVZ (2001), chroot (2005), Docker (2013)',
          correct: false,
          why: 'LXC (around 2008) used mainline namespaces and cgroups, which did not exist in 1999; OpenVZ was released in 2005 and chroot is from 1979.',
        },
      ],
    },
    {
      kind: 'match',
      id: 'match-products',
      prompt: 'Match each product to the design it belongs to.',
      section: 'from-jails-to-docker',
      products: ['freebsd-jails', 'solaris-zones', 'openvz', 'docker', 'kvm', 'virtualbox'],
      options: ['shared-kernel', 'kvm', 'hosted', 'paravirtualization'],
      why: {
        'freebsd-jails': 'Jails (FreeBSD 4.0, 2000) confine groups of processes on the one FreeBSD kernel.',
        'solaris-zones': 'Zones (LISA 2004, Solaris 10) run many application environments inside one Solaris kernel.',
        openvz:
          'OpenVZ (2005) shares one modified Linux kernel among its containers; its work later went upstream as namespaces.',
        docker: 'Docker (2013) starts processes in namespaces and cgroups on the host kernel: shared-kernel, not a VM.',
        kvm: 'KVM runs full virtual machines, each with its own kernel, using VT-x or AMD-V. It is the subject of the next chapter.',
        virtualbox: 'VirtualBox is a hosted VMM: an application on a host OS running guests with their own kernels.',
      },
    },
  ],
} satisfies QuizFile;
