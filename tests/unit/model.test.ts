import { describe, expect, it } from 'vitest';
import { architectures as modelArchitectures, getArchitecture, isArchitectureId } from '../../src/model/architectures';
import { GUEST_RING0, RING0, RING1, RING3 } from '../../src/model/privilege';
import { privilegeRank } from '../../src/model/privilege';
import { findProduct, products, productsOf } from '../../src/model/products';
import {
  columnStack,
  findLayer,
  guestKernelModified,
  maxLevel,
  mostPrivileged,
  placeLayers,
  requiresCpuSupport,
  traitKeys,
} from '../../src/model/stack';
import type { Architecture } from '../../src/model/types';

/** Widened to the declared type, so every layer has the optional fields. */
const architectures: readonly Architecture[] = modelArchitectures;
const byId = (id: Architecture['id']) => getArchitecture(id);
const guestKernels = (arch: Architecture) => arch.layers.filter((l) => l.kind === 'guest-kernel');

describe.each(architectures.map((a) => [a.id, a] as const))('architecture %s', (_id, arch) => {
  it('stands on exactly one hardware layer at level 0, below every column', () => {
    const hardware = arch.layers.filter((l) => l.kind === 'hardware');
    expect(hardware).toHaveLength(1);
    expect(hardware[0]).toMatchObject({ level: 0, privilege: null });
    expect(hardware[0]?.columns).toBeUndefined();
    expect(arch.layers.filter((l) => l.level === 0)).toEqual(hardware);
    for (const column of arch.columns) expect(columnStack(arch, column.id)[0]?.kind).toBe('hardware');
  });

  it('gives the most privileged mode to the base at level 1, under every column (and a hosted monitor, in its own world)', () => {
    const [base, ...others] = mostPrivileged(arch);
    expect(base?.id).toBe('base');
    expect(base?.level).toBe(1);
    expect(base?.columns, 'spans every column').toBeUndefined();
    expect(base?.privilege?.ring).toBe(0);
    expect(base?.privilege?.mode).not.toBe('vmx-non-root');
    for (const other of others) expect([arch.family, other.kind], other.id).toEqual(['hosted', 'vmm']);
  });

  it('names the layer that drives the real devices', () => {
    expect(findLayer(arch, arch.drivers)?.kind).toMatch(/^(host-kernel|hypervisor|management-os)$/);
  });

  it('rates isolation by one yardstick, the size of what must be trusted, and never high over a general-purpose kernel', () => {
    expect(arch.traits.isolation.why).toMatch(/^What must be trusted: /);
    if (arch.layers.some((l) => l.kind === 'host-kernel')) expect(arch.traits.isolation.level).not.toBe('high');
  });

  it('draws a Xen dom0 in non-root mode only when it is labelled PVH', () => {
    for (const layer of arch.layers)
      if (layer.privilege?.mode === 'vmx-non-root' && /dom0/i.test(layer.label)) expect(layer.label).toMatch(/PVH/);
  });

  it('ends a trace whose device work is asynchronous with a virtual interrupt, after the guest was re-entered', () => {
    const actions = arch.path.steps.map((s) => s.action);
    const deviceModel = arch.path.steps.some(
      (s) =>
        s.action === 'emulate' &&
        s.privilege?.mode !== 'legacy' &&
        s.privilege?.ring === 3 &&
        ['vmm', 'guest-app'].includes(findLayer(arch, s.layer)?.kind ?? ''),
    );
    if (deviceModel) {
      expect(actions.at(-1)).toBe('interrupt');
      expect(actions.indexOf('vm-entry')).toBeGreaterThan(-1);
      expect(actions.indexOf('vm-entry')).toBeLessThan(actions.length - 2);
      expect(findLayer(arch, arch.path.steps.at(-1)?.layer ?? '')?.kind).toBe('guest-kernel');
    } else expect(actions).not.toContain('interrupt');
  });

  it('has unique layer ids and unique column ids', () => {
    const layerIds = arch.layers.map((l) => l.id);
    expect(new Set(layerIds).size).toBe(layerIds.length);
    const columnIds = arch.columns.map((c) => c.id);
    expect(new Set(columnIds).size).toBe(columnIds.length);
  });

  it('puts every layer under existing, side-by-side columns', () => {
    const index = new Map(arch.columns.map((c, i) => [c.id, i]));
    for (const layer of arch.layers) {
      if (layer.columns === undefined) continue;
      const positions = layer.columns.map((c) => index.get(c));
      expect(positions, `${layer.id} names a missing column`).not.toContain(undefined);
      const sorted = (positions as number[]).slice().sort((a, b) => a - b);
      expect(new Set(sorted).size, `${layer.id} lists a column twice`).toBe(sorted.length);
      expect(sorted.at(-1)! - sorted[0]! + 1, `${layer.id} skips a column`).toBe(sorted.length);
    }
  });

  it('gives every column a layer of its own, stacked without gaps from the hardware up', () => {
    for (const column of arch.columns) {
      expect(arch.layers.some((l) => l.columns?.includes(column.id))).toBe(true);
      const levels = columnStack(arch, column.id).map((l) => l.level);
      expect(levels).toEqual(levels.map((_, i) => i));
    }
  });

  it('never places two layers in the same grid cell', () => {
    const taken = new Map<string, string>();
    for (const { layer, row, colStart, colEnd } of placeLayers(arch)) {
      expect(row).toBeGreaterThanOrEqual(1);
      expect(row).toBeLessThanOrEqual(maxLevel(arch) + 1);
      expect(colStart).toBeGreaterThanOrEqual(1);
      expect(colEnd).toBeLessThanOrEqual(arch.columns.length + 1);
      for (let col = colStart; col < colEnd; col++) {
        const cell = `${row}:${col}`;
        expect(taken.get(cell), `${layer.id} overlaps ${taken.get(cell)} at row ${row}, column ${col}`).toBeUndefined();
        taken.set(cell, layer.id);
      }
    }
    const hardware = placeLayers(arch).find((p) => p.layer.kind === 'hardware');
    expect(hardware).toMatchObject({ row: maxLevel(arch) + 1, colStart: 1, colEnd: arch.columns.length + 1 });
  });

  it('traces its instruction path through layers it has', () => {
    expect(arch.path.steps.length).toBeGreaterThan(0);
    for (const step of arch.path.steps) expect(findLayer(arch, step.layer), step.layer).toBeDefined();
  });

  it('says of every guest kernel whether it is modified', () => {
    for (const kernel of guestKernels(arch)) expect(typeof kernel.modified, kernel.id).toBe('boolean');
  });

  it('rates every trait with a reason', () => {
    for (const key of traitKeys) expect(arch.traits[key].why.trim()).not.toBe('');
  });
});

describe('facts derived from the layers', () => {
  it('gives the compare table the same "guest kernel modified?" and "needs CPU support?" answers as before', () => {
    const facts = Object.fromEntries(architectures.map((a) => [a.id, [guestKernelModified(a), requiresCpuSupport(a)]]));
    expect(facts).toEqual({
      'bare-metal': [null, false],
      hosted: [false, false],
      'shared-kernel': [null, false],
      'user-mode-linux': [true, false],
      kvm: [false, true],
      paravirtualization: [true, false],
      'full-virtualization': [false, false],
      'hardware-assisted': [false, true],
    });
  });
});

describe('designs compared', () => {
  it('gives shared-kernel (OS-level) guests no kernel of their own', () => {
    const osLevel = architectures.filter((a) => a.family === 'os-level');
    expect(osLevel.map((a) => a.id)).toContain('shared-kernel');
    for (const arch of osLevel) {
      expect(guestKernels(arch)).toEqual([]);
      expect(guestKernelModified(arch)).toBeNull();
      expect(arch.layers.filter((l) => l.privilege?.ring === 0).map((l) => l.id)).toEqual(['base']);
    }
  });

  it('ports every paravirtualized guest kernel', () => {
    const arch = byId('paravirtualization');
    expect(guestKernels(arch).length).toBeGreaterThan(0);
    for (const kernel of guestKernels(arch)) expect(kernel.modified, kernel.id).toBe(true);
    expect(guestKernelModified(arch)).toBe(true);
  });

  it.each(['hardware-assisted', 'kvm'] as const)('runs %s guest kernels unmodified in non-root ring 0', (id) => {
    const arch = byId(id);
    expect(guestKernels(arch).length).toBeGreaterThan(0);
    for (const kernel of guestKernels(arch)) {
      expect(kernel.privilege, kernel.id).toEqual(GUEST_RING0);
      expect(kernel.modified, kernel.id).toBe(false);
    }
    expect(requiresCpuSupport(arch)).toBe(true);
  });

  it.each(['hosted', 'full-virtualization'] as const)('runs %s guest kernels (translated) in legacy ring 1', (id) => {
    const arch = byId(id);
    expect(guestKernels(arch).length).toBeGreaterThan(0);
    for (const kernel of guestKernels(arch)) expect(kernel.privilege, kernel.id).toEqual(RING1);
    expect(requiresCpuSupport(arch)).toBe(false);
  });

  it('runs hosted guest code under a ring 0 monitor, and leaves the ring 3 application no guest code to run', () => {
    const arch = byId('hosted');
    const guestSteps = arch.path.steps.filter((s) => ['translate', 'emulate'].includes(s.action));
    const monitor = arch.layers.filter((l) => l.kind === 'vmm');
    expect(monitor.map((l) => l.privilege)).toEqual([RING0]);
    expect(guestSteps.find((s) => s.action === 'translate')?.privilege).toEqual(RING1);
    const app = findLayer(arch, 'vmapp');
    expect(app).toMatchObject({ kind: 'host-process', privilege: RING3 });
    expect(app?.detail).toMatch(/translates and runs no guest code/);
    expect(arch.layers.filter((l) => l.alsoRuns !== undefined)).toEqual([]);
    expect(arch.columns.filter((c) => c.role === 'guest')).toHaveLength(1);
  });

  it('keeps ESX device drivers in the VMkernel, not in the service console', () => {
    const arch = byId('full-virtualization');
    expect(findLayer(arch, arch.drivers)?.kind).toBe('hypervisor');
    expect(findLayer(arch, 'mgmt-kernel')?.detail).toMatch(/did not drive/);
    expect(byId('paravirtualization').drivers).toBe('mgmt-kernel');
  });

  it('lets only the hypervisor outrank the management OS in hardware-assisted designs', () => {
    const arch = byId('hardware-assisted');
    const rank = (id: string) => privilegeRank(findLayer(arch, id)?.privilege ?? null);
    expect(rank('base')).toBeGreaterThan(rank('mgmt-kernel'));
    expect(rank('mgmt-kernel')).toBe(rank('g1-kernel'));
  });

  it('knows its architecture ids and nothing else', () => {
    const ids = architectures.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(isArchitectureId(id)).toBe(true);
    for (const junk of ['', 'KVM', 'xen', 'constructor', 42, null]) expect(isArchitectureId(junk)).toBe(false);
    expect(() => getArchitecture('nope' as Architecture['id'])).toThrow(/nope/);
  });
});

describe('products', () => {
  it('have unique ids', () => {
    const ids = products.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(products.map((p) => [p.id, p] as const))('files %s under exactly one existing design', (_id, product) => {
    expect(isArchitectureId(product.architecture)).toBe(true);
    const owners = architectures.filter((a) => productsOf(a.id).some((p) => p.id === product.id));
    expect(owners.map((a) => a.id)).toEqual([product.architecture]);
    expect(findProduct(product.id)).toBe(product);
  });

  it('do not invent products', () => {
    expect(findProduct('parallels')).toBeUndefined();
  });
});
