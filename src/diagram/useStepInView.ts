import { useEffect, type RefObject } from 'react';

const MARGIN = 8;

/**
 * In the side panel the caption docks over the foot of the picture and the panel scrolls on its own.
 * After each step, scroll the panel (never the page) so the layer the trace is in, and the one it came
 * from when both fit, sit between the panel's top and the docked caption.
 */
export function useStepInView(figure: RefObject<HTMLElement | null>, step: string, fromLayer: string | undefined) {
  useEffect(() => {
    const fig = figure.current;
    const panel = fig?.closest<HTMLElement>('.lesson-aside');
    const active = fig?.querySelector<HTMLElement>('.layer.is-active');
    const dock = fig?.querySelector<HTMLElement>('.trace-caption');
    if (!fig || !panel || !active || !dock) return;
    const from = fromLayer ? fig.querySelector<HTMLElement>(`[data-layer="${fromLayer}"]`) : null;
    const visibleTop = panel.getBoundingClientRect().top + MARGIN;
    const visibleBottom = dock.getBoundingClientRect().top - MARGIN;
    const a = active.getBoundingClientRect();
    const f = from?.getBoundingClientRect() ?? a;
    const both = { top: Math.min(a.top, f.top), bottom: Math.max(a.bottom, f.bottom) };
    const want = both.bottom - both.top <= visibleBottom - visibleTop ? both : a;
    if (want.bottom > visibleBottom) panel.scrollTop += want.bottom - visibleBottom;
    else if (want.top < visibleTop) panel.scrollTop -= visibleTop - want.top;
  }, [figure, step, fromLayer]);
}
