import {
  BATCH_CHOICES,
  IO_DIRECTIONS,
  IRQ_MODES,
  ioPath,
  isIoDesignId,
  type IoDesignId,
  type IoDirection,
  type IrqMode,
} from './io-paths';
import { stepFromWritten, writtenStep, type Step } from './step';

/** What the packet-path explorer shows; every field is in the URL so instructors can link to it. */
export interface PacketPathState {
  readonly design: IoDesignId;
  /** Send a packet (tx) or receive one (rx). */
  readonly dir: IoDirection;
  readonly irq: IrqMode;
  /** Packets sent before one kick and one completion interrupt. */
  readonly batch: number;
  /** The current hop (a step of the path, as src/model/step.ts counts them): null before the first. */
  readonly hop: Step;
}

export const DEFAULT_PACKET_STATE: PacketPathState = {
  design: 'emulated',
  dir: 'tx',
  irq: 'injected',
  batch: 1,
  hop: null,
};

export interface ParsedPacketState {
  readonly state: PacketPathState;
  /** Learner-facing notes about parts of the URL that were not understood. */
  readonly problems: string[];
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * Read the explorer's state from a query string: `io` (design), `dir` (tx or rx), `irq` (injected or posted), `batch`
 * (one of the offered sizes) and `hop` (1-based, as learners count; 0 = not started). Anything not
 * understood falls back to the default and says so; never throws.
 */
export function parsePacketParams(params: URLSearchParams): ParsedPacketState {
  const problems: string[] = [];
  let { design, dir, irq, batch, hop } = DEFAULT_PACKET_STATE;
  const rawDesign = params.get('io');
  if (rawDesign !== null) {
    if (isIoDesignId(rawDesign)) design = rawDesign;
    else problems.push(`There is no I/O design called "${clip(rawDesign, 40)}", so the emulated NIC is shown.`);
  }
  const rawDir = params.get('dir');
  if (rawDir !== null) {
    const found = IO_DIRECTIONS.find((d) => d === rawDir);
    if (found) dir = found;
    else problems.push(`Direction "${clip(rawDir, 20)}" is unknown (use tx or rx), so the packet is sent.`);
  }
  const rawIrq = params.get('irq');
  if (rawIrq !== null) {
    const found = IRQ_MODES.find((m) => m === rawIrq);
    if (found) irq = found;
    else problems.push(`Interrupt mode "${clip(rawIrq, 20)}" is unknown, so injected interrupts are shown.`);
  }
  const rawBatch = params.get('batch');
  if (rawBatch !== null) {
    const n = /^\d{1,3}$/.test(rawBatch) ? Number(rawBatch) : Number.NaN;
    if (BATCH_CHOICES.includes(n)) batch = n;
    else
      problems.push(
        `A batch of "${clip(rawBatch, 20)}" packets is not offered (choose ${BATCH_CHOICES.join(', ')}), so one packet is sent.`,
      );
  }
  const rawHop = params.get('hop');
  if (rawHop !== null) {
    const steps = ioPath(design, irq, dir).length;
    const read = stepFromWritten(rawHop, steps);
    if (read !== undefined) hop = read;
    else
      problems.push(
        `Hop "${clip(rawHop, 20)}" does not exist on this path (it has ${steps}), so it starts from the beginning.`,
      );
  }
  return { state: { design, dir, irq, batch, hop }, problems };
}

/** The query string for a state (hop 1-based), the inverse of `parsePacketParams`. */
export function packetSearch(state: PacketPathState): string {
  const params = new URLSearchParams({
    io: state.design,
    dir: state.dir,
    irq: state.irq,
    batch: String(state.batch),
  });
  const written = writtenStep(state.hop);
  if (written !== null) params.set('hop', written);
  return params.toString();
}
