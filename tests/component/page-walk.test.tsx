import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import PageWalkExplorer from '../../src/explorers/PageWalkExplorer';

/** Shows the address, as the learner's location bar would. */
function Address() {
  const { search } = useLocation();
  return <output aria-label="address">{search}</output>;
}

function renderAt(search = '') {
  render(
    <MemoryRouter initialEntries={[`/memory-virtualization${search}`]}>
      <PageWalkExplorer />
      <Address />
    </MemoryRouter>,
  );
  return userEvent.setup();
}

/** Waits until the explorer's controls work (they are stand-ins until it has hydrated). */
async function ready() {
  const forward = await screen.findByRole('button', { name: /Forward/ });
  await expect.poll(() => forward.hasAttribute('disabled') || forward.closest('fieldset')?.disabled).toBe(false);
  return forward;
}

const address = () => screen.getByLabelText('address').textContent ?? '';
/** The caption that says what the current step does (announced politely). */
const step = () => screen.getByRole('status', { name: 'Current step' });
const count = () => screen.getByText(/Memory references for page tables/).textContent;

// Generous per-test time: the machine these run on is shared and often loaded.
describe('the page-walk explorer', { timeout: 30_000 }, () => {
  it('steps through a nested 4-level walk to 24 references and keeps the step in the address', async () => {
    const user = renderAt();
    const forward = await ready();
    expect(step()).toHaveTextContent(/Press Forward to start the access/);
    await user.click(forward);
    expect(step()).toHaveTextContent(/Step 1 of 26/);
    expect(step()).toHaveTextContent(/The TLB misses/);
    await user.click(forward);
    expect(step()).toHaveTextContent(/Reference 1: the host PML4 entry, translating the guest CR3/);
    expect(count()).toMatch(/: 1$/);
    expect(address()).toContain('at=2');
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(count()).toMatch(/24 \(total 24\)/);
    expect(step()).toHaveTextContent(/\(4 \+ 1\) × \(4 \+ 1\) − 1 = 24\./);
    expect(address()).toMatch(/walk=nested&levels=4&pages=4k&tlb=miss&at=26/);
  });

  it('opens the state a link names, and steps back from it', async () => {
    const user = renderAt('?walk=shadow&levels=5&pages=4k&tlb=miss&at=3');
    await ready();
    expect(step()).toHaveTextContent(/Step 3 of 7/);
    expect(step()).toHaveTextContent(/Reference 2: the shadow PML4 entry/);
    expect(screen.getByLabelText('Translation')).toHaveValue('shadow');
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(step()).toHaveTextContent(/Reference 1: the shadow PML5 entry/);
  });

  it('says what it could not understand in the address and shows the default walk', async () => {
    renderAt('?walk=warp&at=x');
    await ready();
    const notes = screen.getAllByRole('status').filter((n) => n !== step());
    expect(notes.map((n) => n.textContent).join(' ')).toMatch(/no mode "warp".*Step "x" does not exist/);
    expect(screen.getByLabelText('Translation')).toHaveValue('nested');
    expect(step()).toHaveTextContent(/Press Forward to start the access/);
  });

  it('draws the grid with one read per cell: 5 rows of 5 for a nested 4-level walk, one row for bare metal', async () => {
    const user = renderAt();
    await ready();
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(6); // header + 5
    expect(within(table).getByRole('rowheader', { name: 'guest CR3' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Translation'), 'native');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
    expect(address()).toContain('walk=native');
    expect(address()).toContain('at=0');
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(count()).toMatch(/4 \(total 4\)/);
  });

  it('needs no table reads on a TLB hit, and 15 with 2 MiB pages on a miss', async () => {
    const user = renderAt();
    await ready();
    await user.selectOptions(screen.getByLabelText('TLB'), 'hit');
    await user.click(screen.getByRole('button', { name: /Forward/ }));
    expect(step()).toHaveTextContent(/tagged with this virtual CPU/);
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(count()).toMatch(/0 \(total 0\)/);
    await user.selectOptions(screen.getByLabelText('TLB'), 'miss');
    await user.selectOptions(screen.getByLabelText('Page size'), '2m');
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(count()).toMatch(/15 \(total 15\)/);
  });

  it('works from the keyboard and lists every step for screen readers', async () => {
    const user = renderAt();
    const forward = await ready();
    forward.focus();
    await user.keyboard('{Enter}{Enter}');
    expect(step()).toHaveTextContent(/Step 2 of 26/);
    const list = screen.getByText(/All steps of this access/).nextElementSibling as HTMLElement;
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(26);
    expect(items[1]).toHaveTextContent(/\(current step\)$/);
  });
});
