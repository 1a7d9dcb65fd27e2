/** The machine's state, its fixed values, and the pure effects of each instruction. */
import {
  CONSOLE_READY,
  FLAG_FIXED,
  FLAG_IF,
  FLAG_IOPL_SHIFT,
  MASK_ADDRESS,
  MEMORY_WORDS,
  ports,
  type Operand,
  type Register,
} from './isa';

export type Mode = 'kernel' | 'user';

/** What the guest can observe. IF and IOPL are the guest's own (virtual) flags. */
export interface MachineState {
  regs: number[];
  mem: number[];
  interruptsEnabled: boolean;
  iopl: number;
  cr3: number;
  idtr: number;
  console: string;
  mode: Mode;
}

/** Values the guest kernel set up for itself before the program starts. */
export const GUEST_GDTR = 0x1000;
export const GUEST_MSW = 0x0033;
/** The real tables and CR0 bits that belong to the VMM (or host kernel) when the guest is not in ring 0. */
export const REAL_GDTR = 0xf000;
export const REAL_IDTR = 0xf800;
export const REAL_MSW = 0x003b;
/** CPUID feature word: bit 0 FPU, bit 5 VMX; a hypervisor hides VMX and sets bit 31, "hypervisor present". */
export const HOST_FEATURES = 0x21;
export const FILTERED_FEATURES = 0x80000001;
/** Flags as the hardware really holds them while a deprivileged guest runs: IF on, IOPL 0. */
export const REAL_FLAGS = FLAG_FIXED | FLAG_IF;

export function initialState(mode: Mode = 'kernel'): MachineState {
  return {
    regs: [0, 0, 0, 0],
    mem: Array.from({ length: MEMORY_WORDS }, () => 0),
    interruptsEnabled: true,
    iopl: 0,
    cr3: 0,
    idtr: 0,
    console: '',
    mode,
  };
}

function regIndex(r: Register): number {
  return Number(r.slice(1));
}

export function readOperand(s: MachineState, o: Operand): number {
  return o.kind === 'imm' ? o.value : (s.regs[regIndex(o.reg)] ?? 0);
}

export function setReg(s: MachineState, r: Register, value: number): void {
  s.regs[regIndex(r)] = value >>> 0;
}

export function flagsValue(interruptsEnabled: boolean, iopl: number): number {
  return (FLAG_FIXED | (interruptsEnabled ? FLAG_IF : 0) | ((iopl & 3) << FLAG_IOPL_SHIFT)) >>> 0;
}

/** POPF as the CPU does it at a given CPL: IF only if CPL <= IOPL, IOPL only in ring 0. */
export function popfEffect(s: MachineState, value: number, cpl: number): { interruptsEnabled: boolean; iopl: number } {
  return {
    interruptsEnabled: cpl <= s.iopl ? (value & FLAG_IF) !== 0 : s.interruptsEnabled,
    iopl: cpl === 0 ? (value >>> FLAG_IOPL_SHIFT) & 3 : s.iopl,
  };
}

function printable(code: number): string {
  const c = code & 0xff;
  if (c === 10) return '\n';
  if (c >= 32 && c < 127) return String.fromCharCode(c);
  return `[${code}]`;
}

export function consoleWrite(s: MachineState, value: number): void {
  s.console += printable(value);
}

/**
 * The queue doorbell: the device sends memory words 0..count-1 to the console in one request.
 * The queue holds at most 15 words: word 15 is Xen's event mask under paravirtualization.
 */
export function doorbell(s: MachineState, count: number): void {
  const n = Math.min(count, MASK_ADDRESS);
  for (let i = 0; i < n; i++) consoleWrite(s, s.mem[i] ?? 0);
}

export function deviceRead(port: number): number {
  return port === ports.consoleStatus ? CONSOLE_READY : 0;
}

export function deviceWrite(s: MachineState, port: number, value: number): void {
  if (port === ports.console) consoleWrite(s, value);
  else if (port === ports.doorbell) doorbell(s, value);
}

/** The part of the state the guest can see, for comparing runs (the PV event-mask word excluded). */
export interface GuestView {
  readonly regs: readonly number[];
  readonly mem: readonly number[];
  readonly interruptsEnabled: boolean;
  readonly iopl: number;
  readonly cr3: number;
  readonly idtr: number;
  readonly console: string;
}

export function guestView(s: MachineState): GuestView {
  return {
    regs: [...s.regs],
    mem: s.mem.slice(0, MASK_ADDRESS),
    interruptsEnabled: s.interruptsEnabled,
    iopl: s.iopl,
    cr3: s.cr3,
    idtr: s.idtr,
    console: s.console,
  };
}

export function sameGuestView(a: GuestView, b: GuestView): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function hex(n: number): string {
  return `0x${(n >>> 0).toString(16)}`;
}
