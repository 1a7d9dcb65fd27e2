import { act, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { chaptersWithOutline as chapters } from '../../src/lib/course-outline';
import { ChapterContext } from '../../src/lib/ChapterContext';
import { mdxComponents } from '../../src/lesson/mdx-components';
import type { ArchitectureId } from '../../src/model/types';

const StackDiagramTag = mdxComponents.StackDiagram as (p: { arch: ArchitectureId; step?: number }) => React.JSX.Element;

describe('error boundaries', () => {
  it('a broken diagram shows a small message in its place, logs the cause, and the lesson text survives', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // The diagram is an island that loads when near the viewport (always, in jsdom's stub).
    await act(async () => {
      render(
        <MemoryRouter>
          <ChapterContext.Provider value={chapters[0]!}>
            <p>Lesson text before</p>
            <StackDiagramTag arch={'no-such-design' as ArchitectureId} />
            <p>Lesson text after</p>
          </ChapterContext.Provider>
        </MemoryRouter>,
      );
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(await screen.findByRole('alert', {}, { timeout: 8000 })).toHaveTextContent(
      'This diagram could not be shown',
    );
    expect(screen.getByText('Lesson text before')).toBeInTheDocument();
    expect(screen.getByText('Lesson text after')).toBeInTheDocument();
    const logged = error.mock.calls.map((c) => c.map(String).join(' ')).join('\n');
    expect(logged).toContain('This diagram failed to render');
    expect(logged).toContain('Unknown architecture "no-such-design"');
    error.mockRestore();
  });
});
