/**
 * The machine's state in the address: `design`, `program` (the text), `step` (1-based event of the
 * trace) and `level`, so an instructor can link a prepared program. Bad input falls back, visibly.
 */
import { DEFAULT_DESIGN, isDesignId, type DesignId } from './designs';
import { MAX_PROGRAM_LINES } from './isa';
import { getLevel } from './levels';
import { writtenStep, type Step } from '../step';

export interface MachineUrlState {
  readonly design: DesignId;
  readonly program: string;
  /** The trace event shown (src/model/step.ts): null when none is selected. */
  readonly step: Step;
  readonly level: string | null;
}

/** Programs longer than this are not put in an address (browsers and servers cut long URLs). */
const MAX_URL_PROGRAM = 4000;

export const DEFAULT_PROGRAM = `; A kernel routine. Pick a design and press Run.
pushf r1          ; save the flags
cli               ; disable interrupts
mov r0, 'A'
out 0x3f8, r0     ; write to the console
popf r1           ; restore the flags
cpuid r2
hlt
`;

export interface ParsedMachineUrl {
  readonly state: MachineUrlState;
  readonly problems: string[];
}

export function parseMachineParams(params: URLSearchParams): ParsedMachineUrl {
  const problems: string[] = [];
  const rawLevel = params.get('level');
  const level = rawLevel === null ? undefined : getLevel(rawLevel);
  if (rawLevel !== null && !level) problems.push(`There is no level called "${rawLevel.slice(0, 40)}".`);
  let design: DesignId = level?.design ?? DEFAULT_DESIGN;
  const rawDesign = params.get('design');
  if (rawDesign !== null) {
    if (isDesignId(rawDesign)) design = rawDesign;
    else problems.push(`There is no design called "${rawDesign.slice(0, 40)}", so bare metal is used.`);
  }
  let program = level?.start ?? DEFAULT_PROGRAM;
  const rawProgram = params.get('program');
  if (rawProgram !== null) {
    if (rawProgram.length > MAX_URL_PROGRAM || rawProgram.split('\n').length > MAX_PROGRAM_LINES)
      problems.push('The program in the address is too long, so the example program is shown.');
    else program = rawProgram;
  }
  let step: Step = null;
  const rawStep = params.get('step');
  if (rawStep !== null) {
    // The trace's length is known only once the program runs, so any step from 1 is taken here and
    // clamped to the run; step=0 says nothing about where to be.
    if (/^\d{1,5}$/.test(rawStep) && Number(rawStep) >= 1) step = Number(rawStep) - 1;
    else problems.push(`Step "${rawStep.slice(0, 20)}" is not a step number, so the trace starts at the beginning.`);
  }
  return { state: { design, program, step, level: level?.id ?? null }, problems };
}

export function machineSearch(state: MachineUrlState): string {
  const params = new URLSearchParams();
  if (state.level) params.set('level', state.level);
  params.set('design', state.design);
  if (state.program.length <= MAX_URL_PROGRAM) params.set('program', state.program);
  const written = writtenStep(state.step);
  if (written !== null) params.set('step', written);
  return params.toString();
}
