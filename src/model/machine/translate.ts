/**
 * Rewriting guest code: the binary translator's basic blocks (original beside translated), and
 * the paravirtual port of a kernel routine (privileged instructions replaced by hypercalls).
 */
import { formatInstruction, instructionClass, ports, type Instruction, type Program, type ProgramLine } from './isa';

export interface Block {
  /** Index of the block's first instruction in the program. */
  readonly start: number;
  readonly original: readonly ProgramLine[];
  /** One translated line per original instruction. */
  readonly translated: readonly string[];
}

function endsBlock(i: Instruction): boolean {
  return i.op === 'jmp' || i.op === 'jnz' || i.op === 'hlt' || i.op === 'sysret' || i.op === 'syscall';
}

/** Basic blocks: a block starts at the entry, at a jump target and after any control transfer. */
export function basicBlocks(program: Program): Map<number, Block> {
  const lines = program.lines;
  const leaders = new Set<number>([0]);
  lines.forEach((l, index) => {
    const i = l.instruction;
    if (i.op === 'jmp' || i.op === 'jnz') leaders.add(i.target);
    if (endsBlock(i)) leaders.add(index + 1);
  });
  const starts = [...leaders].filter((s) => s < lines.length).sort((a, b) => a - b);
  const blocks = new Map<number, Block>();
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? lines.length;
    const original = lines.slice(start, end);
    blocks.set(start, {
      start,
      original,
      // Ordinary instructions are copied as written; only jumps and sensitive instructions change.
      translated: original.map((l) =>
        instructionClass(l.instruction.op) === 'ordinary' && l.instruction.op !== 'jmp' && l.instruction.op !== 'jnz'
          ? l.source
          : translatedForm(l.instruction),
      ),
    });
  });
  return blocks;
}

/** What the translator emits for one guest kernel instruction, as readable pseudo-assembly. */
export function translatedForm(
  i: Instruction | { op: 'pushf' | 'popf' | 'sgdt' | 'sidt' | 'smsw'; reg: string },
): string {
  switch (i.op) {
    case 'cli':
      return 'store [vcpu.IF], 0';
    case 'sti':
      return 'store [vcpu.IF], 1';
    case 'pushf':
      return `load ${i.reg}, [vcpu.FLAGS]`;
    case 'popf':
      return `store [vcpu.FLAGS], ${i.reg}`;
    case 'sgdt':
      return `load ${i.reg}, [vcpu.GDTR]`;
    case 'sidt':
      return `load ${i.reg}, [vcpu.IDTR]`;
    case 'smsw':
      return `load ${i.reg}, [vcpu.CR0]`;
    case 'mov-cr3':
      return `call vmm_set_cr3, ${i.src}`;
    case 'lidt':
      return `call vmm_lidt, ${i.src}`;
    case 'hlt':
      return 'call vmm_halt';
    case 'in':
      return `call vmm_in, ${i.dst}, 0x${i.port.toString(16)}`;
    case 'out':
      return `call vmm_out, 0x${i.port.toString(16)}, ${i.src}`;
    case 'sysret':
      return 'call vmm_sysret';
    case 'cpuid':
      return `call vmm_cpuid, ${i.reg}`;
    case 'hypercall':
      return 'ud2 ; no hypercall interface';
    case 'jmp':
    case 'jnz':
      return `${formatInstruction(i, (t) => `tc_${t}`)} ; to the translated block`;
    default:
      return formatInstruction(i);
  }
}

export interface PortedLine {
  readonly line: number;
  readonly original: string;
  /** The ported instructions (none when the instruction is simply dropped). */
  readonly ported: readonly Instruction[];
  readonly note: string;
}

/**
 * Port a kernel routine to Xen: each privileged instruction becomes its paravirtual equivalent.
 * Sensitive-but-unprivileged instructions have no one-line equivalent and are reported instead.
 */
export function portToXen(
  program: Program,
): { ok: true; lines: readonly PortedLine[] } | { ok: false; line: number; message: string } {
  const out: PortedLine[] = [];
  for (const l of program.lines) {
    const i = l.instruction;
    const keep = (note: string, ported: Instruction[] = [i]): void => {
      out.push({ line: l.line, original: l.source, ported, note });
    };
    switch (i.op) {
      case 'cli':
        keep('the event mask in the page shared with Xen', [
          { op: 'store', addr: { kind: 'imm', value: 15 }, src: { kind: 'imm', value: 1 } },
        ]);
        break;
      case 'sti':
        keep('the event mask in the page shared with Xen', [
          { op: 'store', addr: { kind: 'imm', value: 15 }, src: { kind: 'imm', value: 0 } },
        ]);
        break;
      case 'mov-cr3':
        keep('new page-table base, validated by Xen', [
          { op: 'hypercall', call: 'mmuext_op', arg: i.src, spelling: 'hypercall' },
        ]);
        break;
      case 'lidt':
        keep('register the trap handlers with Xen', [
          { op: 'hypercall', call: 'set_trap_table', arg: i.src, spelling: 'hypercall' },
        ]);
        break;
      case 'hlt':
        keep('block until an event', [{ op: 'hypercall', call: 'sched_op', arg: null, spelling: 'hypercall' }]);
        break;
      case 'sysret':
        keep('return to user mode through Xen', [{ op: 'hypercall', call: 'iret', arg: null, spelling: 'hypercall' }]);
        break;
      case 'out':
        if (i.port === ports.doorbell)
          keep('notify the back-end in dom0', [
            { op: 'hypercall', call: 'event_channel_op', arg: i.src, spelling: 'hypercall' },
          ]);
        else keep("Xen's console", [{ op: 'hypercall', call: 'console_io', arg: i.src, spelling: 'hypercall' }]);
        break;
      case 'in':
        keep(
          i.port === ports.consoleStatus
            ? "Xen's console is always ready: no status to poll"
            : 'no input on this console',
          [{ op: 'mov', dst: i.dst, src: { kind: 'imm', value: i.port === ports.consoleStatus ? 0x20 : 0 } }],
        );
        break;
      case 'pushf':
      case 'popf':
      case 'sgdt':
      case 'sidt':
      case 'smsw':
        return {
          ok: false,
          line: l.line,
          message: `${i.op} has no one-line paravirtual form: rewrite that part of the routine by hand`,
        };
      default:
        keep('unchanged');
    }
  }
  return { ok: true, lines: out };
}

/** The ported routine as a program (jump targets follow the instructions they pointed to). */
export function portedProgram(lines: readonly PortedLine[]): Program {
  const firstIndex: number[] = [];
  let n = 0;
  for (const l of lines) {
    firstIndex.push(n);
    n += l.ported.length;
  }
  firstIndex.push(n);
  const remap = (t: number): number => firstIndex[t] ?? n;
  const result: ProgramLine[] = [];
  lines.forEach((l) => {
    for (const i of l.ported) {
      const instruction: Instruction = i.op === 'jmp' || i.op === 'jnz' ? { ...i, target: remap(i.target) } : i;
      result.push({ line: l.line, source: formatInstruction(instruction), instruction });
    }
  });
  return { lines: result };
}
