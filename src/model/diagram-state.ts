import { getArchitecture, isArchitectureId } from './architectures';
import { stepFromWritten, writtenStep, type Step } from './step';
import type { ArchitectureId } from './types';

/** What a diagram shows: a design, a step of its trace (null: none yet), optionally a second design. */
export interface DiagramState {
  readonly arch: ArchitectureId;
  readonly step: Step;
  readonly compare?: ArchitectureId;
}

export interface ParsedDiagramState {
  readonly state: DiagramState;
  /** True when the URL asked for a diagram state at all. */
  readonly requested: boolean;
  /** Learner-facing notes about parts of the URL that were not understood. */
  readonly problems: string[];
}

/**
 * Read diagram state from a query string: `arch`, `step` (1-based, as learners count; 0 = no step)
 * and `compare`. Anything unknown falls back to the default and says so, never throws.
 */
export function parseDiagramParams(params: URLSearchParams, fallback: ArchitectureId): ParsedDiagramState {
  const problems: string[] = [];
  const rawArch = params.get('arch');
  const rawStep = params.get('step');
  const rawCompare = params.get('compare');
  const requested = rawArch !== null || rawStep !== null || rawCompare !== null;
  let arch = fallback;
  if (rawArch !== null) {
    if (isArchitectureId(rawArch)) arch = rawArch;
    else problems.push(`There is no design called "${rawArch.slice(0, 40)}", so the default diagram is shown.`);
  }
  let step: Step = null;
  if (rawStep !== null) {
    const steps = getArchitecture(arch).path.steps.length;
    const read = stepFromWritten(rawStep, steps);
    if (read !== undefined) step = read;
    else
      problems.push(
        `Step "${rawStep.slice(0, 20)}" does not exist in this trace (it has ${steps} steps), so it starts from the beginning.`,
      );
  }
  let compare: ArchitectureId | undefined;
  if (rawCompare !== null) {
    if (isArchitectureId(rawCompare)) compare = rawCompare;
    else problems.push(`There is no design called "${rawCompare.slice(0, 40)}" to compare with.`);
  }
  return { state: { arch, step, compare }, requested, problems };
}

/** Query parameters the diagram owns (others, such as an explorer's, are left alone). */
const DIAGRAM_PARAMS = ['arch', 'step', 'compare'] as const;

/** The query string for a state, keeping any parameters in `keep` that are not the diagram's. */
export function diagramSearch(state: DiagramState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = withoutDiagram(keep);
  params.set('arch', state.arch);
  const written = writtenStep(state.step);
  if (written !== null) params.set('step', written);
  if (state.compare) params.set('compare', state.compare);
  return params.toString();
}

/** `params` without the diagram's own parameters: the address once the diagram follows the text again. */
export function withoutDiagram(params: URLSearchParams): URLSearchParams {
  const rest = new URLSearchParams(params);
  for (const p of DIAGRAM_PARAMS) rest.delete(p);
  return rest;
}
