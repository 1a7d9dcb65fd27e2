import { describe, expect, it } from 'vitest';
import { designIds } from '../../src/model/machine/designs';
import { pathOptions, predictPath } from '../../src/model/machine/predict';

describe('predicting the path of one instruction, from the machine', () => {
  it('names the layer that handles it first and whether it traps, design by design', () => {
    const cases = [
      ['trap-and-emulate', 'cli', 'Hypervisor (VMkernel + VMM)', true],
      ['trap-and-emulate', 'popf r0', 'Windows kernel', false],
      ['binary-translation', 'cli', 'VMM (monitor)', false],
      ['hardware-assisted', 'cpuid r0', 'Hypervisor', true],
      ['kvm', 'out 0x3f8, r0', 'Linux kernel + kvm module', true],
      ['paravirtualization', 'hypercall sched_op', 'Xen hypervisor', true],
      ['shared-kernel', 'syscall', 'One shared Linux kernel', true],
      ['bare-metal', 'hlt', 'Operating system kernel', false],
    ] as const;
    for (const [design, instruction, layer, traps] of cases)
      expect(predictPath(design, instruction), `${instruction} under ${design}`).toMatchObject({
        layerLabel: layer,
        traps,
      });
  });

  it('explains the answer with the events of the same run, and the answer is among the choices', () => {
    const p = predictPath('kvm', 'out 0x3f8, r0')!;
    expect(p.explanation[0]).toMatch(/^Windows kernel: I\/O exiting is on/);
    expect(p.explanation.some((e) => e.startsWith('QEMU process: '))).toBe(true);
    for (const design of designIds)
      for (const instruction of ['cli', 'cpuid r0', 'syscall', 'mov r0, 1', 'hypercall sched_op']) {
        const answer = predictPath(design, instruction);
        expect(answer, `${instruction} under ${design}`).not.toBeNull();
        expect(pathOptions(design).map((o) => o.id)).toContain(answer!.layer);
      }
  });

  it('refuses anything but exactly one valid instruction', () => {
    expect(predictPath('kvm', 'frob r1')).toBeNull();
    expect(predictPath('kvm', 'cli\nsti')).toBeNull();
    expect(predictPath('kvm', '; only a comment')).toBeNull();
  });
});
