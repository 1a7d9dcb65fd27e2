import { getArchitecture } from '../../architectures';
import type { PickLayerQuestion } from '../types';
import { layerName } from '../export-shape';
import { isArchId, nonEmpty, texts, type KindBuild, type KindModel } from './shared';

export const pickLayer: KindModel<PickLayerQuestion, string | null> = {
  kind: 'pick-layer',
  label: 'Pick the layer',
  initial: () => null,
  answered: (_q, r) => r !== null,
  grade: (q, r) => ({ correct: r === q.answer }),
  validate: (q, ctx) => {
    if (!isArchId(ctx, q.architecture)) return [['architecture', `"${String(q.architecture)}" is not an architecture`]];
    const arch = ctx.architecture(q.architecture);
    const ids = new Set(arch?.layers.map((l) => l.id));
    const problems: [string, string][] = [];
    if (!ids.has(q.answer)) problems.push(['answer', `"${q.answer}" is not a layer of ${q.architecture}`]);
    if (!nonEmpty(q.whyRight)) problems.push(['whyRight', 'missing']);
    if (!nonEmpty(q.whyWrong)) problems.push(['whyWrong', 'missing']);
    for (const id of Object.keys(q.whyLayer ?? {}))
      if (!ids.has(id)) problems.push([`whyLayer.${id}`, `"${id}" is not a layer of ${q.architecture}`]);
    return problems;
  },
  parse: (q, v) => (typeof v === 'string' && getArchitecture(q.architecture).layers.some((l) => l.id === v) ? v : null),
};

export const pickLayerBuild: KindBuild<PickLayerQuestion> = {
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
