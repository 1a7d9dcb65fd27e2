import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StackDiagram from '../../src/diagram/StackDiagram';

function arrowLabel(container: HTMLElement): string | null {
  return container.querySelector('.trace-arrow-label')?.textContent ?? null;
}

describe('the trace draws each move', () => {
  it('labels the arrow with the move and the boundary it crosses, and the caption says the same', async () => {
    const user = userEvent.setup();
    const { container } = render(<StackDiagram arch="paravirtualization" />);
    const forward = screen.getByRole('button', { name: /Forward/ });
    await user.click(forward);
    // The first step is where the trace starts: nothing has moved yet.
    expect(arrowLabel(container)).toBeNull();
    await user.click(forward);
    expect(arrowLabel(container)).toBe('System call · ring 3 → ring 1');
    await user.click(forward);
    expect(arrowLabel(container)).toBe('Hypercall · ring 1 → ring 0');
    expect(screen.getByText('Hypercall from Linux kernel (ported to Xen) · ring 1 → ring 0')).toBeInTheDocument();
    // The trail: the layers already passed through, not the current one.
    const visited = [...container.querySelectorAll('.layer.is-visited .layer-label-full')].map((e) => e.textContent);
    expect(visited).toEqual(['Linux kernel (ported to Xen)', 'Linux apps']);
    await user.click(forward);
    expect(arrowLabel(container)).toBe('Return · ring 0 → ring 1');
  });

  it('draws no arrow into work that happens meanwhile, and says so', () => {
    const { container } = render(<StackDiagram arch="kvm" step={5} />);
    expect(arrowLabel(container)).toBeNull();
    expect(screen.getByText(/^Meanwhile, elsewhere/)).toBeInTheDocument();
  });

  it('gives the text twin every move in the same words', () => {
    const { container } = render(<StackDiagram arch="kvm" />);
    const twin = container.querySelector('.visually-hidden');
    expect(twin).toHaveTextContent(
      'Step 2: VM exit: Windows kernel → Linux kernel + kvm module, crossing from non-root mode, ring 0 to root mode, ring 0.',
    );
    expect(twin).toHaveTextContent('Step 7: Virtual interrupt: Linux kernel + kvm module → Windows kernel');
  });
});
