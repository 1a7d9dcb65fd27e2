import { m, useReducedMotion } from 'framer-motion';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { crossingLabel, stepTransition, transitionLabel } from '../model/transitions';
import type { Step } from '../model/step';
import type { Architecture } from '../model/types';
import { arrowGeometry, type ArrowGeometry, type Box } from './arrow-geometry';

function boxOf(stage: HTMLElement, layerId: string): Box | null {
  const el = stage.querySelector<HTMLElement>(`[data-layer="${layerId}"]`);
  // offset* are layout positions: a layer's entry animation (a transform) does not skew the arrow.
  return el ? { x: el.offsetLeft, y: el.offsetTop, w: el.offsetWidth, h: el.offsetHeight } : null;
}

/**
 * The move into the current step, drawn over the stack: an arrow from the previous layer to this
 * one, labelled with its kind (system call, VM exit…), and the privilege boundary it crosses.
 * Derived from the model's step actions (src/model/transitions.ts); the caption says the same words.
 */
export function TraceArrow({
  arch,
  step,
  stage,
}: {
  arch: Architecture;
  step: Step;
  stage: RefObject<HTMLElement | null>;
}) {
  const reduced = useReducedMotion();
  const move = stepTransition(arch, step);
  const [geometry, setGeometry] = useState<ArrowGeometry | null>(null);
  const from = move?.from;
  const to = move?.to;
  useLayoutEffect(() => {
    const root = stage.current;
    if (!root || !from || !to) return;
    const measure = () => {
      const a = boxOf(root, from);
      const b = boxOf(root, to);
      setGeometry(a && b ? arrowGeometry(a, b, root.offsetWidth) : null);
    };
    measure();
    // The panel resizes with the window and the layers reflow: keep the arrow on them.
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(root);
    return () => observer.disconnect();
  }, [stage, from, to, arch.id]);
  // Keep the label inside the picture: beside the shaft where it fits, pushed in from the edge where not.
  const label = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = label.current;
    const root = stage.current;
    if (!el || !root || !geometry) return;
    el.style.left = '0px';
    const width = el.offsetWidth;
    const wanted = geometry.labelSide === 'right' ? geometry.labelX : geometry.labelX - width;
    el.style.left = `${Math.max(0, Math.min(wanted, root.offsetWidth - width))}px`;
  }, [geometry, stage, step]);
  if (!move || !geometry) return null;
  const { x1, y1, x2, y2, boundary } = geometry;
  const draw = reduced ? false : { pathLength: 0, opacity: 0 };
  const crossing = crossingLabel(move);
  return (
    <div className={`trace-arrow kind-${move.kind}`} aria-hidden="true" key={`${arch.id}-${step}`}>
      <svg className="trace-arrow-svg" width="100%" height="100%">
        <defs>
          <marker
            id={`head-${arch.id}-${step}`}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="trace-arrow-head" />
          </marker>
        </defs>
        {boundary && crossing ? (
          <line className="trace-boundary" x1={boundary.x1} x2={boundary.x2} y1={boundary.y} y2={boundary.y} />
        ) : null}
        <line className="trace-arrow-halo" x1={x1} y1={y1} x2={x2} y2={y2} />
        <m.line
          className="trace-arrow-line"
          x1={x1}
          y1={y1}
          x2={x2}
          y2={y2}
          markerEnd={`url(#head-${arch.id}-${step})`}
          initial={draw}
          animate={{ pathLength: 1, opacity: 1 }}
          transition={{ duration: 0.45, ease: 'easeOut' }}
        />
      </svg>
      <span className="trace-arrow-label" ref={label} style={{ top: geometry.labelY }}>
        {transitionLabel(move.kind)}
        {crossing ? <span className="trace-arrow-crossing"> · {crossing}</span> : null}
      </span>
    </div>
  );
}
