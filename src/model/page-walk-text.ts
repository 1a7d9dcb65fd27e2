import { MODE_LABELS, PAGE_SIZE_LABELS, TLB_LABELS, type Walk, type WalkSetup, type WalkStep } from './page-walk';

/** One line naming a setup, e.g. "Nested paging (EPT/NPT), 4-level tables, 4 KiB pages, TLB miss". */
export function describeSetup(setup: WalkSetup): string {
  return `${MODE_LABELS[setup.mode]}, ${setup.levels}-level tables, ${PAGE_SIZE_LABELS[setup.pageSize]}, ${TLB_LABELS[setup.tlb]}`;
}

function describeTlb(setup: WalkSetup, hit: boolean): string {
  if (hit) {
    const tag =
      setup.mode === 'native'
        ? ''
        : ' Its entry is tagged with this virtual CPU (VPID on Intel, ASID on AMD), so it survived the last switch to the hypervisor.';
    return `The TLB already holds this translation.${tag} No page-table reads are needed.`;
  }
  switch (setup.mode) {
    case 'native':
      return 'The TLB has no translation for this virtual address, so the MMU walks the page table that CR3 points to.';
    case 'shadow':
      return "The TLB misses. CR3 points to the hypervisor's shadow table, so the MMU walks the shadow, never the guest's own table.";
    case 'nested':
      return "The TLB misses. The guest's CR3 holds a guest-physical address, so even finding the guest's top table needs the host's table first.";
    default: {
      const never: never = setup.mode;
      return never;
    }
  }
}

function describeRead(step: Extract<WalkStep, { kind: 'read' }>): string {
  const n = `Reference ${step.order}:`;
  switch (step.table) {
    case 'native':
      return `${n} the ${step.name} entry.`;
    case 'shadow':
      return `${n} the shadow ${step.name} entry. The hypervisor filled it in earlier from the guest's entry, with the host-physical address already in place.`;
    case 'host':
      return `${n} the host ${step.name} entry, translating the ${step.translating} from guest-physical to host-physical.`;
    case 'guest':
      return `${n} the guest's own ${step.name} entry, now at a known host-physical address. It holds the guest-physical address of ${step.yields ?? 'the next table'}.`;
    default: {
      const never: never = step.table;
      return never;
    }
  }
}

/** What happens at one step of the access, in a sentence or two. */
export function describeStep(walk: Walk, step: WalkStep): string {
  switch (step.kind) {
    case 'tlb':
      return describeTlb(walk.setup, step.hit);
    case 'read':
      return describeRead(step);
    case 'data': {
      if (walk.references === 0) return 'The access goes straight to memory: 0 page-table reads.';
      const reads = walk.references === 1 ? '1 page-table read' : `${walk.references} page-table reads`;
      return `The MMU has the host-physical address. It caches the translation in the TLB and performs the access, after ${reads}.`;
    }
    default: {
      const never: never = step;
      return never;
    }
  }
}
