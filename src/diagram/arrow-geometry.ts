/** A layer's box inside the diagram, in CSS pixels from the stage's top left (layout, not transforms). */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface ArrowGeometry {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  /** Where the label's middle sits, and its edge nearest the shaft (`labelX`, on `labelSide` of it). */
  readonly labelX: number;
  readonly labelSide: 'left' | 'right';
  readonly labelY: number;
  /** The privilege boundary: a line across the gap between the two layers, when they are stacked. */
  readonly boundary: { readonly x1: number; readonly x2: number; readonly y: number } | null;
}

/** How far into the target layer the arrowhead reaches, and how far from a shared edge the shaft runs. */
const INSET = 12;

/**
 * A straight arrow from one layer to another, in a stage `width` pixels wide. Stacked layers (sharing some width) get a vertical
 * arrow near the left of what they share, clear of the trace marker at the top right, with the
 * boundary drawn across the gap between them; side-by-side layers get a level arrow between them.
 */
export function arrowGeometry(from: Box, to: Box, width: number): ArrowGeometry {
  const left = Math.max(from.x, to.x);
  const right = Math.min(from.x + from.w, to.x + to.w);
  const stacked = right - left >= 2 * INSET && (from.y + from.h <= to.y || to.y + to.h <= from.y);
  if (stacked) {
    const x = left + INSET;
    const down = to.y > from.y;
    const gap = down ? (from.y + from.h + to.y) / 2 : (to.y + to.h + from.y) / 2;
    return {
      x1: x,
      y1: from.y + from.h / 2,
      x2: x,
      y2: down ? to.y + INSET : to.y + to.h - INSET,
      // The label reads beside the shaft, on the side with more room.
      labelX: x < width / 2 ? x + 6 : x - 6,
      labelSide: x < width / 2 ? 'right' : 'left',
      labelY: gap,
      boundary: { x1: left, x2: right, y: gap },
    };
  }
  const rightward = to.x > from.x;
  const y1 = from.y + from.h / 2;
  const y2 = to.y + to.h / 2;
  const x1 = rightward ? from.x + from.w - INSET : from.x + INSET;
  const x2 = rightward ? to.x + INSET : to.x + to.w - INSET;
  return {
    x1,
    y1,
    x2,
    y2,
    labelX: Math.min(x1, x2) + 4,
    labelSide: 'right',
    labelY: (y1 + y2) / 2 - 14,
    boundary: null,
  };
}
