import * as v from 'valibot';
import { architectureIds, getArchitecture } from '../../architectures';
import { filled } from '../../content-schema';
import type { PickLayerQuestion } from '../types';
import { layerName } from '../export-shape';
import { questionSchema, texts, type KindBuild, type KindModel } from './shared';

export const pickLayerSchema = questionSchema('pick-layer', {
  architecture: v.picklist(architectureIds, (issue) => `"${String(issue.input)}" is not an architecture`),
  /** The id of the layer that answers the question. */
  answer: filled('missing'),
  whyRight: filled('missing'),
  /** Shown for any other layer unless `whyLayer` has a specific reason for it. */
  whyWrong: filled('missing'),
  /** Reasons for particular wrong layers, keyed by layer id. */
  whyLayer: v.optional(v.record(v.string(), filled('missing'), 'must map layer ids to explanations')),
});

export const pickLayer: KindModel<PickLayerQuestion, string | null> = {
  kind: 'pick-layer',
  label: 'Pick the layer',
  initial: () => null,
  answered: (_q, r) => r !== null,
  grade: (q, r) => ({ correct: r === q.answer }),
  parse: (q, v) => (typeof v === 'string' && getArchitecture(q.architecture).layers.some((l) => l.id === v) ? v : null),
};

export const pickLayerBuild: KindBuild<PickLayerQuestion> = {
  schema: pickLayerSchema,
  check: (q, ctx) => {
    const ids = new Set(ctx.architecture(q.architecture)?.layers.map((l) => l.id));
    const problems: [string, string][] = [];
    if (!ids.has(q.answer)) problems.push(['answer', `"${q.answer}" is not a layer of ${q.architecture}`]);
    for (const id of Object.keys(q.whyLayer ?? {}))
      if (!ids.has(id)) problems.push([`whyLayer.${id}`, `"${id}" is not a layer of ${q.architecture}`]);
    return problems;
  },
  explanations: (q) => [
    ...texts('whyRight', q.whyRight),
    ...texts('whyWrong', q.whyWrong),
    ...texts('whyLayer', q.whyLayer),
  ],
  export: (q) => {
    const arch = getArchitecture(q.architecture);
    return {
      shape: 'choice',
      multiple: false,
      options: arch.layers.map((l) => ({
        text: layerName(arch, l.id),
        correct: l.id === q.answer,
        feedback: l.id === q.answer ? q.whyRight : (q.whyLayer?.[l.id] ?? q.whyWrong),
      })),
    };
  },
};
