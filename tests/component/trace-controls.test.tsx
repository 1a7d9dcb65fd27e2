import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TraceControls } from '../../src/diagram/TraceControls';

const props = { step: 0, total: 3, playing: false, onStep: () => {}, onPlay: () => {}, label: 'KVM' };

describe('trace controls', () => {
  it('say they are busy while the code is on its way, and stop saying so when it arrives', () => {
    const { rerender } = render(<TraceControls {...props} interactive={false} />);
    const group = screen.getByRole('group', { name: 'Trace controls for KVM' });
    expect(group).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('button', { name: 'Play' })).toBeDisabled();
    rerender(<TraceControls {...props} interactive />);
    expect(group).not.toHaveAttribute('aria-busy');
    expect(screen.getByRole('button', { name: 'Play' })).toBeEnabled();
  });
});
