import { useRef, useState } from 'react';
import { getArchitecture } from '../../model/architectures';
import { directionWords, inDirection, orderAnswer } from '../../model/quiz/kinds/order';
import { findLayer } from '../../model/stack';
import type { OrderLayersQuestion } from '../../model/quiz/types';
import type { ViewProps } from './types';

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const out = [...list];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}

/**
 * Build a stack. The list runs the way the question says (`direction`: hardware first, or the top of
 * the stack first), so the prompt and the widget never disagree; the response is always saved
 * hardware-up. Cards move with the buttons (keyboard) or by dragging (pointer).
 */
export function OrderView({ question, response, onChange, grade }: ViewProps<OrderLayersQuestion, string[]>) {
  const arch = getArchitecture(question.architecture);
  const [announce, setAnnounce] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const words = directionWords[question.direction];
  // The list as shown; inDirection is its own inverse, so it also turns the list back into a response.
  const shown = inDirection(response, question.direction);
  const label = (id: string) => findLayer(arch, id)?.label ?? id;
  const answer = orderAnswer(question);
  const setShown = (next: string[], moved: string) => {
    onChange(inDirection(next, question.direction));
    const pos = next.indexOf(moved);
    setAnnounce(`${label(moved)} is now at position ${pos + 1} of ${next.length}, ${words.counting}.`);
  };
  const onPointerMove = (e: React.PointerEvent) => {
    if (!dragging || !listRef.current) return;
    const items = [...listRef.current.querySelectorAll<HTMLElement>('[data-layer]')];
    const over = items.findIndex((el) => {
      const r = el.getBoundingClientRect();
      return e.clientY >= r.top && e.clientY <= r.bottom;
    });
    const from = shown.indexOf(dragging);
    if (over >= 0 && over !== from) setShown(move(shown, from, over), dragging);
  };
  return (
    <div className="order-question">
      <p className="hint">First card: {words.first}. Use the buttons, or drag a card by its handle.</p>
      <ol
        ref={listRef}
        className="order-list"
        onPointerMove={onPointerMove}
        onPointerUp={() => setDragging(null)}
        onPointerCancel={() => setDragging(null)}
      >
        {shown.map((id, i) => {
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
                  onClick={() => setShown(move(shown, i, i - 1), id)}
                  aria-label={`Move ${label(id)} up`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  disabled={grade !== null || i === shown.length - 1}
                  onClick={() => setShown(move(shown, i, i + 1), id)}
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
            <strong>{grade.correct ? 'Right: ' : `Not quite. ${capitalize(words.counting)}, the stack is: `}</strong>
            {grade.correct ? question.why : inDirection(answer, question.direction).map(label).join(' → ')}
          </p>
          {grade.correct ? null : <p>{question.why}</p>}
        </div>
      ) : null}
    </div>
  );
}
