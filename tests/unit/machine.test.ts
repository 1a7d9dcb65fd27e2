import { describe, expect, it } from 'vitest';
import { getArchitecture } from '../../src/model/architectures';
import { costTable } from '../../src/model/machine/costs';
import { designIds, getDesign, machineDesigns, roleLayer, type DesignId } from '../../src/model/machine/designs';
import { instructionClass, parseProgram, programText, type Program } from '../../src/model/machine/isa';
import { runProgram, type RunResult } from '../../src/model/machine/run';
import { FILTERED_FEATURES, GUEST_GDTR, HOST_FEATURES, REAL_GDTR } from '../../src/model/machine/state';
import { basicBlocks, portedProgram, portToXen } from '../../src/model/machine/translate';

function parse(text: string): Program {
  const r = parseProgram(text);
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return r.program;
}

function run(text: string, design: DesignId): RunResult {
  return runProgram(parse(text), design);
}

/** Events of the instruction on a given source line. */
function eventsAt(r: RunResult, line: number) {
  return r.trace.filter((t) => t.line === line).map((t) => ({ layer: t.layer, action: t.action }));
}

describe('parser', () => {
  it('reads labels, comments, numbers in three notations and both hypercall spellings', () => {
    const p = parse(
      `start: mov r0, 0x41 ; hex\n  add r0, 1 # comment\n  mov r1, 'B'\n  jnz r0, start\n  vmcall console_io, r1`,
    );
    expect(p.lines.map((l) => l.instruction.op)).toEqual(['mov', 'add', 'mov', 'jnz', 'hypercall']);
    expect(p.lines[3]?.instruction).toMatchObject({ op: 'jnz', target: 0 });
    expect(p.lines[2]?.instruction).toMatchObject({ src: { kind: 'imm', value: 66 } });
    expect(p.lines[4]?.line).toBe(5);
  });

  it('reports every bad line with its number and a message a learner can act on', () => {
    const r = parseProgram('foo r1\nmov r5, 1\njmp nowhere\nout 0x20, r0\nload r0, 5\ncli r1\nstore [99], r0');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(r.errors[0]?.message).toMatch(/unknown instruction "foo"/);
    expect(r.errors[1]?.message).toMatch(/register \(r0–r3\)/);
    expect(r.errors[2]?.message).toMatch(/no label "nowhere"/);
    expect(r.errors[3]?.message).toMatch(/no device at port 0x20/);
    expect(r.errors[5]?.message).toMatch(/cli takes no operands/);
    expect(r.errors[6]?.message).toMatch(/outside memory/);
  });

  it('refuses an empty program and a duplicate label', () => {
    expect(parseProgram('; nothing\n\n')).toMatchObject({ ok: false, errors: [{ message: /no instructions/ }] });
    expect(parseProgram('a: nop\na: nop')).toMatchObject({ ok: false, errors: [{ line: 2 }] });
  });

  it('prints programs back to text that parses to the same instructions', () => {
    const p = parse('top: cli\nmov cr3, r1\nload r0, [r2]\nstore [3], 7\njnz r0, top\nhypercall mmuext_op, r1');
    const again = parse(programText(p.lines.map((l) => l.instruction)));
    expect(again.lines.map((l) => l.instruction)).toEqual(p.lines.map((l) => l.instruction));
  });

  it('classifies the instructions as classic x86 does', () => {
    expect(instructionClass('popf')).toBe('sensitive-unprivileged');
    expect(instructionClass('sgdt')).toBe('sensitive-unprivileged');
    expect(instructionClass('cli')).toBe('iopl-sensitive');
    expect(instructionClass('mov-cr3')).toBe('privileged');
    expect(instructionClass('cpuid')).toBe('cpuid');
  });
});

describe('designs come from the architecture model', () => {
  it('every design names an architecture, and every role it uses is one of that architecture’s layers', () => {
    for (const d of machineDesigns) {
      const arch = getArchitecture(d.architecture);
      for (const role of ['app', 'kernel', 'monitor', 'device', 'hardware'] as const) {
        const found = roleLayer(d, role);
        expect(found, `${d.id} ${role}`).not.toBeNull();
        expect(arch.layers).toContain(found?.layer);
      }
    }
  });

  it('resolves roles by layer kind: the hosted monitor in ring 0, QEMU for KVM devices, dom0 for Xen back-ends', () => {
    expect(roleLayer(getDesign('binary-translation'), 'monitor')).toMatchObject({
      layer: { kind: 'vmm' },
      privilege: { ring: 0 },
    });
    expect(roleLayer(getDesign('kvm'), 'monitor')?.layer.kind).toBe('host-kernel');
    expect(roleLayer(getDesign('kvm'), 'device')?.layer.kind).toBe('vmm');
    expect(roleLayer(getDesign('paravirtualization'), 'device')?.layer.kind).toBe('management-os');
    expect(roleLayer(getDesign('hardware-assisted'), 'device')?.layer.id).toBe('mgmt-apps');
    expect(roleLayer(getDesign('trap-and-emulate'), 'kernel')?.privilege).toMatchObject({ ring: 1 });
    expect(roleLayer(getDesign('user-mode-linux'), 'kernel')?.privilege).toMatchObject({ ring: 3 });
  });

  it('every trace entry names a layer of its design’s architecture with that layer’s privilege', () => {
    const text = 'pushf r1\ncli\nmov r0, 65\nout 0x3f8, r0\npopf r1\ncpuid r2\nsysret\nsyscall\nhlt';
    for (const id of designIds) {
      const r = run(text, id);
      const arch = getArchitecture(getDesign(id).architecture);
      for (const t of r.trace) {
        const layer = arch.layers.find((l) => l.id === t.layer);
        expect(layer, `${id}: ${t.layer}`).toBeDefined();
        expect([layer?.privilege, layer?.alsoRuns?.privilege]).toContainEqual(t.privilege);
        expect(t.why.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('ordinary instructions', () => {
  it.each(designIds)('run natively and compute the same result under %s', (id) => {
    const r = run(
      'mov r0, 5\nloop: add r1, r0\nsub r0, 1\njnz r0, loop\nstore [2], r1\nload r3, [2]\nxor r3, 1\nand r3, 0xff',
      id,
    );
    expect(r.status).toBe('finished');
    expect(r.state.regs).toEqual([0, 15, 0, 14]);
    expect(r.counters.traps + r.counters.exits + r.counters.hypercalls).toBe(0);
    expect(r.trace.filter((t) => t.action !== 'translate').every((t) => t.action === 'native')).toBe(true);
  });

  it('wrap at 32 bits', () => {
    expect(run('mov r0, 0\nsub r0, 1', 'bare-metal').state.regs[0]).toBe(0xffffffff);
  });
});

describe('bare metal', () => {
  it('obeys every privileged instruction in ring 0', () => {
    const r = run(
      'cli\nmov r1, 0x5000\nmov cr3, r1\nlidt r1\nmov r0, 79\nout 0x3f8, r0\nin r2, 0x3fd\nhlt',
      'bare-metal',
    );
    expect(r.status).toBe('halted');
    expect(r.state).toMatchObject({ interruptsEnabled: false, cr3: 0x5000, idtr: 0x5000, console: 'O' });
    expect(r.state.regs[2]).toBe(0x20);
    expect(r.trace.every((t) => t.layer === 'base' && t.action === 'native')).toBe(true);
  });

  it('kills a user process that runs a privileged instruction', () => {
    const r = run('sysret\ncli', 'bare-metal');
    expect(r.status).toBe('killed');
    expect(eventsAt(r, 2)).toEqual([
      { layer: 'host-apps', action: 'fault' },
      { layer: 'base', action: 'emulate' },
    ]);
  });

  it('has no hypercall: VMCALL is undefined and the kernel crashes', () => {
    expect(run('vmcall sched_op', 'bare-metal')).toMatchObject({ status: 'crashed', message: /no hypervisor/ });
  });
});

describe('trap-and-emulate on classic x86', () => {
  it('traps privileged instructions to the VMM, which emulates them', () => {
    const r = run('cli\nmov r1, 7\nmov cr3, r1', 'trap-and-emulate');
    expect(eventsAt(r, 1)).toEqual([
      { layer: 'g1-kernel', action: 'trap' },
      { layer: 'base', action: 'emulate' },
      { layer: 'g1-kernel', action: 'return' },
    ]);
    expect(r.counters.traps).toBe(2);
    expect(r.state).toMatchObject({ interruptsEnabled: false, cr3: 7 });
  });

  it('popf silently drops the change to IF: the guest misbehaves', () => {
    const text = 'cli\nmov r0, 0x202\npopf r0';
    const bare = run(text, 'bare-metal');
    const te = run(text, 'trap-and-emulate');
    expect(bare.state.interruptsEnabled).toBe(true);
    expect(te.state.interruptsEnabled).toBe(false);
    expect(eventsAt(te, 3)).toEqual([{ layer: 'g1-kernel', action: 'native' }]);
    expect(te.divergences).toHaveLength(1);
    expect(te.divergences[0]?.explanation).toMatch(/silently dropped/);
  });

  it('sgdt reveals the VMM’s table instead of the guest’s, without trapping', () => {
    const r = run('sgdt r0', 'trap-and-emulate');
    expect(r.state.regs[0]).toBe(REAL_GDTR);
    expect(run('sgdt r0', 'bare-metal').state.regs[0]).toBe(GUEST_GDTR);
    expect(r.counters.traps).toBe(0);
  });

  it('reflects a user system call through the VMM', () => {
    const r = run('sysret\nsyscall', 'trap-and-emulate');
    expect(eventsAt(r, 2)).toEqual([
      { layer: 'g1-apps', action: 'syscall' },
      { layer: 'base', action: 'trap' },
    ]);
    expect(r.state.mode).toBe('kernel');
  });

  it('cpuid runs unfiltered and shows the host CPU', () => {
    expect(run('cpuid r0', 'trap-and-emulate').state.regs[0]).toBe(HOST_FEATURES);
  });
});

describe('binary translation', () => {
  it('rewrites each kernel block once and keeps the translation for later passes', () => {
    const r = run('mov r0, 3\nloop: cli\nsti\nsub r0, 1\njnz r0, loop', 'binary-translation');
    const translations = r.trace.filter((t) => t.action === 'translate');
    expect(translations).toHaveLength(2);
    expect(r.counters.translated).toBe(5);
    expect(r.counters.traps).toBe(0);
    expect(r.translations.map((b) => b.original.map((l) => l.source))).toEqual([
      ['mov r0, 3'],
      ['cli', 'sti', 'sub r0, 1', 'jnz r0, loop'],
    ]);
    expect(r.translations[1]?.translated[0]).toBe('store [vcpu.IF], 0');
  });

  it('emulates popf correctly, unlike trap-and-emulate', () => {
    const r = run('cli\nmov r0, 0x202\npopf r0\nsgdt r1', 'binary-translation');
    expect(r.state.interruptsEnabled).toBe(true);
    expect(r.state.regs[1]).toBe(GUEST_GDTR);
    expect(r.divergences).toEqual([]);
  });

  it('turns mov cr3 and I/O into callouts, with no trap', () => {
    const r = run('mov cr3, r1\nout 0x3f8, r0', 'binary-translation');
    expect(r.counters).toMatchObject({ callouts: 2, traps: 0 });
    expect(eventsAt(r, 1).map((e) => e.layer)).toContain('vmm');
  });

  it('runs user code directly, untranslated', () => {
    const r = run('sysret\nmov r0, 1\nadd r0, 1', 'binary-translation');
    expect(r.counters.translated).toBe(1);
  });

  it('splits blocks at jump targets and after control transfers', () => {
    const blocks = basicBlocks(parse('a: nop\nnop\njmp b\nnop\nb: hlt\nnop'));
    expect([...blocks.keys()]).toEqual([0, 3, 4, 5]);
  });
});

describe('paravirtualization', () => {
  it('faults on a privileged instruction the kernel was not ported for', () => {
    const r = run('cli', 'paravirtualization');
    expect(r.status).toBe('crashed');
    expect(eventsAt(r, 1)).toEqual([
      { layer: 'g1-kernel', action: 'fault' },
      { layer: 'base', action: 'trap' },
    ]);
  });

  it('handles hypercalls in Xen, with the back-end in dom0 for I/O', () => {
    const r = run(
      "mov r1, 0x9000\nhypercall mmuext_op, r1\nmov r0, 'X'\nhypercall console_io, r0\nstore [0], r0\nmov r2, 1\nhypercall event_channel_op, r2",
      'paravirtualization',
    );
    expect(r.status).toBe('finished');
    expect(r.state).toMatchObject({ cr3: 0x9000, console: 'XX' });
    expect(r.counters.hypercalls).toBe(3);
    expect(eventsAt(r, 2)).toEqual([
      { layer: 'g1-kernel', action: 'hypercall' },
      { layer: 'base', action: 'emulate' },
      { layer: 'g1-kernel', action: 'return' },
    ]);
    expect(eventsAt(r, 7).map((e) => e.layer)).toContain('mgmt-kernel');
  });

  it('masks events with a store to the shared page instead of cli', () => {
    const r = run('store [mask], 1', 'paravirtualization');
    expect(r.state.interruptsEnabled).toBe(false);
    expect(r.counters.traps).toBe(0);
  });

  it('sends user system calls straight to the guest kernel', () => {
    const r = run('hypercall iret\nsyscall', 'paravirtualization');
    expect(eventsAt(r, 2)).toEqual([{ layer: 'g1-apps', action: 'syscall' }]);
  });

  it('ports a routine to hypercalls, which then runs like the original on bare metal', () => {
    const original = parse(
      "mov r1, 0x8000\ncli\nmov cr3, r1\nlidt r1\nin r2, 0x3fd\nmov r0, 'P'\nout 0x3f8, r0\nsti\nhlt",
    );
    const ported = portToXen(original);
    expect(ported.ok).toBe(true);
    if (!ported.ok) return;
    const pv = runProgram(portedProgram(ported.lines), 'paravirtualization');
    const bare = runProgram(original, 'bare-metal');
    expect(pv.status).toBe('halted');
    expect(pv.state).toMatchObject({
      cr3: bare.state.cr3,
      idtr: bare.state.idtr,
      console: 'P',
      interruptsEnabled: true,
    });
    expect(pv.state.regs).toEqual(bare.state.regs);
    expect(pv.counters.hypercalls).toBe(4);
    expect(pv.counters.traps).toBe(0);
  });

  it('refuses to port popf automatically', () => {
    expect(portToXen(parse('nop\npopf r0'))).toMatchObject({ ok: false, line: 2 });
  });
});

describe('hardware-assisted', () => {
  it('runs privileged instructions natively in non-root ring 0', () => {
    const r = run('cli\nmov cr3, r1\nlidt r1\nmov r0, 0x202\npopf r0', 'hardware-assisted');
    expect(r.counters.exits).toBe(0);
    expect(r.state.interruptsEnabled).toBe(true);
    expect(r.trace.every((t) => t.layer === 'g1-kernel' && t.privilege?.mode === 'vmx-non-root')).toBe(true);
  });

  it('exits on cpuid, I/O and hlt', () => {
    const r = run('cpuid r0\nout 0x3f8, r0\nhlt', 'hardware-assisted');
    expect(r.counters.exits).toBe(3);
    expect(r.state.regs[0]).toBe(FILTERED_FEATURES);
    expect(eventsAt(r, 2)).toEqual([
      { layer: 'g1-kernel', action: 'vm-exit' },
      { layer: 'base', action: 'emulate' },
      { layer: 'mgmt-apps', action: 'emulate' },
      { layer: 'base', action: 'vm-entry' },
    ]);
  });

  it('exits on cpuid even from user mode, but not on a system call', () => {
    const r = run('sysret\ncpuid r0\nsyscall', 'hardware-assisted');
    expect(r.counters.exits).toBe(1);
    expect(eventsAt(r, 3)).toEqual([{ layer: 'g1-apps', action: 'syscall' }]);
  });

  it('turns vmcall into a VM exit to the hypervisor', () => {
    const r = run('mov r0, 33\nvmcall console_io, r0', 'hardware-assisted');
    expect(r.counters).toMatchObject({ exits: 1, hypercalls: 1 });
    expect(r.state.console).toBe('!');
  });
});

describe('KVM', () => {
  it('handles cpuid and hlt exits in the kvm module', () => {
    const r = run('cpuid r0\nhlt', 'kvm');
    expect(r.trace.filter((t) => t.action === 'emulate').map((t) => t.layer)).toEqual(['base', 'base']);
    expect(getArchitecture('kvm').layers.find((l) => l.id === 'base')?.kind).toBe('host-kernel');
  });

  it('sends device I/O on to the user-space VMM', () => {
    const r = run('out 0x3f8, r0', 'kvm');
    expect(eventsAt(r, 1)).toEqual([
      { layer: 'g1-kernel', action: 'vm-exit' },
      { layer: 'base', action: 'emulate' },
      { layer: 'g1-vmm', action: 'emulate' },
      { layer: 'base', action: 'vm-entry' },
    ]);
  });
});

describe('shared kernel', () => {
  it('refuses privileged instructions: there is no guest kernel', () => {
    const r = run('mov r0, 1\nmov cr3, r0', 'shared-kernel');
    expect(r.status).toBe('killed');
    expect(eventsAt(r, 2)).toEqual([
      { layer: 'c1-apps', action: 'fault' },
      { layer: 'base', action: 'trap' },
    ]);
  });

  it('sends system calls to the host kernel and carries on', () => {
    const r = run('syscall\nsyscall\nmov r0, 1', 'shared-kernel');
    expect(r.status).toBe('finished');
    expect(r.trace.filter((t) => t.layer === 'base').map((t) => t.action)).toEqual(['native', 'native']);
  });

  it('sees the host’s tables through sgdt and the host CPU through cpuid', () => {
    const r = run('sgdt r0\ncpuid r1', 'shared-kernel');
    expect(r.state.regs.slice(0, 2)).toEqual([REAL_GDTR, HOST_FEATURES]);
  });
});

describe('User-mode Linux', () => {
  it('intercepts a guest process’s system call with ptrace and serves it in the UML kernel', () => {
    const r = run('sysret\nsyscall\nmov r0, 2', 'user-mode-linux');
    expect(eventsAt(r, 2)).toEqual([
      { layer: 'g1-apps', action: 'syscall' },
      { layer: 'base', action: 'trap' },
      { layer: 'g1-kernel', action: 'emulate' },
    ]);
    expect(r.trace.find((t) => t.line === 2 && t.layer === 'base')?.why).toMatch(/ptrace/);
    expect(r.status).toBe('finished');
  });

  it('has the CPU refuse a privileged instruction in the UML kernel', () => {
    const r = run('lidt r0', 'user-mode-linux');
    expect(r).toMatchObject({ status: 'killed' });
    expect(eventsAt(r, 1)[0]).toEqual({ layer: 'g1-kernel', action: 'fault' });
  });
});

describe('limits and errors', () => {
  it.each(designIds)('ends an infinite loop at the step limit under %s', (id) => {
    const r = runProgram(parse('top: jmp top'), id, { maxSteps: 500 });
    expect(r.status).toBe('step-limit');
    expect(r.steps).toBe(500);
    expect(r.message).toMatch(/may loop forever/);
  });

  it('stops with a message at an address outside memory', () => {
    const r = run('mov r1, 99\nload r0, [r1]', 'bare-metal');
    expect(r).toMatchObject({ status: 'error', message: /Line 2: address 99 is outside memory/ });
  });

  it('pauses after a given number of instructions, for stepping', () => {
    const r = runProgram(parse('mov r0, 1\nmov r0, 2\nmov r0, 3'), 'bare-metal', { stopAfter: 2 });
    expect(r).toMatchObject({ status: 'paused', steps: 2 });
    expect(r.state.regs[0]).toBe(2);
  });
});

describe('costs', () => {
  it('every cost has a source and exits cost more than native instructions', () => {
    for (const entry of Object.values(costTable)) expect(entry.source.length).toBeGreaterThan(10);
    const loop = 'mov r0, 20\nl: out 0x3f8, r0\nsub r0, 1\njnz r0, l';
    const bare = run(loop, 'bare-metal').counters.cycles;
    const hw = run(loop, 'hardware-assisted').counters.cycles;
    expect(hw).toBeGreaterThan(bare * 10);
  });
});
