import { m, useReducedMotion } from 'framer-motion';
import { useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import { useHydrated } from '../lib/useHydrated';
import { privilegeKey, privilegeLabel } from '../model/privilege';
import { shortLabel } from '../model/short-labels';
import { placeLayers } from '../model/stack';
import type { Step } from '../model/step';
import type { Architecture } from '../model/types';

interface Props {
  readonly arch: Architecture;
  readonly step: Step;
  /** Prefix for layout ids, so two diagrams on one page never share a morph. */
  readonly scope: string;
  /** When set, layers are buttons (the pick-the-layer quiz). */
  readonly onPick?: (layerId: string) => void;
  readonly picked?: string | null;
  readonly pickLabel?: (layerId: string) => string;
  /** After a wrong pick: the layer that was right, marked in the picture. */
  readonly answer?: string | null;
  /** Mark this layer instead of the one acting at `step` (the machine's trace). */
  readonly activeLayer?: string | null;
  /** Layers the trace has already passed through: drawn as its trail. */
  readonly trail?: readonly string[];
}

/** Where the marker sat (the acting layer's top-right corner, in layout pixels from the grid's corner) after the last render. */
interface MarkerPlace {
  readonly arch: string;
  readonly layer: string;
  readonly x: number;
  readonly y: number;
}

/** How long the marker takes to glide from one layer to the next. */
const MARKER_MS = 350;

/**
 * The marker is drawn inside the acting layer. When the step moves it to another layer of the same
 * stack, it glides there from where it was: one transform animation (FLIP), which the compositor
 * runs, so stepping costs no script or layout work per frame. The layers' own layout animations
 * (framer-motion) are kept for switching designs, and measure only then (`layoutDependency`).
 */
function useGlidingMarker(
  grid: RefObject<HTMLElement | null>,
  archId: string,
  activeId: string | null | undefined,
  reduced: boolean | null,
) {
  const last = useRef<MarkerPlace | null>(null);
  useLayoutEffect(() => {
    const root = grid.current;
    const layer = activeId ? root?.querySelector<HTMLElement>(`[data-layer="${activeId}"]`) : null;
    const marker = layer?.querySelector<HTMLElement>('.trace-marker');
    const was = last.current;
    if (!root || !layer || !marker || !activeId) {
      last.current = null;
      return;
    }
    // Within the grid, which text above it may have moved since: offset* are layout positions (a
    // transform animating a layer does not skew them), and the grid and its layers share an offset parent.
    const now = {
      arch: archId,
      layer: activeId,
      x: layer.offsetLeft - root.offsetLeft + layer.offsetWidth,
      y: layer.offsetTop - root.offsetTop,
    };
    last.current = now;
    if (!was || was.arch !== archId || was.layer === activeId || reduced || typeof marker.animate !== 'function')
      return;
    marker.animate(
      [{ transform: `translate(${was.x - now.x}px, ${was.y - now.y}px)` }, { transform: 'translate(0, 0)' }],
      { duration: MARKER_MS, easing: 'cubic-bezier(0.2, 0.8, 0.2, 1)' },
    );
  }, [grid, archId, activeId, reduced]);
}

/**
 * The picture: layers placed on a grid from the model alone. Shared layers keep their layout id
 * across designs, so switching morphs them; the marker moves to the layer acting at the current step.
 */
export function StackView({ arch, step, scope, onPick, picked, pickLabel, answer, activeLayer, trail }: Props) {
  const reduced = useReducedMotion();
  // Layers that appear after hydration (a design switch) fade in; prerendered ones are simply there.
  const hydrated = useHydrated();
  const activeId = activeLayer !== undefined ? activeLayer : step === null ? undefined : arch.path.steps[step]?.layer;
  const transition = reduced ? { duration: 0 } : { type: 'spring' as const, stiffness: 260, damping: 30 };
  const placed = useMemo(() => placeLayers(arch), [arch]);
  const rows = Math.max(...placed.map((p) => p.row));
  const grid = useRef<HTMLDivElement>(null);
  useGlidingMarker(grid, arch.id, activeId, reduced);
  return (
    <div
      ref={grid}
      className="stack-grid"
      style={{
        gridTemplateColumns: `repeat(${arch.columns.length}, minmax(0, 1fr))`,
        gridTemplateRows: `auto repeat(${rows}, auto)`,
      }}
      aria-hidden={onPick ? undefined : true}
      role={onPick ? 'group' : undefined}
      aria-label={onPick ? `Layers of ${arch.shortName}` : undefined}
    >
      {arch.columns.map((c, i) => (
        <div key={`col-${c.id}`} className="column-label" style={{ gridRow: 1, gridColumn: i + 1 }}>
          {c.label}
        </div>
      ))}
      {placed.map(({ layer, row, colStart, colEnd }) => {
        const isActive = activeId === layer.id;
        const className = `layer kind-${layer.kind} priv-${privilegeKey(layer.privilege)}${isActive ? ' is-active' : ''}${picked === layer.id ? ' is-picked' : ''}${answer === layer.id ? ' is-answer' : ''}${trail?.includes(layer.id) ? ' is-visited' : ''}`;
        const content = (
          <>
            <span className="layer-label">
              <span className="layer-label-full">{layer.label}</span>
              {shortLabel(layer.label) === layer.label ? null : (
                <span className="layer-label-short" aria-hidden="true">
                  {shortLabel(layer.label)}
                </span>
              )}
            </span>
            <span className="layer-ring">
              {privilegeLabel(layer.privilege)}
              {layer.alsoRuns ? `; ${layer.alsoRuns.part}: ${privilegeLabel(layer.alsoRuns.privilege)}` : ''}
            </span>
            {layer.modified !== undefined ? (
              <span className="layer-flag">{layer.modified ? 'modified' : 'unmodified'}</span>
            ) : null}
            {answer === layer.id ? <span className="layer-answer">Right answer</span> : null}
            {isActive ? <span className="trace-marker" /> : null}
          </>
        );
        const style = { gridRow: row + 1, gridColumn: `${colStart} / ${colEnd}`, ['--level' as string]: layer.level };
        if (onPick) {
          return (
            <m.button
              type="button"
              key={layer.id}
              layoutId={`${scope}-${layer.id}`}
              transition={transition}
              className={className}
              style={style}
              data-layer={layer.id}
              aria-pressed={picked === layer.id}
              aria-label={pickLabel?.(layer.id)}
              onClick={() => onPick(layer.id)}
            >
              {content}
            </m.button>
          );
        }
        return (
          <m.div
            key={layer.id}
            layout
            layoutDependency={arch.id}
            layoutId={`${scope}-${layer.id}`}
            initial={hydrated && !reduced ? { opacity: 0, scale: 0.94 } : false}
            animate={{ opacity: 1, scale: 1 }}
            transition={transition}
            className={className}
            style={style}
            data-layer={layer.id}
          >
            {content}
          </m.div>
        );
      })}
    </div>
  );
}
