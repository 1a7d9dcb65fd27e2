/**
 * The Ring Zero machine's instruction set: a tiny model of x86's privileged subset.
 * Text in, a checked program out. Documented for learners in docs/machine.md.
 */

export const registerNames = ['r0', 'r1', 'r2', 'r3'] as const;
export type Register = (typeof registerNames)[number];

/** Words of memory, addressed 0..MEMORY_WORDS-1. */
export const MEMORY_WORDS = 16;
/** Under paravirtualization this word is the event mask in the page shared with Xen. */
export const MASK_ADDRESS = 15;

export const ports = {
  /** Serial console data register (COM1): OUT prints one character. */
  console: 0x3f8,
  /** Serial console line status: IN reads 0x20, "ready to send". */
  consoleStatus: 0x3fd,
  /** Doorbell of a shared-memory queue: OUT n prints memory words 0..n-1 (n at most 15) in one request. */
  doorbell: 0x10,
} as const;
export const CONSOLE_READY = 0x20;

/** EFLAGS bits the machine models. */
export const FLAG_IF = 0x200;
export const FLAG_IOPL_SHIFT = 12;
/** Bit 1 of EFLAGS always reads as 1. */
export const FLAG_FIXED = 0x2;

const hypercallNames = ['console_io', 'mmuext_op', 'set_trap_table', 'sched_op', 'event_channel_op', 'iret'] as const;
export type HypercallName = (typeof hypercallNames)[number];

export type Operand =
  { readonly kind: 'reg'; readonly reg: Register } | { readonly kind: 'imm'; readonly value: number };

export type Instruction =
  | { readonly op: 'mov' | 'add' | 'sub' | 'and' | 'xor'; readonly dst: Register; readonly src: Operand }
  | { readonly op: 'load'; readonly dst: Register; readonly addr: Operand }
  | { readonly op: 'store'; readonly addr: Operand; readonly src: Operand }
  | { readonly op: 'jmp'; readonly target: number; readonly label: string }
  | { readonly op: 'jnz'; readonly reg: Register; readonly target: number; readonly label: string }
  | { readonly op: 'nop' | 'cli' | 'sti' | 'hlt' | 'syscall' | 'sysret' }
  | { readonly op: 'mov-cr3' | 'lidt'; readonly src: Register }
  | { readonly op: 'in'; readonly dst: Register; readonly port: number }
  | { readonly op: 'out'; readonly port: number; readonly src: Register }
  | { readonly op: 'pushf' | 'popf' | 'sgdt' | 'sidt' | 'smsw' | 'cpuid'; readonly reg: Register }
  | {
      readonly op: 'hypercall';
      readonly call: HypercallName;
      readonly arg: Register | null;
      readonly spelling: string;
    };

export type Op = Instruction['op'];

export interface ProgramLine {
  /** 1-based line number in the text the learner wrote. */
  readonly line: number;
  /** The instruction as written, without label or comment. */
  readonly source: string;
  readonly instruction: Instruction;
}

export interface Program {
  readonly lines: readonly ProgramLine[];
}

export interface ParseError {
  readonly line: number;
  readonly message: string;
}

export type ParseResult =
  { readonly ok: true; readonly program: Program } | { readonly ok: false; readonly errors: readonly ParseError[] };

/** How x86 classifies each instruction; drives what each design does with it. */
export type InstructionClass =
  'ordinary' | 'privileged' | 'iopl-sensitive' | 'sensitive-unprivileged' | 'cpuid' | 'system-call' | 'hypercall';

export function instructionClass(op: Op): InstructionClass {
  switch (op) {
    case 'mov':
    case 'add':
    case 'sub':
    case 'and':
    case 'xor':
    case 'load':
    case 'store':
    case 'jmp':
    case 'jnz':
    case 'nop':
      return 'ordinary';
    case 'mov-cr3':
    case 'lidt':
    case 'hlt':
    case 'sysret':
      return 'privileged';
    case 'cli':
    case 'sti':
    case 'in':
    case 'out':
      return 'iopl-sensitive';
    case 'pushf':
    case 'popf':
    case 'sgdt':
    case 'sidt':
    case 'smsw':
      return 'sensitive-unprivileged';
    case 'cpuid':
      return 'cpuid';
    case 'syscall':
      return 'system-call';
    case 'hypercall':
      return 'hypercall';
    default: {
      const unreachable: never = op;
      return unreachable;
    }
  }
}

export const MAX_PROGRAM_LINES = 400;
const MAX_LINE_LENGTH = 200;

const mnemonics = [
  'mov',
  'add',
  'sub',
  'and',
  'xor',
  'load',
  'store',
  'jmp',
  'jnz',
  'nop',
  'cli',
  'sti',
  'hlt',
  'in',
  'out',
  'lidt',
  'pushf',
  'popf',
  'sgdt',
  'sidt',
  'smsw',
  'cpuid',
  'syscall',
  'sysret',
  'hypercall',
  'vmcall',
] as const;

class LineError extends Error {}

function fail(message: string): never {
  throw new LineError(message);
}

function parseNumber(text: string): number | null {
  const t = text.trim();
  if (/^'[ -~]'$/.test(t)) return t.charCodeAt(1);
  if (/^-?\d+$/.test(t) || /^-?0x[0-9a-f]+$/i.test(t)) {
    const negative = t.startsWith('-');
    const n = Number(negative ? t.slice(1) : t);
    if (!Number.isSafeInteger(n) || n > 0xffffffff) return null;
    return (negative ? -n : n) >>> 0;
  }
  return null;
}

function isRegister(t: string): t is Register {
  return (registerNames as readonly string[]).includes(t);
}

function register(t: string, what: string): Register {
  const r = t.trim().toLowerCase();
  if (isRegister(r)) return r;
  fail(`${what} must be a register (r0–r3), not "${t.trim()}"`);
}

function operand(t: string, what: string): Operand {
  const r = t.trim().toLowerCase();
  if (isRegister(r)) return { kind: 'reg', reg: r };
  const n = parseNumber(t);
  if (n !== null) return { kind: 'imm', value: n };
  fail(`${what} must be a register (r0–r3) or a number (42, 0x2a, 'A'), not "${t.trim()}"`);
}

function address(t: string): Operand {
  const m = /^\[(.*)\]$/.exec(t.trim());
  if (!m) fail(`a memory address is written in brackets, like [3] or [r1], not "${t.trim()}"`);
  const inner = (m[1] ?? '').trim().toLowerCase();
  if (inner === 'mask') return { kind: 'imm', value: MASK_ADDRESS };
  const a = operand(inner, 'an address');
  if (a.kind === 'imm' && a.value >= MEMORY_WORDS) fail(`address ${a.value} is outside memory (0–${MEMORY_WORDS - 1})`);
  return a;
}

const knownPorts: readonly number[] = Object.values(ports);

function port(t: string): number {
  const n = parseNumber(t);
  if (n === null) fail(`a port is a number such as 0x3f8, not "${t.trim()}"`);
  if (!knownPorts.includes(n))
    fail(
      `no device at port 0x${n.toString(16)}: this machine has the console at 0x3f8, its status at 0x3fd and a queue doorbell at 0x10`,
    );
  return n;
}

function expectOperands(op: string, args: string[], count: number): void {
  if (args.length !== count)
    fail(
      count === 0
        ? `${op} takes no operands`
        : `${op} takes ${count} operand${count === 1 ? '' : 's'}, separated by a comma`,
    );
}

type Pending = Instruction | { readonly op: 'jmp' | 'jnz'; readonly label: string; readonly reg?: Register };

function decode(mnemonic: string, args: string[]): Pending {
  switch (mnemonic) {
    case 'mov': {
      expectOperands('mov', args, 2);
      const [a = '', b = ''] = args;
      if (a.trim().toLowerCase() === 'cr3') return { op: 'mov-cr3', src: register(b, 'the value loaded into CR3') };
      if (b.trim().toLowerCase() === 'cr3') fail('reading CR3 is not part of this machine; only mov cr3, rN');
      return { op: 'mov', dst: register(a, 'the destination'), src: operand(b, 'the source') };
    }
    case 'add':
    case 'sub':
    case 'and':
    case 'xor': {
      expectOperands(mnemonic, args, 2);
      return {
        op: mnemonic,
        dst: register(args[0] ?? '', 'the destination'),
        src: operand(args[1] ?? '', 'the source'),
      };
    }
    case 'load':
      expectOperands('load', args, 2);
      return { op: 'load', dst: register(args[0] ?? '', 'the destination'), addr: address(args[1] ?? '') };
    case 'store':
      expectOperands('store', args, 2);
      return { op: 'store', addr: address(args[0] ?? ''), src: operand(args[1] ?? '', 'the value stored') };
    case 'jmp':
      expectOperands('jmp', args, 1);
      return { op: 'jmp', label: (args[0] ?? '').trim() };
    case 'jnz':
      expectOperands('jnz', args, 2);
      return { op: 'jnz', reg: register(args[0] ?? '', 'the register tested'), label: (args[1] ?? '').trim() };
    case 'nop':
    case 'cli':
    case 'sti':
    case 'hlt':
    case 'syscall':
    case 'sysret':
      expectOperands(mnemonic, args, 0);
      return { op: mnemonic };
    case 'lidt':
      expectOperands('lidt', args, 1);
      return { op: 'lidt', src: register(args[0] ?? '', 'the table address') };
    case 'in':
      expectOperands('in', args, 2);
      return { op: 'in', dst: register(args[0] ?? '', 'the destination'), port: port(args[1] ?? '') };
    case 'out':
      expectOperands('out', args, 2);
      return { op: 'out', port: port(args[0] ?? ''), src: register(args[1] ?? '', 'the value sent') };
    case 'pushf':
    case 'popf':
    case 'sgdt':
    case 'sidt':
    case 'smsw':
    case 'cpuid':
      expectOperands(mnemonic, args, 1);
      return { op: mnemonic, reg: register(args[0] ?? '', 'the operand') };
    case 'hypercall':
    case 'vmcall': {
      if (args.length < 1 || args.length > 2) fail(`${mnemonic} takes a call name and optionally a register`);
      const name = (args[0] ?? '').trim().toLowerCase();
      const call = hypercallNames.find((h) => h === name);
      if (!call) fail(`unknown hypercall "${args[0]?.trim() ?? ''}"; known: ${hypercallNames.join(', ')}`);
      const arg = args[1] === undefined ? null : register(args[1], 'the hypercall argument');
      if (arg === null && call !== 'sched_op' && call !== 'iret')
        fail(`hypercall ${call} needs a register with its argument, like "hypercall ${call}, r0"`);
      return { op: 'hypercall', call, arg, spelling: mnemonic };
    }
    default:
      fail(`unknown instruction "${mnemonic}"; see the instruction list`);
  }
}

function splitOperands(rest: string): string[] {
  if (rest.trim() === '') return [];
  return rest.split(',').map((s) => s.trim());
}

/** Parse program text. Never throws: every problem is reported with its line number. */
export function parseProgram(text: string): ParseResult {
  const errors: ParseError[] = [];
  const rawLines = String(text).split(/\r?\n/);
  if (rawLines.length > MAX_PROGRAM_LINES)
    return {
      ok: false,
      errors: [{ line: MAX_PROGRAM_LINES + 1, message: `a program has at most ${MAX_PROGRAM_LINES} lines` }],
    };
  const labels = new Map<string, number>();
  const pending: { line: number; source: string; instr: Pending }[] = [];
  rawLines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.length > MAX_LINE_LENGTH) {
      errors.push({ line, message: `the line is longer than ${MAX_LINE_LENGTH} characters` });
      return;
    }
    let body = raw.replace(/[;#].*$/, '').trim();
    const labelMatch = /^([A-Za-z_][\w.]*)\s*:/.exec(body);
    if (labelMatch) {
      const name = (labelMatch[1] ?? '').toLowerCase();
      if (labels.has(name)) errors.push({ line, message: `the label "${name}" is defined twice` });
      else labels.set(name, pending.length);
      body = body.slice(labelMatch[0].length).trim();
    }
    if (body === '') return;
    const m = /^(\S+)\s*(.*)$/.exec(body);
    const mnemonic = (m?.[1] ?? '').toLowerCase();
    try {
      if (!(mnemonics as readonly string[]).includes(mnemonic))
        fail(`unknown instruction "${m?.[1] ?? body}"; see the instruction list`);
      pending.push({ line, source: body.replace(/\s+/g, ' '), instr: decode(mnemonic, splitOperands(m?.[2] ?? '')) });
    } catch (e) {
      if (!(e instanceof LineError)) throw e;
      errors.push({ line, message: e.message });
    }
  });
  const lines: ProgramLine[] = [];
  for (const p of pending) {
    const instr = p.instr;
    if (instr.op === 'jmp' || instr.op === 'jnz') {
      const label = instr.label.toLowerCase();
      const target = labels.get(label);
      if (target === undefined) {
        errors.push({ line: p.line, message: `no label "${instr.label}" in the program` });
        continue;
      }
      const resolved: Instruction =
        instr.op === 'jmp'
          ? { op: 'jmp', target, label }
          : { op: 'jnz', reg: 'reg' in instr && instr.reg ? instr.reg : 'r0', target, label };
      lines.push({ line: p.line, source: p.source, instruction: resolved });
    } else {
      lines.push({ line: p.line, source: p.source, instruction: instr as Instruction });
    }
  }
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  if (lines.length === 0) return { ok: false, errors: [{ line: 1, message: 'the program has no instructions' }] };
  return { ok: true, program: { lines } };
}

function formatOperand(o: Operand): string {
  return o.kind === 'reg' ? o.reg : String(o.value);
}

function formatAddress(o: Operand): string {
  return `[${formatOperand(o)}]`;
}

/** Instruction back to text (labels become line indices "@n"); used for ported and generated code. */
export function formatInstruction(i: Instruction, labelOf: (target: number) => string = (t) => `l${t}`): string {
  switch (i.op) {
    case 'mov':
    case 'add':
    case 'sub':
    case 'and':
    case 'xor':
      return `${i.op} ${i.dst}, ${formatOperand(i.src)}`;
    case 'load':
      return `load ${i.dst}, ${formatAddress(i.addr)}`;
    case 'store':
      return `store ${formatAddress(i.addr)}, ${formatOperand(i.src)}`;
    case 'jmp':
      return `jmp ${labelOf(i.target)}`;
    case 'jnz':
      return `jnz ${i.reg}, ${labelOf(i.target)}`;
    case 'nop':
    case 'cli':
    case 'sti':
    case 'hlt':
    case 'syscall':
    case 'sysret':
      return i.op;
    case 'mov-cr3':
      return `mov cr3, ${i.src}`;
    case 'lidt':
      return `lidt ${i.src}`;
    case 'in':
      return `in ${i.dst}, 0x${i.port.toString(16)}`;
    case 'out':
      return `out 0x${i.port.toString(16)}, ${i.src}`;
    case 'pushf':
    case 'popf':
    case 'sgdt':
    case 'sidt':
    case 'smsw':
    case 'cpuid':
      return `${i.op} ${i.reg}`;
    case 'hypercall':
      return `hypercall ${i.call}${i.arg ? `, ${i.arg}` : ''}`;
    default: {
      const unreachable: never = i;
      return unreachable;
    }
  }
}

/** A program as text that parses back to the same instructions (a label past the end gets a nop). */
export function programText(lines: readonly Instruction[]): string {
  const names = new Map<number, string>();
  for (const i of lines) if ((i.op === 'jmp' || i.op === 'jnz') && !names.has(i.target)) names.set(i.target, i.label);
  const labelOf = (t: number): string => names.get(t) ?? `l${t}`;
  return lines
    .map((i, index) => `${names.has(index) ? `${labelOf(index)}: ` : ''}${formatInstruction(i, labelOf)}`)
    .concat(names.has(lines.length) ? [`${labelOf(lines.length)}: nop`] : [])
    .join('\n');
}
