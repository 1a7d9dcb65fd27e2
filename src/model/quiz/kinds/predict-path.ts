import * as v from 'valibot';
import { filled } from '../../content-schema';
import { designIds } from '../../machine/designs';
import type { ExportOption } from '../export-shape';
import type { PathDerived, PredictPathQuestion } from '../types';
import { questionSchema, type KindBuild, type KindModel } from './shared';

/** As authored: the build runs the instruction on the machine and adds the answer (`derived`, src/model/quiz/derive.ts). */
export const predictPathSchema = questionSchema('predict-path', {
  /** A design of the machine (src/model/machine/designs.ts). */
  design: v.picklist(designIds, (issue) => `"${String(issue.input)}" is not a design of the machine`),
  /** One instruction in the machine's syntax, as a learner would type it on /machine (`popf r0`). */
  instruction: filled('missing'),
});

/** The two parts a learner answers: the layer that handles the instruction first, and whether it traps. */
export interface PathResponse {
  readonly layer: string | null;
  readonly traps: boolean | null;
}

export const predictPath: KindModel<PredictPathQuestion, PathResponse> = {
  kind: 'predict-path',
  label: 'Predict the path',
  initial: () => ({ layer: null, traps: null }),
  answered: (_q, r) => r.layer !== null && r.traps !== null,
  grade: (q, r) => {
    const parts = { layer: r.layer === q.derived.layer, traps: r.traps === q.derived.traps };
    return { correct: parts.layer && parts.traps, parts };
  },
  parse: (q, v) => {
    if (typeof v !== 'object' || v === null) return null;
    const { layer, traps } = v as Record<string, unknown>;
    const layerOk = layer === null || (typeof layer === 'string' && q.derived.layers.some((l) => l.id === layer));
    const trapsOk = traps === null || typeof traps === 'boolean';
    return layerOk && trapsOk ? { layer: layer as string | null, traps: traps as boolean | null } : null;
  },
};

/** How the learner reads the trap part of the answer. */
export function trapWords(traps: boolean): string {
  return traps ? 'it traps' : 'it does not trap';
}

/** The machine's explanation as one paragraph. */
export function pathWhy(d: PathDerived): string {
  return d.why.join(' ');
}

/**
 * The formats have no two-part question, so the LMS banks ask one choice over the combinations that
 * make sense: the layer running the instruction goes on without a trap; any other layer is reached by one.
 */
function combinations(d: PathDerived): ExportOption[] {
  const text = (id: string, label: string) =>
    id === d.from ? `${label} handles it, without a trap` : `It traps, and ${label} handles it first`;
  const right = d.layers.find((l) => l.id === d.layer)?.text ?? d.layer;
  const rightText =
    d.traps === (d.layer !== d.from) ? text(d.layer, right) : `${right} handles it first; ${trapWords(d.traps)}`;
  return d.layers.map((l) =>
    l.id === d.layer
      ? { text: rightText, correct: true, feedback: pathWhy(d) }
      : { text: text(l.id, l.text), correct: false, feedback: `${rightText}. ${pathWhy(d)}` },
  );
}

export const predictPathBuild: KindBuild<PredictPathQuestion> = {
  schema: predictPathSchema,
  // Whether the machine can run the instruction is found by running it (src/model/quiz/derive.ts).
  check: () => [],
  // Its only explanation is the machine's own trace, not prose an author wrote.
  explanations: () => [],
  export: (q) => ({ shape: 'choice', multiple: false, options: combinations(q.derived) }),
};
