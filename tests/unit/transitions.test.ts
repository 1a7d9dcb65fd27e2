import { describe, expect, it } from 'vitest';
import { architectures, getArchitecture } from '../../src/model/architectures';
import { privilegeRank } from '../../src/model/privilege';
import { findLayer } from '../../src/model/stack';
import {
  describeMove,
  describeTransition,
  stepTransition,
  transitionLabel,
  visitedLayers,
} from '../../src/model/transitions';

/** The arrow labels of a design's trace, step by step ('' where no arrow is drawn). */
function arrows(id: Parameters<typeof getArchitecture>[0]): string[] {
  const arch = getArchitecture(id);
  return arch.path.steps.map((_, i) => {
    const t = stepTransition(arch, i);
    return t ? transitionLabel(t.kind) : '';
  });
}

describe('trace transitions', () => {
  it('name each move the way the chapters do', () => {
    expect(arrows('bare-metal')).toEqual(['', 'System call', 'Executes']);
    expect(arrows('user-mode-linux')).toEqual(['', 'System call', 'Trap', 'System call', 'Return']);
    expect(arrows('paravirtualization')).toEqual(['', 'System call', 'Hypercall', 'Return']);
    expect(arrows('full-virtualization')).toEqual(['', 'Call', 'Return']);
    expect(arrows('hosted')).toEqual(['', 'System call', 'Call', 'Return', 'System call', 'Return']);
    // KVM_RUN returns to QEMU and QEMU calls it again; the I/O thread's work is not a move of control.
    expect(arrows('kvm')).toEqual(['', 'VM exit', 'Return', 'System call', 'VM entry', '', 'Virtual interrupt']);
    expect(arrows('hardware-assisted')).toEqual(['', 'VM exit', 'VM entry', 'VM exit', '', 'Virtual interrupt']);
    // A step that stays in its layer draws no arrow.
    expect(arrows('shared-kernel')).toEqual(['', 'System call', '', 'Return']);
  });

  it('agree with the privilege levels they connect, and name the boundary when they cross one', () => {
    for (const arch of architectures)
      arch.path.steps.forEach((step, i) => {
        const t = stepTransition(arch, i);
        if (!t) return;
        const before = arch.path.steps[i - 1];
        const at = `${arch.id} step ${i + 1}`;
        expect(findLayer(arch, t.from), at).toBeDefined();
        expect(t.to, at).toBe(step.layer);
        const up = privilegeRank(step.privilege) - privilegeRank(before?.privilege ?? null);
        // (A trap can lead down: UML's host kernel traps a guest's system call and hands it to the UML kernel.)
        if (['syscall', 'hypercall', 'vm-exit', 'call'].includes(t.kind)) expect(up, at).toBeGreaterThan(0);
        if (t.kind === 'return' || t.kind === 'vm-entry') expect(up, at).toBeLessThan(0);
        if (t.kind === 'vm-exit') expect(step.privilege?.mode, at).toBe('vmx-root');
        if (t.kind === 'vm-entry') expect(step.privilege?.mode, at).toBe('vmx-non-root');
        expect(t.crosses === null, at).toBe(up === 0 || step.privilege === null);
      });
  });

  it('say in words what the arrow shows', () => {
    const pv = getArchitecture('paravirtualization');
    expect(describeMove(pv, 0)).toBe('');
    expect(describeMove(pv, 2)).toBe('Hypercall from Linux kernel (ported to Xen) · ring 1 → ring 0');
    const hypercall = stepTransition(pv, 2);
    expect(hypercall && describeTransition(pv, hypercall)).toBe(
      'Hypercall: Linux kernel (ported to Xen) → Xen hypervisor, crossing from ring 1 to ring 0.',
    );
    expect(describeMove(getArchitecture('bare-metal'), 2)).toBe('Executes on the hardware');
    expect(describeMove(getArchitecture('shared-kernel'), 2)).toBe('');
    expect(describeMove(getArchitecture('kvm'), 5)).toMatch(/^Meanwhile/);
  });

  it('leave a trail of the layers already visited, without the current one', () => {
    const kvm = getArchitecture('kvm');
    expect(visitedLayers(kvm, null)).toEqual([]);
    expect(visitedLayers(kvm, 0)).toEqual([]);
    expect(visitedLayers(kvm, 2)).toEqual(['g1-kernel', 'base']);
    expect(visitedLayers(kvm, 4)).toEqual(['base', 'g1-vmm']);
  });
});
