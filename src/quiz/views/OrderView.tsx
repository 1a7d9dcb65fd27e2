import { useRef, useState } from 'react';
import { getArchitecture } from '../../model/architectures';
import { orderAnswer } from '../../model/quiz/kinds/order';
import { findLayer } from '../../model/stack';
import type { OrderLayersQuestion } from '../../model/quiz/types';
import type { ViewProps } from './types';

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}

/**
 * Build a stack from the hardware up. The list shows the top of the stack first, like the diagram;
 * cards move with the buttons (keyboard) or by dragging (pointer).
 */
export function OrderView({ question, response, onChange, grade }: ViewProps<OrderLayersQuestion, string[]>) {
  const arch = getArchitecture(question.architecture);
  const [announce, setAnnounce] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const topFirst = [...response].reverse();
  const label = (id: string) => findLayer(arch, id)?.label ?? id;
  const answer = orderAnswer(question);
  const setTopFirst = (next: string[], moved: string) => {
    onChange([...next].reverse());
    const pos = next.indexOf(moved);
    setAnnounce(`${label(moved)} is now at position ${pos + 1} of ${next.length}, counting from the top.`);
  };
  const onPointerMove = (e: React.PointerEvent) => {
    if (!dragging || !listRef.current) return;
    const items = [...listRef.current.querySelectorAll<HTMLElement>('[data-layer]')];
    const over = items.findIndex((el) => {
      const r = el.getBoundingClientRect();
      return e.clientY >= r.top && e.clientY <= r.bottom;
    });
    const from = topFirst.indexOf(dragging);
    if (over >= 0 && over !== from) setTopFirst(move(topFirst, from, over), dragging);
  };
  return (
    <div className="order-question">
      <p className="hint">Top of the stack first. Use the buttons, or drag a card by its handle.</p>
      <ol
        ref={listRef}
        className="order-list"
        onPointerMove={onPointerMove}
        onPointerUp={() => setDragging(null)}
        onPointerCancel={() => setDragging(null)}
      >
        {topFirst.map((id, i) => {
          const right = grade ? grade.parts?.[id] : undefined;
          return (
            <li
              key={id}
              data-layer={id}
              className={`order-card${dragging === id ? ' is-dragging' : ''}${right === undefined ? '' : right ? ' is-right' : ' is-wrong'}`}
            >
              <span
                className="drag-handle"
                aria-hidden="true"
                onPointerDown={(e) => {
                  if (grade) return;
                  (e.target as HTMLElement).releasePointerCapture?.(e.pointerId);
                  setDragging(id);
                }}
              >
                ⠿
              </span>
              <span className="order-label">{label(id)}</span>
              <span className="order-buttons">
                <button
                  type="button"
                  disabled={grade !== null || i === 0}
                  onClick={() => setTopFirst(move(topFirst, i, i - 1), id)}
                  aria-label={`Move ${label(id)} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={grade !== null || i === topFirst.length - 1}
                  onClick={() => setTopFirst(move(topFirst, i, i + 1), id)}
                  aria-label={`Move ${label(id)} down`}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      {grade ? (
        <div className="choice-why">
          <p>
            <strong>{grade.correct ? 'Right: ' : 'Not quite. From the top, the stack is: '}</strong>
            {grade.correct ? question.why : [...answer].reverse().map(label).join(' → ')}
          </p>
          {grade.correct ? null : <p>{question.why}</p>}
        </div>
      ) : null}
    </div>
  );
}
