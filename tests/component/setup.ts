import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { MotionGlobalConfig } from 'framer-motion';
import { afterEach, beforeEach, vi } from 'vitest';

// Animations are skipped: tests assert states, not movement.
MotionGlobalConfig.skipAnimations = true;

/** The media queries a test wants to match, e.g. '(prefers-reduced-motion: reduce)'. */
export const mediaMatches = new Set<string>();

beforeEach(() => {
  mediaMatches.clear();
  window.localStorage.clear();
  vi.stubGlobal(
    'matchMedia',
    (query: string): MediaQueryList =>
      ({
        matches: mediaMatches.has(query),
        media: query,
        onchange: null,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
        addListener: () => undefined,
        removeListener: () => undefined,
        dispatchEvent: () => false,
      }) as MediaQueryList,
  );
  // jsdom has no layout: model every observed element as on screen, reported once, asynchronously
  // (so islands that load when near the viewport load in component tests).
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private disconnected = false;
      constructor(private readonly callback: IntersectionObserverCallback) {}
      observe(target: Element) {
        setTimeout(() => {
          if (this.disconnected) return;
          const rect = target.getBoundingClientRect();
          const entry = {
            target,
            isIntersecting: true,
            intersectionRatio: 1,
            boundingClientRect: rect,
            intersectionRect: rect,
            rootBounds: null,
            time: 0,
          };
          this.callback([entry], this as unknown as IntersectionObserver);
        }, 0);
      }
      unobserve() {}
      disconnect() {
        this.disconnected = true;
      }
      takeRecords() {
        return [];
      }
    },
  );
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
  Element.prototype.scrollIntoView ??= () => undefined;
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
