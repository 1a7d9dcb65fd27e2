import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import PacketPath from '../../src/explorers/PacketPath';
import { ioPath } from '../../src/model/io-paths';

function Where() {
  const { search } = useLocation();
  return <output data-testid="search">{search}</output>;
}

function renderAt(search = '') {
  return render(
    <MemoryRouter initialEntries={[`/io-virtualization${search}`]}>
      <PacketPath />
      <Where />
    </MemoryRouter>,
  );
}

/** The buttons work once the explorer has hydrated (they are disabled in the prerendered HTML). */
async function ready() {
  await waitFor(() => expect(screen.getByRole('button', { name: /Forward/ })).toBeEnabled());
}

const count = (name: string) => {
  const counts = screen.getByLabelText(/Running count/);
  const term = within(counts).getByText(name);
  return term.nextElementSibling?.textContent;
};

describe('PacketPath', { timeout: 45_000 }, () => {
  it('steps the emulated NIC forward and back, counting the exit of the register write', async () => {
    const user = userEvent.setup();
    renderAt();
    await ready();
    expect(screen.getByText(/Press Play or Forward to send the packet/)).toBeInTheDocument();
    const forward = screen.getByRole('button', { name: /Forward/ });
    await user.click(forward);
    expect(count('VM exits')).toBe('0');
    await user.click(forward);
    expect(screen.getByText(`Hop 2 of ${ioPath('emulated', 'injected').length}`)).toBeInTheDocument();
    expect(count('VM exits')).toBe('1');
    expect(screen.getByTestId('search')).toHaveTextContent('hop=2');
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(count('VM exits')).toBe('0');
  });

  it('opens the state named in the address, and reports the whole trip at the last hop', async () => {
    const hops = ioPath('vhost', 'posted').length;
    renderAt(`?io=vhost&irq=posted&batch=32&hop=${hops}`);
    expect(await screen.findByText(`Hop ${hops} of ${hops}`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'virtio-net with vhost-net' })).toHaveAttribute('aria-pressed', 'true');
    expect(count('VM exits')).toBe('1');
    expect(count('Copies')).toBe('32');
    expect(screen.getByText(/Per packet: 0.03 exits, 1 copies, 0.03 context switches/)).toBeInTheDocument();
  });

  it('explains a bad address and falls back to the default view', async () => {
    renderAt('?io=token-ring&hop=99');
    expect(await screen.findByText(/no I\/O design called "token-ring"/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Emulated NIC (e1000 model in QEMU)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByText(/Press Play or Forward/)).toBeInTheDocument();
  });

  it('switching design restarts the walk and updates the address; the compare row marks it', async () => {
    const user = userEvent.setup();
    renderAt('?io=emulated&hop=3');
    await ready();
    await user.click(screen.getByRole('button', { name: 'SR-IOV virtual function (assigned)' }));
    expect(screen.getByTestId('search')).toHaveTextContent('io=sriov');
    expect(screen.getByTestId('search')).not.toHaveTextContent('hop=');
    const table = screen.getByRole('table');
    const row = within(table).getByRole('row', { name: /^SR-IOV virtual function \(assigned\),\s*shown above/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['2', '0', '0']);
  });

  it('receives a packet: the direction choice switches to the receive path, its counts and the address', async () => {
    const user = userEvent.setup();
    renderAt('?io=sriov&irq=posted&batch=8');
    await ready();
    await user.click(screen.getByRole('button', { name: 'Receive' }));
    expect(screen.getByRole('button', { name: 'Receive' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByTestId('search')).toHaveTextContent('dir=rx');
    expect(screen.getByText('Press Play or Forward to receive the packet.')).toBeInTheDocument();
    const forward = screen.getByRole('button', { name: /Forward/ });
    await user.click(forward);
    await user.click(forward);
    const total = ioPath('sriov', 'posted', 'rx').length;
    expect(screen.getByText(`Hop 2 of ${total}`)).toBeInTheDocument();
    expect(screen.getByText(/Receive · Network card/).closest('p')).toHaveTextContent(
      /The VF writes the frame by DMA into a buffer the guest posted/,
    );
    const table = screen.getByRole('table', { name: /Per packet received, for a batch of 8 with posted/ });
    const row = within(table).getByRole('row', { name: /^SR-IOV virtual function/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['0', '0', '0']);
  });

  it('opens a receive state from the address and counts the emulated NIC receive exits', async () => {
    const total = ioPath('emulated', 'injected', 'rx').length;
    renderAt(`?io=emulated&dir=rx&irq=injected&batch=1&hop=${total}`);
    expect(await screen.findByText(`Hop ${total} of ${total}`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Receive' })).toHaveAttribute('aria-pressed', 'true');
    expect(count('VM exits')).toBe('5');
    expect(count('Copies')).toBe('2');
    const twin = screen.getByText(/receiving one packet\. The path, hop by hop/).parentElement;
    expect(within(twin as HTMLElement).getAllByRole('listitem')).toHaveLength(total);
  });

  it('explains a bad direction and shows the send path', async () => {
    renderAt('?io=vhost&dir=sideways');
    expect(await screen.findByText(/Direction "sideways" is unknown/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('Press Play or Forward to send the packet.')).toBeInTheDocument();
  });

  it('gives screen readers every hop as text, with its cost', async () => {
    renderAt('?io=emulated');
    await ready();
    const twin = screen.getByText(/The path, hop by hop/).parentElement;
    const items = within(twin as HTMLElement).getAllByRole('listitem');
    expect(items).toHaveLength(ioPath('emulated', 'injected').length);
    expect(items[1]).toHaveTextContent(/transmit tail register.*1 VM exit/);
  });

  it('operates by keyboard', async () => {
    const user = userEvent.setup();
    renderAt('?io=virtio');
    await ready();
    screen.getByRole('button', { name: /Forward/ }).focus();
    await user.keyboard('{Enter}{Enter}');
    expect(screen.getByText(/Hop 2 of/)).toBeInTheDocument();
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: /Back/ })).toHaveFocus();
    await user.keyboard(' ');
    expect(screen.getByText(/Hop 1 of/)).toBeInTheDocument();
  });
});
