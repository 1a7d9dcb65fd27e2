import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import CompareTable from '../../src/diagram/CompareTable';

const row = (name: RegExp) => screen.getByRole('row', { name });
const cells = (r: HTMLElement) =>
  within(r)
    .getAllByRole('cell')
    .map((c) => c.querySelector('.cell-value')?.textContent);

describe('CompareTable memory and device rows', { timeout: 45_000 }, () => {
  it('shows what each design does for page tables and devices, from the model, and marks the difference', () => {
    render(<CompareTable archs={['paravirtualization', 'kvm']} />);
    // Columns follow the model's order: KVM, then paravirtualization.
    const memory = row(/^Guest memory \(page tables\)/);
    expect(within(memory).getByRole('rowheader')).toHaveTextContent('(differs)');
    expect(cells(memory)).toEqual([
      'Nested paging (EPT/NPT); also shadow page tables',
      'Direct paging, checked by the hypervisor',
    ]);
    expect(within(memory).getAllByRole('cell')[1]).toHaveTextContent(/mmu_update/);
    const devices = row(/^Guest devices \(I\/O\)/);
    expect(within(devices).getByRole('rowheader')).toHaveTextContent('(differs)');
    expect(cells(devices)).toEqual([
      'Emulated devices; also paravirtual devices (virtio), assigned devices (IOMMU)',
      'Split drivers',
    ]);
    expect(within(devices).getAllByRole('cell')[0]).toHaveTextContent(/vhost/);
  });

  it('does not mark a row as differing when both designs use the same technique', () => {
    render(<CompareTable archs={['hosted', 'full-virtualization']} />);
    const memory = row(/^Guest memory \(page tables\)/);
    expect(within(memory).getByRole('rowheader')).not.toHaveTextContent('(differs)');
    expect(cells(memory)).toEqual(['Shadow page tables', 'Shadow page tables']);
  });

  it('gives containers no second translation and no device model', () => {
    render(<CompareTable archs={['bare-metal', 'shared-kernel']} />);
    expect(cells(row(/^Guest memory/))).toEqual(["The kernel's own page tables", "The host kernel's page tables"]);
    expect(cells(row(/^Guest devices/))).toEqual(["The kernel's own drivers", "The host kernel's drivers"]);
  });
});
