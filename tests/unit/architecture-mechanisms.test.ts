import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import bibliography from '../../content/bibliography';
import { architectures as modelArchitectures } from '../../src/model/architectures';
import { findLayer, guestKernelModified, requiresCpuSupport } from '../../src/model/stack';
import type { Architecture } from '../../src/model/types';

const architectures: readonly Architecture[] = modelArchitectures;
/** The keys in chapter 9's `references:` frontmatter list. */
const comparingReferences = (() => {
  const text = readFileSync(new URL('../../content/09-comparing.mdx', import.meta.url), 'utf8');
  const block = /^references:\n((?: {2}- .+\n)+)/m.exec(text)?.[1] ?? '';
  return block.split('\n').flatMap((line) => (line ? [line.replace(/^ {2}- /, '').trim()] : []));
})();

const splitDrivers = architectures.filter((a) => a.io.techniques.includes('split-drivers'));

describe('split drivers', () => {
  it('are the I/O technique of at least one design', () => {
    expect(splitDrivers.length).toBeGreaterThan(0);
  });

  it.each(splitDrivers.map((a) => [a.id, a] as const))(
    '%s puts their back-end in a management partition, whose kernel drives the devices',
    (_id, arch) => {
      const drivers = findLayer(arch, arch.drivers);
      const management = arch.columns.filter((c) => c.role === 'management').map((c) => c.id);
      expect(management.length).toBeGreaterThan(0);
      expect(drivers?.columns?.every((c) => management.includes(c))).toBe(true);
    },
  );
});

describe.each(architectures.map((a) => [a.id, a] as const))('memory and devices of %s', (_id, arch) => {
  const memory = arch.memory.techniques;
  const io = arch.io.techniques;
  const modified = guestKernelModified(arch);

  it('translates guest memory a second time exactly when there is a guest kernel that runs as a kernel', () => {
    const secondLevel = memory.some((t) => t === 'shadow' || t === 'nested' || t === 'direct');
    const hostProcessKernel = memory.includes('host-mappings');
    expect(secondLevel || hostProcessKernel).toBe(modified !== null);
    if (modified === null) {
      expect(memory.every((t) => t === 'native' || t === 'host-kernel')).toBe(true);
      expect(io.every((t) => t === 'native' || t === 'host-kernel')).toBe(true);
    }
  });

  it('uses nested paging only where it requires the CPU extensions, and by default wherever it does', () => {
    if (memory.includes('nested')) expect(requiresCpuSupport(arch)).toBe(true);
    if (requiresCpuSupport(arch)) expect(memory[0]).toBe('nested');
  });

  it('shadows only unmodified guests, and pages directly only with a ported one', () => {
    if (memory[0] === 'shadow') expect(modified).toBe(false);
    if (memory.includes('direct')) expect(modified).toBe(true);
  });

  it('runs a kernel that maps memory and does I/O with host system calls as an ordinary host process', () => {
    const asProcess = memory.includes('host-mappings') || io.includes('host-syscalls');
    const kernel = arch.layers.find((l) => l.kind === 'guest-kernel');
    if (asProcess) {
      expect(memory).toEqual(['host-mappings']);
      expect(io).toEqual(['host-syscalls']);
      expect(kernel?.privilege?.ring).toBe(3);
    }
  });

  it('lists each technique once, and cites sources the comparison chapter lists', () => {
    for (const m of [arch.memory, arch.io]) {
      expect(new Set(m.techniques).size).toBe(m.techniques.length);
      expect(m.how.length).toBeGreaterThan(40);
      for (const key of m.sources) {
        expect(bibliography.map((b) => b.key)).toContain(key);
        expect(comparingReferences, `chapter 9 lists ${key}`).toContain(key);
      }
    }
  });
});

describe('memory and devices across the designs', () => {
  it('includes every paging technique the course teaches, and both paravirtual I/O styles', () => {
    const memory = new Set(architectures.flatMap((a) => a.memory.techniques));
    for (const t of ['shadow', 'nested', 'direct'] as const) expect(memory).toContain(t);
    const io = new Set(architectures.flatMap((a) => a.io.techniques));
    for (const t of ['emulated', 'paravirtual', 'split-drivers', 'assigned'] as const) expect(io).toContain(t);
  });
});
