import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import ComparePage from '../../src/diagram/ComparePage';

function Where() {
  const { search } = useLocation();
  return <output data-testid="search">{search}</output>;
}

function renderAt(search: string) {
  return render(
    <MemoryRouter initialEntries={[`/compare${search}`]}>
      <ComparePage />
      <Where />
    </MemoryRouter>,
  );
}

const section = () => screen.getByRole('region', { name: 'One operation, both designs' });
const side = (name: string) => within(section()).getByRole('region', { name });
const forward = () => within(section()).getByRole('button', { name: /Forward/ });

describe('one operation across two designs on /compare', { timeout: 45_000 }, () => {
  it('steps CLI through both designs with one control, and the address follows', async () => {
    const user = userEvent.setup();
    renderAt('?arch=full-virtualization&compare=hardware-assisted&op=cli');
    await waitFor(() => expect(forward()).toBeEnabled());
    await user.click(forward());
    expect(within(section()).getByText('Step 1 of 3')).toBeInTheDocument();
    // Screen readers hear where the operation is in both designs, not only the step number.
    expect(
      within(section()).getByText(
        /^Step 1 of 3\. Full virtualization: Windows kernel, trap.* Hardware-assisted: Windows kernel, /,
      ),
    ).toBeInTheDocument();
    expect(within(side('Full virtualization')).getByRole('listitem')).toHaveTextContent(/general-protection fault/);
    expect(within(side('Hardware-assisted')).getByRole('listitem')).toHaveTextContent(/non-root ring 0/);
    await user.click(forward());
    expect(screen.getByTestId('search')).toHaveTextContent('step=2');
    expect(within(side('Full virtualization')).getAllByRole('listitem')).toHaveLength(2);
    expect(within(side('Hardware-assisted')).getByText('Done after 1 step.')).toBeInTheDocument();
  });

  it('opens exactly the operation and step in the address, and says why a container has no path', async () => {
    renderAt('?arch=shared-kernel&compare=paravirtualization&op=cr3&step=2');
    expect(await within(section()).findByText('Step 2 of 3')).toBeInTheDocument();
    expect(within(section()).getByRole('button', { name: 'Switch page tables (MOV to CR3)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(
      within(side('Shared kernel')).getByText(/^No path: a container has no kernel of its own/),
    ).toBeInTheDocument();
    expect(within(side('Paravirtualization')).getByText(/mmuext_op/, { selector: 'code' })).toBeInTheDocument();
    const current = within(side('Paravirtualization'))
      .getAllByRole('listitem')
      .find((li) => li.getAttribute('aria-current') === 'step');
    expect(current).toHaveTextContent(/Xen validates the new page-table base/);
  });

  it('explains a bad operation and step, and follows CLI from the start', async () => {
    renderAt('?arch=kvm&compare=hosted&op=reboot&step=77');
    expect(await screen.findByText(/no operation called "reboot"/)).toBeInTheDocument();
    expect(screen.getByText(/Step "77" does not exist/)).toBeInTheDocument();
    expect(within(section()).getByRole('button', { name: 'Disable interrupts (CLI)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(section()).getByText(/Press Play or Forward to follow Disable interrupts/)).toBeInTheDocument();
  });

  it('changing the operation restarts both traces and keeps the designs', async () => {
    const user = userEvent.setup();
    renderAt('?arch=kvm&compare=hosted&op=cli&step=1');
    await waitFor(() => expect(forward()).toBeEnabled());
    await user.click(within(section()).getByRole('button', { name: 'Write a device port (OUT)' }));
    const search = screen.getByTestId('search');
    expect(search).toHaveTextContent('arch=kvm&compare=hosted&op=out');
    expect(search).not.toHaveTextContent('step=');
  });
});
