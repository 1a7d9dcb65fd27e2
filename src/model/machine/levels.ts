/**
 * Challenges for the machine, in the order the chapters teach. Every goal is checked against the
 * run itself (its trace, counters and final state), never against the text of the program.
 */
import type { DesignId } from './designs';
import type { Program } from './isa';
import { runProgram, type RunResult } from './run';
import { guestView, sameGuestView } from './state';

interface LevelVerdict {
  readonly passed: boolean;
  /** What the learner reads: what was reached, or what is still missing. */
  readonly message: string;
}

export interface Level {
  /** Lowercase, digits and dashes; used in URLs and saved progress. */
  readonly id: string;
  readonly title: string;
  /** The chapter (slug) and section (id) that teach what the level practises. */
  readonly chapter: string;
  readonly section: string;
  readonly design: DesignId;
  readonly goal: string;
  readonly start: string;
  readonly hint: string;
  readonly solution: string;
  readonly check: (result: RunResult, program: Program) => LevelVerdict;
}

function verdict(checks: readonly (readonly [boolean, string])[], success: string): LevelVerdict {
  const failed = checks.find(([ok]) => !ok);
  return failed ? { passed: false, message: failed[1] } : { passed: true, message: success };
}

const ended = (r: RunResult): boolean => r.status === 'finished' || r.status === 'halted';

function hasEvent(r: RunResult, action: string, layerKind?: (layer: string) => boolean): boolean {
  return r.trace.some((t) => t.action === action && (layerKind ? layerKind(t.layer) : true));
}

export const levels: readonly Level[] = [
  {
    id: 'hello-ring-zero',
    title: 'Hello from ring 0',
    chapter: 'privilege-rings',
    section: 'rings-0-to-3',
    design: 'bare-metal',
    goal: 'On bare metal, print HI on the console (port 0x3f8) and halt.',
    start: "; The kernel owns the machine: OUT talks to the device directly.\nmov r0, 'H'\nout 0x3f8, r0\nhlt\n",
    hint: 'OUT sends one character from a register. Load the second letter into a register and send it too.',
    solution: "mov r0, 'H'\nout 0x3f8, r0\nmov r0, 'I'\nout 0x3f8, r0\nhlt\n",
    check: (r) =>
      verdict(
        [
          [r.state.console === 'HI', `The console shows "${r.state.console}", not "HI".`],
          [r.status === 'halted', 'Print HI, then end with hlt.'],
        ],
        'The kernel talked to the device itself: in ring 0 nothing stands in the way.',
      ),
  },
  {
    id: 'system-call-round-trip',
    title: 'Into user mode and back',
    chapter: 'privilege-rings',
    section: 'system-calls',
    design: 'bare-metal',
    goal: 'Drop to user mode with sysret, come back into the kernel with a system call, and print K from the kernel.',
    start: "sysret          ; now in ring 3\nmov r0, 'K'\nout 0x3f8, r0   ; user code may not do this\n",
    hint: 'User code cannot run OUT. Ask the kernel: a syscall switches back to ring 0, and the lines after it run in the kernel.',
    solution: "sysret\nmov r0, 'K'\nsyscall\nout 0x3f8, r0\n",
    check: (r) =>
      verdict(
        [
          [r.status !== 'killed', 'The process was killed: in ring 3, OUT faults. Make a system call first.'],
          [hasEvent(r, 'syscall'), 'No system call happened.'],
          [r.state.console.includes('K'), 'The console does not show K.'],
        ],
        'Ring 3 asked, ring 0 acted: the system call is the only door between them.',
      ),
  },
  {
    id: 'find-the-breaker',
    title: 'Find the instruction that breaks the rule',
    chapter: 'privilege-rings',
    section: 'where-x86-breaks-the-rule',
    design: 'trap-and-emulate',
    goal: 'Write a kernel routine that ends in a different state under trap-and-emulate than on bare metal, although nothing faults.',
    start:
      '; Every privileged instruction here traps and is emulated correctly.\ncli\nmov r1, 0x4000\nmov cr3, r1\nsti\n',
    hint: 'Look for an instruction that is sensitive but not privileged: it behaves differently in ring 1 without trapping. POPF and SGDT are two.',
    solution: 'cli\nmov r0, 0x202   ; IF set\npopf r0         ; on bare metal this re-enables interrupts\n',
    check: (r, program) => {
      const bare = runProgram(program, 'bare-metal');
      return verdict(
        [
          [ended(r), 'The routine must run to its end (no crash, no endless loop).'],
          [
            !sameGuestView(guestView(r.state), guestView(bare.state)),
            'Both runs end in the same state: trap-and-emulate got everything right this time.',
          ],
          [r.divergences.length > 0, 'The difference must come from an instruction that did not trap.'],
        ],
        `Line ${r.divergences[0]?.line ?? '?'} (${r.divergences[0]?.source ?? ''}) is sensitive but unprivileged: Popek and Goldberg's condition fails on classic x86.`,
      );
    },
  },
  {
    id: 'fix-the-critical-section',
    title: 'Make the routine correct under trap-and-emulate',
    chapter: 'privilege-rings',
    section: 'trap-and-emulate',
    design: 'trap-and-emulate',
    goal: 'The routine disables interrupts, updates memory and restores them with popf. Make it leave interrupts enabled under trap-and-emulate, with no silent difference from bare metal.',
    start:
      'pushf r1        ; save flags (IF is on)\ncli\nload r0, [0]\nadd r0, 1\nstore [0], r0\npopf r1         ; restore flags\n',
    hint: 'POPF cannot change IF outside ring 0 and does not trap. Which instruction sets IF and does trap?',
    solution: 'cli\nload r0, [0]\nadd r0, 1\nstore [0], r0\nsti\n',
    check: (r) =>
      verdict(
        [
          [ended(r), 'The routine must run to its end.'],
          [r.state.mem[0] === 1, 'Memory word 0 should end as 1 (the update must still happen).'],
          [
            r.state.interruptsEnabled,
            'Interrupts are still off: the guest thinks it restored them, but popf dropped the change.',
          ],
          [r.divergences.length === 0, 'A sensitive instruction still gives a different result than on bare metal.'],
        ],
        'Every sensitive instruction now traps, so the VMM sees and emulates each one.',
      ),
  },
  {
    id: 'translate-once',
    title: 'Translate once, run many times',
    chapter: 'hosted-virtualization',
    section: 'binary-translation',
    design: 'binary-translation',
    goal: 'Under binary translation, run a loop at least 20 times with cli and sti inside it, with no traps and at most 6 instructions translated.',
    start: 'mov r0, 20\nloop: cli\nload r1, [0]\nadd r1, 1\nstore [0], r1\nsti\nsub r0, 1\njnz r0, loop\n',
    hint: 'Run it as it is and read the counters: the translator rewrites each block once and keeps it in the translation cache. If more is translated, shorten the loop body.',
    solution: 'mov r0, 20\nloop: cli\nadd r1, 1\nsti\nsub r0, 1\njnz r0, loop\n',
    check: (r) =>
      verdict(
        [
          [ended(r), 'The program must run to its end.'],
          [r.trace.filter((t) => t.source === 'cli').length >= 20, 'cli should run at least 20 times.'],
          [r.counters.traps === 0, `There were ${r.counters.traps} traps.`],
          [r.counters.translated <= 6, `${r.counters.translated} instructions were translated; aim for 6 or fewer.`],
        ],
        `${r.counters.translated} instructions translated once, then run from the cache: CLI and STI became plain stores.`,
      ),
  },
  {
    id: 'container-has-no-kernel',
    title: 'A container has no kernel of its own',
    chapter: 'shared-kernel',
    section: 'one-kernel-answers-every-call',
    design: 'shared-kernel',
    goal: 'Under the shared kernel, make three system calls and run to the end.',
    start: 'syscall\ncli             ; a container process trying to disable interrupts\nsyscall\n',
    hint: 'There is no guest kernel to emulate cli: the host refuses it. Only system calls reach the (host) kernel.',
    solution: 'syscall\nsyscall\nsyscall\n',
    check: (r) =>
      verdict(
        [
          [r.status === 'finished', `The run ended with "${r.status}": ${r.message}`],
          [r.trace.filter((t) => t.action === 'syscall').length >= 3, 'Make at least three system calls.'],
        ],
        'Every request went to the one host kernel; the container never had a ring 0 of its own.',
      ),
  },
  {
    id: 'uml-ptrace',
    title: 'System calls through ptrace',
    chapter: 'kernel-level',
    section: 'following-a-system-call-in-uml',
    design: 'user-mode-linux',
    goal: 'Under User-mode Linux, have a guest process make two system calls (each intercepted with ptrace) and finish.',
    start:
      'sysret          ; the UML kernel starts its process\nsyscall\nmov cr3, r0     ; a real kernel would switch page tables here\n',
    hint: 'The UML kernel is a ring 3 process: the CPU refuses mov cr3. Return to the process with sysret instead, and let it make another call.',
    solution: 'sysret\nsyscall\nsysret\nsyscall\n',
    check: (r) =>
      verdict(
        [
          [r.status === 'finished', `The run ended with "${r.status}": ${r.message}`],
          [
            r.trace.filter((t) => t.action === 'trap' && /ptrace/.test(t.why)).length >= 2,
            'Two system calls from the guest process should be intercepted with ptrace.',
          ],
        ],
        'Each call stopped the process in the host kernel and woke the UML kernel: correct, but slow.',
      ),
  },
  {
    id: 'kvm-exits',
    title: 'Which exits stay in the kernel?',
    chapter: 'kernel-level',
    section: 'kvm-and-qemu-divide-the-work',
    design: 'kvm',
    goal: 'Under KVM, cause one VM exit that the kvm module handles alone and one that goes on to QEMU, then halt.',
    start: 'mov r0, 1\nhlt\n',
    hint: 'CPUID exits are answered inside the kvm module. Port I/O to an emulated device goes back to QEMU in user space.',
    solution: "cpuid r1\nmov r0, 'Q'\nout 0x3f8, r0\nhlt\n",
    check: (r) => {
      const exits = new Set(r.trace.filter((t) => t.action === 'vm-exit').map((t) => t.step));
      const toQemu = new Set(r.trace.filter((t) => t.layer.endsWith('-vmm')).map((t) => t.step));
      const inKernelOnly = [...exits].some(
        (s) => !toQemu.has(s) && !r.trace.some((t) => t.step === s && t.action === 'vm-exit' && /HLT/.test(t.why)),
      );
      return verdict(
        [
          [inKernelOnly, 'No exit (other than hlt) was handled by the kvm module alone.'],
          [toQemu.size > 0, 'No exit went on to QEMU.'],
          [r.status === 'halted', 'End with hlt.'],
        ],
        'Cheap exits stay in the kernel; device emulation costs a trip to user space and back.',
      );
    },
  },
  {
    id: 'port-to-hypercalls',
    title: 'Port the routine to hypercalls',
    chapter: 'hypervisors',
    section: 'hypercalls-instead-of-privileged-instructions',
    design: 'paravirtualization',
    goal: 'Under Xen, switch page tables to 0x8000, print X and leave interrupts masked, with at most 2 hypercalls.',
    start: "mov r1, 0x8000\ncli\nmov cr3, r1\nmov r0, 'X'\nout 0x3f8, r0\n",
    hint: 'The ported kernel masks events with a store to [mask] (no hypercall needed), switches page tables with "hypercall mmuext_op, r1" and prints with "hypercall console_io, r0".',
    solution: "mov r1, 0x8000\nstore [mask], 1\nhypercall mmuext_op, r1\nmov r0, 'X'\nhypercall console_io, r0\n",
    check: (r) =>
      verdict(
        [
          [r.status !== 'crashed', 'Xen stopped the guest at an instruction that was not ported.'],
          [r.state.cr3 === 0x8000, 'CR3 should end as 0x8000.'],
          [r.state.console === 'X', 'The console should show X.'],
          [!r.state.interruptsEnabled, 'Events should be masked at the end.'],
          [r.counters.hypercalls <= 2, `${r.counters.hypercalls} hypercalls; the goal is at most 2.`],
        ],
        `Done with ${r.counters.hypercalls} hypercalls and no faults: the kernel knows it runs on Xen.`,
      ),
  },
  {
    id: 'batch-the-exits',
    title: 'Cut the VM exits by batching',
    chapter: 'hypervisors',
    section: 'vm-exits-and-entries',
    design: 'hardware-assisted',
    goal: 'Print HELLO with at most 2 VM exits. The polling driver below costs two exits per character.',
    start:
      "mov r0, 'H'\nin r1, 0x3fd\nout 0x3f8, r0\nmov r0, 'E'\nin r1, 0x3fd\nout 0x3f8, r0\nmov r0, 'L'\nin r1, 0x3fd\nout 0x3f8, r0\nin r1, 0x3fd\nout 0x3f8, r0\nmov r0, 'O'\nin r1, 0x3fd\nout 0x3f8, r0\n",
    hint: 'Write the characters into memory words 0 to 4, then ring the queue doorbell once: "out 0x10, rN" with the count in rN.',
    solution:
      "store [0], 'H'\nstore [1], 'E'\nstore [2], 'L'\nstore [3], 'L'\nstore [4], 'O'\nmov r0, 5\nout 0x10, r0\n",
    check: (r) =>
      verdict(
        [
          [r.state.console === 'HELLO', `The console shows "${r.state.console}", not "HELLO".`],
          [r.counters.exits <= 2, `${r.counters.exits} VM exits; the goal is at most 2.`],
        ],
        `HELLO with ${r.counters.exits} VM exit${r.counters.exits === 1 ? '' : 's'}: this is why virtio queues requests in shared memory.`,
      ),
  },
];

export function getLevel(id: string): Level | undefined {
  return levels.find((l) => l.id === id);
}
