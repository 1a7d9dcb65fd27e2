import { describe, expect, it } from 'vitest';
import { arrowGeometry } from '../../src/diagram/arrow-geometry';

describe('arrow geometry', () => {
  it('runs a stacked move vertically into the target, with the boundary across the gap', () => {
    // An app (above) making a system call into a kernel that spans the stage below it.
    const g = arrowGeometry({ x: 0, y: 0, w: 100, h: 50 }, { x: 0, y: 56, w: 300, h: 50 }, 300);
    expect(g.x1).toBe(g.x2);
    expect(g.y1).toBe(25);
    expect(g.y2).toBeGreaterThan(56);
    expect(g.boundary).toEqual({ x1: 0, x2: 100, y: 53 });
    expect(g.labelSide).toBe('right');
  });

  it('points up for a move up, and puts the label on the roomier side', () => {
    const g = arrowGeometry({ x: 0, y: 56, w: 300, h: 50 }, { x: 200, y: 0, w: 100, h: 50 }, 300);
    expect(g.y2).toBeLessThan(50);
    expect(g.y2).toBeGreaterThan(0);
    expect(g.labelSide).toBe('left');
    expect(g.boundary?.y).toBe(53);
  });

  it('runs a move between side-by-side layers level, with no boundary', () => {
    const g = arrowGeometry({ x: 200, y: 0, w: 100, h: 50 }, { x: 100, y: 0, w: 90, h: 50 }, 300);
    expect(g.y1).toBe(g.y2);
    expect(g.x2).toBeLessThan(g.x1);
    expect(g.boundary).toBeNull();
  });
});
