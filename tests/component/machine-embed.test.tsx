import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import MachineEmbed from '../../src/machine/MachineEmbed';

const program = "mov r0, 'K'\ncpuid r1\nout 0x3f8, r0\nhlt";

async function editable() {
  const box = screen.getByRole('textbox', { name: 'Guest program' });
  await waitFor(() => expect(box).not.toHaveAttribute('readonly'));
  return box;
}

describe('<Machine> in a lesson', { timeout: 30_000 }, () => {
  it('shows the prepared program under its design, and runs it on the card', async () => {
    const user = userEvent.setup();
    render(<MachineEmbed title="VM exits under KVM" design="kvm" program={`\n${program}\n`} />);
    const card = screen.getByRole('region', { name: 'VM exits under KVM' });
    expect(await editable()).toHaveValue(program);
    expect(within(card).getByRole('combobox', { name: 'Design' })).toHaveValue('kvm');
    expect(within(card).queryByRole('table', { name: /Trace/ })).toBeNull();

    await user.click(within(card).getByRole('button', { name: 'Run' }));
    const rows = within(within(card).getByRole('table', { name: /Trace/ })).getAllByRole('row');
    expect(rows.find((r) => /out 0x3f8, r0.*QEMU process/.test(r.textContent ?? ''))).toBeDefined();
    const counters = within(card).getByLabelText('Counters');
    expect(within(counters).getByText('VM exits').nextElementSibling).toHaveTextContent('3');
    expect(within(card).getByText('Halted.')).toBeInTheDocument();
  });

  it('links to the sandbox at the same program and design, including the learner’s edits once run', async () => {
    const user = userEvent.setup();
    render(<MachineEmbed design="paravirtualization" program="hypercall sched_op" />);
    const link = () =>
      new URL(screen.getByRole('link', { name: 'Open in the sandbox' }).getAttribute('href')!, 'http://x');
    expect(link().pathname).toMatch(/^\/machine\/?$/);
    expect(link().searchParams.get('design')).toBe('paravirtualization');
    expect(link().searchParams.get('program')).toBe('hypercall sched_op');

    const box = await editable();
    await user.clear(box);
    await user.type(box, 'cli');
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(screen.getByText('Guest crashed.')).toBeInTheDocument();
    expect(link().searchParams.get('program')).toBe('cli');
  });

  it('falls back to bare metal for a design it does not know, instead of breaking the chapter', async () => {
    render(<MachineEmbed design="vmware" program="cli" />);
    await editable();
    expect(screen.getByRole('combobox', { name: 'Design' })).toHaveValue('bare-metal');
    expect(screen.getByRole('region', { name: 'Try it on the machine' })).toBeInTheDocument();
  });
});
