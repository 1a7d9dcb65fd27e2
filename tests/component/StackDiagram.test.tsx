import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import StackDiagram from '../../src/diagram/StackDiagram';
import { architectures, getArchitecture } from '../../src/model/architectures';
import { mediaMatches } from './setup';

function layerLabels(container: HTMLElement): string[] {
  return [...container.querySelectorAll('.layer-label-full')].map((e) => e.textContent ?? '');
}

describe('StackDiagram', () => {
  it.each(architectures.map((a) => [a.id, a] as const))(
    'draws exactly the layers the model lists for %s',
    (_id, arch) => {
      const { container } = render(<StackDiagram arch={arch.id} />);
      expect(layerLabels(container)).toEqual(arch.layers.map((l) => l.label));
      // The text twin names every layer for screen readers.
      const twin = container.querySelector('.visually-hidden ul');
      expect(twin?.querySelectorAll('li')).toHaveLength(arch.layers.length);
    },
  );

  it('steps forward and back through the trace, moving caption and highlight', async () => {
    const user = userEvent.setup();
    const arch = getArchitecture('hosted');
    const { container } = render(<StackDiagram arch="hosted" />);
    expect(screen.getByText(/Press Play or Forward/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Forward/ }));
    await user.click(screen.getByRole('button', { name: /Forward/ }));
    expect(screen.getByText('Step 2 of 6')).toBeInTheDocument();
    expect(screen.getByText(arch.path.steps[1]?.caption ?? 'missing')).toBeInTheDocument();
    expect(container.querySelector('.layer.is-active .layer-label-full')).toHaveTextContent(
      'Guest kernel (Windows, Linux…)',
    );
    await user.click(screen.getByRole('button', { name: /Back/ }));
    expect(screen.getByText('Step 1 of 6')).toBeInTheDocument();
    expect(container.querySelector('.layer.is-active .layer-label-full')).toHaveTextContent('Guest apps');
    await user.click(screen.getByRole('button', { name: 'Restart' }));
    expect(container.querySelector('.layer.is-active')).toBeNull();
  });

  it('announces steps politely', async () => {
    const user = userEvent.setup();
    const { container } = render(<StackDiagram arch="kvm" />);
    await user.click(screen.getByRole('button', { name: /Forward/ }));
    const live = container.querySelector('[aria-live="polite"]');
    expect(live).toHaveTextContent('Step 1 of 7');
  });

  it('switches design from the picker and reports the new state', async () => {
    const user = userEvent.setup();
    const seen: unknown[] = [];
    const { container } = render(<StackDiagram arch="bare-metal" onChange={(s) => seen.push(s)} />);
    await user.selectOptions(screen.getByLabelText('Design'), 'shared-kernel');
    expect(layerLabels(container)).toEqual(getArchitecture('shared-kernel').layers.map((l) => l.label));
    expect(seen).toEqual([{ arch: 'shared-kernel', step: null }]);
  });

  it('operates by keyboard', async () => {
    const user = userEvent.setup();
    render(<StackDiagram arch="paravirtualization" />);
    const forward = screen.getByRole('button', { name: /Forward/ });
    forward.focus();
    await user.keyboard('{Enter}{Enter}');
    expect(screen.getByText('Step 2 of 4')).toBeInTheDocument();
  });

  it('shows the same states with reduced motion', async () => {
    mediaMatches.add('(prefers-reduced-motion: reduce)');
    const user = userEvent.setup();
    const { container } = render(<StackDiagram arch="hardware-assisted" step={2} />);
    expect(screen.getByText('Step 3 of 6')).toBeInTheDocument();
    expect(container.querySelector('.layer.is-active .layer-label-full')).toHaveTextContent(
      'Virtualization stack and tools',
    );
    await user.click(screen.getByRole('button', { name: /Forward/ }));
    expect(within(container).getByText('Step 4 of 6')).toBeInTheDocument();
  });

  it('clamps a step outside the trace instead of breaking', () => {
    render(<StackDiagram arch="bare-metal" step={99} />);
    expect(screen.getByText('Step 3 of 3')).toBeInTheDocument();
  });
});
