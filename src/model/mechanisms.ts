import type { IoTechnique, Mechanism, MemoryTechnique } from './types';

/** What a learner reads for each way of giving guests memory (comparison table, text twins). */
export const memoryTechniqueLabels: Readonly<Record<MemoryTechnique, string>> = {
  native: "The kernel's own page tables",
  'host-kernel': "The host kernel's page tables",
  'host-mappings': 'Host mappings (mmap)',
  shadow: 'Shadow page tables',
  nested: 'Nested paging (EPT/NPT)',
  direct: 'Direct paging, checked by the hypervisor',
};

/** What a learner reads for each way of giving guests devices. */
export const ioTechniqueLabels: Readonly<Record<IoTechnique, string>> = {
  native: "The kernel's own drivers",
  'host-kernel': "The host kernel's drivers",
  'host-syscalls': 'Host system calls',
  emulated: 'Emulated devices',
  paravirtual: 'Paravirtual devices (virtio)',
  'split-drivers': 'Split drivers',
  assigned: 'Assigned devices (IOMMU)',
};

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** "Nested paging (EPT/NPT); also shadow page tables": the defining technique first, then the others. */
export function mechanismSummary<T extends string>(m: Mechanism<T>, labels: Readonly<Record<T, string>>): string {
  const [first, ...rest] = m.techniques;
  const head = labels[first];
  return rest.length === 0 ? head : `${head}; also ${rest.map((t) => lower(labels[t])).join(', ')}`;
}
