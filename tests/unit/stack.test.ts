import { describe, expect, it } from 'vitest';
import { architectures, getArchitecture } from '../../src/model/architectures';
import {
  GUEST_RING0,
  GUEST_RING3,
  RING0,
  RING1,
  RING3,
  ROOT_RING0,
  ROOT_RING3,
  privilegeKey,
  privilegeLabel,
  privilegeRank,
  samePrivilege,
} from '../../src/model/privilege';
import { clampTraceStep, columnStack, describeStack, describeStep, findLayer, stepLayer } from '../../src/model/stack';

describe('privilege', () => {
  it('ranks root over non-root, lower rings over higher ones, and everything over the hardware', () => {
    const mostToLeast = [ROOT_RING0, ROOT_RING3, GUEST_RING0, GUEST_RING3, null];
    const ranks = mostToLeast.map(privilegeRank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(new Set(ranks).size).toBe(ranks.length);
    expect(privilegeRank(RING0)).toBeGreaterThan(privilegeRank(RING1));
    expect(privilegeRank(RING1)).toBeGreaterThan(privilegeRank(RING3));
    expect(privilegeRank(RING3)).toBeGreaterThan(privilegeRank(GUEST_RING0));
  });

  it.each([
    [null, 'hardware', 'hw'],
    [RING0, 'ring 0', 'r0'],
    [RING1, 'ring 1', 'r1'],
    [RING3, 'ring 3', 'r3'],
    [ROOT_RING0, 'root mode, ring 0', 'root-r0'],
    [ROOT_RING3, 'root mode, ring 3', 'root-r3'],
    [GUEST_RING0, 'non-root mode, ring 0', 'guest-r0'],
    [GUEST_RING3, 'non-root mode, ring 3', 'guest-r3'],
  ])('labels %o as "%s" (key %s)', (privilege, label, key) => {
    expect(privilegeLabel(privilege)).toBe(label);
    expect(privilegeKey(privilege)).toBe(key);
  });

  it('compares privileges by ring and mode', () => {
    expect(samePrivilege(RING0, { ring: 0, mode: 'legacy' })).toBe(true);
    expect(samePrivilege(RING0, ROOT_RING0)).toBe(false);
    expect(samePrivilege(RING0, RING1)).toBe(false);
    expect(samePrivilege(null, null)).toBe(true);
    expect(samePrivilege(null, RING0)).toBe(false);
  });
});

describe('columnStack', () => {
  it('lists a column from the hardware up, including layers shared with other columns', () => {
    expect(columnStack(getArchitecture('hosted'), 'g1').map((l) => l.id)).toEqual([
      'hardware',
      'base',
      'vmm',
      'g1-kernel',
      'g1-apps',
    ]);
    expect(columnStack(getArchitecture('kvm'), 'g2').map((l) => l.id)).toEqual([
      'hardware',
      'base',
      'g2-vmm',
      'g2-kernel',
      'g2-apps',
    ]);
    expect(columnStack(getArchitecture('shared-kernel'), 'c2').map((l) => l.id)).toEqual([
      'hardware',
      'base',
      'c2-userland',
      'c2-apps',
    ]);
  });

  it("leaves out other columns' layers", () => {
    const ids = columnStack(getArchitecture('hosted'), 'host').map((l) => l.id);
    expect(ids).toEqual(['hardware', 'base', 'host-apps']);
  });
});

describe('clampTraceStep', () => {
  const arch = getArchitecture('kvm');
  const last = arch.path.steps.length - 1;

  it.each([
    [0, 0],
    [last, last],
    [last + 1, last],
    [1000, last],
    [null, null],
    [-1, null],
    [-7, null],
    [1.5, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
  ])('clamps %s to %s', (requested, expected) => {
    expect(clampTraceStep(arch, requested)).toBe(expected);
  });
});

describe('describeStack (the text twin of a diagram)', () => {
  it.each(architectures.map((a) => [a.id, a] as const))('gives %s one line per layer, bottom up', (_id, arch) => {
    const lines = describeStack(arch);
    expect(lines).toHaveLength(arch.layers.length);
    expect(lines[0]).toBe('Hardware: hardware.');
    for (const layer of arch.layers) {
      const line = lines.find(
        (l) => l.startsWith(`${layer.label}`) && l.includes(`: ${privilegeLabel(layer.privilege)}`),
      );
      expect(line, `no line for ${layer.id}`).toBeDefined();
    }
  });

  it('names the column a layer belongs to and whether a kernel was modified', () => {
    const hosted = describeStack(getArchitecture('hosted'));
    expect(hosted).toContain('Guest kernel (Windows, Linux…) (Guest, in the VMM world): ring 1, unmodified.');
    expect(hosted).toContain('VMM (monitor) (Guest, in the VMM world): ring 0.');
    expect(hosted).toContain('VM application (UI, host I/O) (VM application): ring 3.');
    expect(hosted).toContain('Host OS kernel + VMM driver: ring 0.');
    const pv = describeStack(getArchitecture('paravirtualization'));
    expect(pv).toContain('Linux kernel (ported to Xen) (Linux guest (domU)): ring 1, modified.');
    const kvm = describeStack(getArchitecture('kvm'));
    expect(kvm).toContain('Linux kernel + kvm module: root mode, ring 0.');
  });
});

describe('describeStep', () => {
  it('describes the plain stack before the trace starts', () => {
    expect(describeStep(getArchitecture('kvm'), null)).toBe('KVM: the stack before the trace starts.');
  });

  it('reads a step as position, layer, privilege, action and caption', () => {
    const arch = getArchitecture('bare-metal');
    expect(describeStep(arch, 0)).toBe(
      'Step 1 of 3: Applications, ring 3, system call. An application makes a system call. The CPU switches from ring 3 to ring 0 and enters the kernel.',
    );
  });

  it.each(architectures.map((a) => [a.id, a] as const))('describes every step of %s', (_id, arch) => {
    arch.path.steps.forEach((step, i) => {
      const text = describeStep(arch, i);
      expect(text).toMatch(new RegExp(`^Step ${i + 1} of ${arch.path.steps.length}: `));
      expect(text).toContain(stepLayer(arch, step).label);
      expect(text).toContain(privilegeLabel(step.privilege));
      expect(text.endsWith(step.caption)).toBe(true);
    });
  });

  it('refuses a step that names a layer the design lacks', () => {
    const arch = getArchitecture('bare-metal');
    expect(findLayer(arch, 'vmm')).toBeUndefined();
    expect(() => stepLayer(arch, { layer: 'vmm', action: 'trap', privilege: RING0, caption: '' })).toThrow(
      'Step names layer "vmm", which bare-metal does not have',
    );
  });
});
