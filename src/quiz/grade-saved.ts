import { kindOf } from '../model/quiz/kinds';
import type { SavedAnswer } from '../model/progress';
import type { Question, Quiz } from '../model/quiz/types';

/** The saved response to a question if it still fits it (validated by its kind), else null. */
export function savedResponse(q: Question, a: SavedAnswer | undefined): { response: unknown } | null {
  if (!a || a.cleared) return null;
  const response = kindOf(q).parse(q, a.response);
  return response === null ? null : { response };
}

/** Which saved answers are right, graded now against the current answer key (never a stored flag). */
export function correctIds(quiz: Quiz, live: Readonly<Record<string, SavedAnswer>>): Set<string> {
  const out = new Set<string>();
  for (const q of quiz.questions) {
    const saved = savedResponse(q, Object.hasOwn(live, q.id) ? live[q.id] : undefined);
    if (saved && kindOf(q).grade(q, saved.response).correct) out.add(q.id);
  }
  return out;
}
