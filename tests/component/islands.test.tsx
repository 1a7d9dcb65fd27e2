import { act, render, screen } from '@testing-library/react';
import { lazy } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WhenNear } from '../../src/lib/WhenNear';

/** An IntersectionObserver the test drives: nothing is on screen until `reveal()`. */
function manualObserver() {
  const observers: {
    callback: IntersectionObserverCallback;
    targets: Element[];
    options?: IntersectionObserverInit;
  }[] = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private readonly entry;
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        this.entry = { callback, targets: [] as Element[], options };
        observers.push(this.entry);
      }
      observe(target: Element) {
        this.entry.targets.push(target);
      }
      unobserve() {}
      disconnect() {
        this.entry.targets = [];
      }
      takeRecords() {
        return [];
      }
    },
  );
  return {
    observers,
    reveal() {
      for (const o of observers)
        for (const target of o.targets)
          o.callback([{ target, isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver);
    },
  };
}

const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('WhenNear islands', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows its fallback until the block comes near the viewport, then its content', async () => {
    const io = manualObserver();
    await act(async () => {
      render(
        <WhenNear fallback={<p>Loading the quiz…</p>} margin="300px 0px">
          <p>The quiz</p>
        </WhenNear>,
      );
    });
    await flush();
    expect(screen.getByText('Loading the quiz…')).toBeInTheDocument();
    expect(screen.queryByText('The quiz')).not.toBeInTheDocument();
    expect(io.observers[0]?.options?.rootMargin).toBe('300px 0px');
    await act(async () => io.reveal());
    await flush();
    expect(screen.getByText('The quiz')).toBeInTheDocument();
    expect(screen.queryByText('Loading the quiz…')).not.toBeInTheDocument();
  });

  it('opens at once when told to (the address points into it), wherever it is', async () => {
    manualObserver();
    await act(async () => {
      render(
        <WhenNear fallback={<p>Loading the quiz…</p>} open>
          <p>The quiz</p>
        </WhenNear>,
      );
    });
    await flush();
    expect(screen.getByText('The quiz')).toBeInTheDocument();
  });

  it('static content keeps its prerendered HTML and never loads its code', async () => {
    const io = manualObserver();
    const load = vi.fn(() => Promise.resolve({ default: () => <p>The table</p> }));
    const Table = lazy(load);
    // What the prerender wrote for <WhenNear><Table /></WhenNear>: a Suspense boundary around the table.
    const container = document.createElement('div');
    const wrapper = document.createElement('div');
    const table = document.createElement('p');
    table.textContent = 'The table';
    wrapper.append(document.createComment('$'), table, document.createComment('/$'));
    container.append(wrapper);
    document.body.append(container);
    await act(async () => {
      hydrateRoot(
        container,
        <WhenNear staticContent fallback={<p>Loading…</p>}>
          <Table />
        </WhenNear>,
      );
    });
    await flush();
    await act(async () => io.reveal());
    await flush();
    expect(io.observers).toHaveLength(0);
    expect(load).not.toHaveBeenCalled();
    expect(container.querySelector('p')).toBe(table);
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
    container.remove();
  });

  it('static content drawn on the client (after a navigation) loads when it comes near', async () => {
    const io = manualObserver();
    const load = vi.fn(() => Promise.resolve({ default: () => <p>The table</p> }));
    const Table = lazy(load);
    await act(async () => {
      render(
        <WhenNear staticContent fallback={<p>Loading…</p>}>
          <Table />
        </WhenNear>,
      );
    });
    await flush();
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(load).not.toHaveBeenCalled();
    await act(async () => io.reveal());
    await flush();
    expect(screen.getByText('The table')).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('without IntersectionObserver (old browsers), loads at once', async () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    await act(async () => {
      render(
        <WhenNear fallback={<p>Loading…</p>}>
          <p>The diagram</p>
        </WhenNear>,
      );
    });
    await flush();
    expect(screen.getByText('The diagram')).toBeInTheDocument();
  });
});
