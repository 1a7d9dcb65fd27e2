/**
 * One step convention. Inside the code a step of a trace is its index, counted from 0, or `null`
 * before the trace starts (the plain picture): "no step" is a value of its own, never -1. Everywhere a
 * person writes a step, in a lesson (`<StackDiagram step={2}>`) or in an address (`?step=2`), it counts
 * from 1, as the caption "Step 2 of 7" does; an address's `step=0` has always meant "no step" and still
 * does. The two functions at the bottom are the only places the two counts meet.
 */
export type Step = number | null;

/** `step` kept within a trace of `total` steps: below the first is no step, past the last is the last. */
export function clampStep(step: Step, total: number): Step {
  if (step === null || !Number.isInteger(step) || step < 0 || total === 0) return null;
  return Math.min(step, total - 1);
}

/** The step after `step` (the first when there is none yet); not clamped. */
export function nextStep(step: Step): number {
  return step === null ? 0 : step + 1;
}

/** The step before `step`: none before the first. */
export function previousStep(step: Step): Step {
  return step === null || step <= 0 ? null : step - 1;
}

/** True when `step` is the last of `total` (or there is nothing to step through). */
export function atLastStep(step: Step, total: number): boolean {
  return step === null ? total === 0 : step >= total - 1;
}

/**
 * A step as a person writes it (1-based; 0 for none) in a trace of `total` steps, or undefined when
 * there is no such step. `text` is an address's parameter: digits only.
 */
export function stepFromWritten(text: string, total: number): Step | undefined {
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const n = Number(text);
  if (n > total) return undefined;
  return n === 0 ? null : n - 1;
}

/** How a person writes `step` (1-based), or null when there is no step to write. */
export function writtenStep(step: Step): string | null {
  return step === null ? null : String(step + 1);
}
