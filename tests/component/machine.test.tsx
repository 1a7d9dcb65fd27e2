import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import MachinePage from '../../src/machine/MachinePage';
import { LEVEL_PROGRESS_KEY } from '../../src/model/machine/level-progress';

function Address() {
  const { search } = useLocation();
  return <p data-testid="address">{search}</p>;
}

/** Rendered in an awaited act: the diagram waits in a WhenNear island, and its promise must settle. */
async function renderAt(url: string) {
  await act(async () => {
    render(
      <MemoryRouter initialEntries={[url]}>
        <MachinePage />
        <Address />
      </MemoryRouter>,
    );
  });
}

/** The editor once the page is interactive and its diagram has loaded for the linked design. */
async function editor() {
  const box = screen.getByRole('textbox', { name: 'Guest program' });
  await waitFor(() => expect(box).not.toHaveAttribute('readonly'));
  const design = screen.getByRole('combobox', { name: 'Design' });
  const name = design.querySelector('option:checked')?.textContent ?? '';
  await screen.findByRole('figure', { name: /^Diagram:/ });
  await waitFor(() => expect(document.querySelector('.machine-stack .diagram-title')).toHaveTextContent(name));
  return box;
}

// Typing and rendering long traces in jsdom is slow on a shared machine; no assertion is about time.
describe('the machine page', { timeout: 30_000 }, () => {
  it('runs a linked program under the linked design and shows who handled each instruction', async () => {
    const user = userEvent.setup();
    await renderAt(`/machine?design=trap-and-emulate&program=${encodeURIComponent('cli\nmov r0, 0x202\npopf r0')}`);
    await editor();
    expect(screen.getByRole('combobox', { name: 'Design' })).toHaveValue('trap-and-emulate');
    await user.click(screen.getByRole('button', { name: 'Run' }));
    const trace = screen.getByRole('table', { name: /Trace/ });
    const rows = within(trace).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveTextContent(/cli.*Windows kernel.*ring 1.*trap/);
    expect(rows[1]).toHaveTextContent(/Hypervisor \(VMkernel \+ VMM\).*ring 0.*emulates it/);
    expect(rows[4]).toHaveTextContent(/popf r0.*silently dropped/);
    expect(within(screen.getByLabelText('Machine state')).getByText('0 (off)')).toBeInTheDocument();
    expect(screen.getByTestId('address')).toHaveTextContent('step=5');
  });

  it('steps forward and back one event at a time, describing the current event', async () => {
    const user = userEvent.setup();
    await renderAt(`/machine?design=hardware-assisted&program=${encodeURIComponent('cpuid r0\nhlt')}`);
    await editor();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(
      screen.getByText(/^Event 1 of 5: line 1, cpuid r0\. Windows kernel, non-root mode, ring 0, VM exit/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Step' }));
    expect(screen.getByText(/^Event 2 of 5/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByText(/^Event 1 of 5/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(screen.queryByRole('table', { name: /Trace/ })).toBeNull();
  });

  it('reports a bad program by line, and keeps the text the learner typed', async () => {
    const user = userEvent.setup();
    await renderAt('/machine');
    const box = await editor();
    await user.clear(box);
    await user.type(box, 'mov r0, 1{Enter}frob r1');
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Line 2: unknown instruction "frob"');
    expect(box).toHaveValue('mov r0, 1\nfrob r1');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('Correct the program above, then press Run.')).toBeInTheDocument();
  });

  it('shows original beside translated code under binary translation', async () => {
    const user = userEvent.setup();
    await renderAt(`/machine?design=binary-translation&program=${encodeURIComponent('cli\nmov cr3, r1')}`);
    await editor();
    await user.click(screen.getByRole('button', { name: 'Run' }));
    const table = screen.getByRole('region', { name: 'Original and translated code' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/cli\s*store \[vcpu\.IF\], 0/);
  });

  it('checks a level by running it, and saves it as solved', async () => {
    const user = userEvent.setup();
    await renderAt('/machine?level=hello-ring-zero');
    await editor();
    expect(screen.getByRole('heading', { name: /Level: Hello from ring 0/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(screen.getByText('Not yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show a solution' }));
    await user.click(screen.getByRole('button', { name: 'Put it in the editor' }));
    await user.click(screen.getByRole('button', { name: 'Run' }));
    expect(screen.getByText('Level solved!')).toBeInTheDocument();
    await waitFor(() => expect(window.localStorage.getItem(LEVEL_PROGRESS_KEY)).toMatch(/hello-ring-zero/));
    // The level's heading and its entry in the level list both say so.
    expect(screen.getAllByText(/✓ solved/)).toHaveLength(2);
  });
});
