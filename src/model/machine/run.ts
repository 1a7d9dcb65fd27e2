/**
 * Execute a guest program under a design. Every event becomes a trace entry naming the layer that
 * handles it (looked up in the architecture model by kind), its privilege, the action and why.
 */
import type { Privilege, StepAction } from '../types';
import { cycles, type CostKey } from './costs';
import { getDesign, roleLayer, type DesignId, type MachineDesign, type Role, type RoleLayer } from './designs';
import {
  instructionClass,
  MASK_ADDRESS,
  MEMORY_WORDS,
  type HypercallName,
  type Instruction,
  type Program,
  type Register,
} from './isa';
import {
  deviceRead,
  deviceWrite,
  doorbell,
  consoleWrite,
  FILTERED_FEATURES,
  flagsValue,
  GUEST_GDTR,
  GUEST_MSW,
  hex,
  HOST_FEATURES,
  initialState,
  popfEffect,
  readOperand,
  REAL_FLAGS,
  REAL_GDTR,
  REAL_IDTR,
  REAL_MSW,
  setReg,
  type MachineState,
} from './state';
import { basicBlocks, translatedForm, type Block } from './translate';

export interface TraceEntry {
  /** Which instruction of the run (1-based) this event belongs to. */
  readonly step: number;
  readonly line: number;
  readonly source: string;
  readonly layer: string;
  readonly layerLabel: string;
  readonly privilege: Privilege | null;
  readonly action: StepAction;
  readonly why: string;
}

interface Counters {
  native: number;
  traps: number;
  exits: number;
  hypercalls: number;
  translated: number;
  callouts: number;
  cycles: number;
}

type RunStatus = 'finished' | 'halted' | 'killed' | 'crashed' | 'step-limit' | 'error' | 'paused';

/** A sensitive instruction that ran without trapping and gave a result bare metal would not. */
interface Divergence {
  readonly step: number;
  readonly line: number;
  readonly source: string;
  readonly explanation: string;
}

export interface RunResult {
  readonly design: DesignId;
  readonly trace: readonly TraceEntry[];
  /** True when the trace was cut at MAX_TRACE entries (the counters still count everything). */
  readonly traceTruncated: boolean;
  readonly counters: Readonly<Counters>;
  readonly state: Readonly<MachineState>;
  readonly status: RunStatus;
  readonly message: string;
  /** Instructions executed. */
  readonly steps: number;
  readonly divergences: readonly Divergence[];
  /** Binary translation only: the blocks translated, in the order they were first run. */
  readonly translations: readonly Block[];
}

export interface RunOptions {
  /** Stop with "step-limit" after this many instructions (default 10,000). */
  readonly maxSteps?: number;
  /** Stop with "paused" after this many instructions (for stepping). */
  readonly stopAfter?: number;
}

const DEFAULT_MAX_STEPS = 10_000;
const MAX_TRACE = 20_000;

class Stop {
  constructor(
    readonly status: RunStatus,
    readonly message: string,
  ) {}
}

/** Designs where user code (and, for some, kernel code) runs directly and sees the real flags and tables. */
function seesRealValues(design: DesignId, mode: 'kernel' | 'user'): boolean {
  switch (design) {
    case 'bare-metal':
    case 'hardware-assisted':
    case 'kvm':
      return false;
    case 'binary-translation':
      return mode === 'user';
    case 'trap-and-emulate':
    case 'paravirtualization':
    case 'shared-kernel':
    case 'user-mode-linux':
      return true;
    default: {
      const unreachable: never = design;
      return unreachable;
    }
  }
}

const privilegedWhat: Partial<Record<Instruction['op'], string>> = {
  cli: 'disables interrupts',
  sti: 'enables interrupts',
  'mov-cr3': 'switches page tables',
  lidt: 'installs an interrupt table',
  hlt: 'idles the CPU',
  in: 'reads a device port',
  out: 'writes a device port',
  sysret: 'returns to user mode',
};

class Machine {
  readonly design: MachineDesign;
  readonly state: MachineState;
  readonly trace: TraceEntry[] = [];
  traceTruncated = false;
  readonly counters: Counters = { native: 0, traps: 0, exits: 0, hypercalls: 0, translated: 0, callouts: 0, cycles: 0 };
  readonly divergences: Divergence[] = [];
  readonly translations: Block[] = [];
  private readonly translated = new Set<number>();
  private readonly blocks: Map<number, Block>;
  pc = 0;
  step = 0;
  private current = { line: 0, source: '' };

  constructor(
    readonly program: Program,
    designId: DesignId,
  ) {
    this.design = getDesign(designId);
    this.state = initialState(designId === 'shared-kernel' ? 'user' : 'kernel');
    this.blocks = designId === 'binary-translation' ? basicBlocks(program) : new Map();
  }

  /** Which layer plays each role does not change during a run: look it up once, not per event. */
  private readonly layers = new Map<Role, RoleLayer | null>();

  private layerFor(role: Role): RoleLayer | null {
    if (!this.layers.has(role))
      this.layers.set(role, roleLayer(this.design, role) ?? roleLayer(this.design, 'hardware'));
    return this.layers.get(role) ?? null;
  }

  emit(role: Role, action: StepAction, why: string, cost: CostKey | number): void {
    const found = this.layerFor(role);
    const c = typeof cost === 'number' ? cost : cycles(cost);
    this.counters.cycles += c;
    if (this.trace.length >= MAX_TRACE) {
      this.traceTruncated = true;
      return;
    }
    this.trace.push({
      step: this.step,
      line: this.current.line,
      source: this.current.source,
      layer: found?.layer.id ?? 'hardware',
      layerLabel: found?.layer.label ?? 'Hardware',
      privilege: found?.privilege ?? null,
      action,
      why,
    });
  }

  run(options: RunOptions): RunResult {
    const maxSteps = options.maxSteps ?? DEFAULT_MAX_STEPS;
    let status: RunStatus = 'finished';
    let message = 'The program ran to its end.';
    try {
      while (this.pc < this.program.lines.length) {
        if (options.stopAfter !== undefined && this.step >= options.stopAfter)
          throw new Stop('paused', `Paused after ${this.step} instructions.`);
        if (this.step >= maxSteps)
          throw new Stop(
            'step-limit',
            `Stopped after ${maxSteps.toLocaleString('en')} instructions: the program may loop forever.`,
          );
        const line = this.program.lines[this.pc];
        if (!line) break;
        this.step++;
        this.current = { line: line.line, source: line.source };
        this.execute(line.instruction);
      }
    } catch (e) {
      if (!(e instanceof Stop)) throw e;
      status = e.status;
      message = e.message;
    }
    return {
      design: this.design.id,
      trace: this.trace,
      traceTruncated: this.traceTruncated,
      counters: this.counters,
      state: this.state,
      status,
      message,
      steps: this.step,
      divergences: this.divergences,
      translations: this.translations,
    };
  }

  private stop(status: RunStatus, message: string): never {
    throw new Stop(status, `Line ${this.current.line}: ${message}`);
  }

  private execute(i: Instruction): void {
    const id = this.design.id;
    if (id === 'binary-translation' && this.state.mode === 'kernel') this.translateIfNew();
    if (id === 'shared-kernel') return this.inContainer(i);
    const who: Role = this.state.mode === 'user' ? 'app' : 'kernel';
    switch (instructionClass(i.op)) {
      case 'ordinary':
        this.emit(who, 'native', this.ordinaryWhy(), 'native');
        this.counters.native++;
        return this.ordinary(i);
      case 'privileged':
      case 'iopl-sensitive':
        return this.privileged(i, who);
      case 'sensitive-unprivileged':
        return this.sensitive(i, who);
      case 'cpuid':
        return this.cpuid(i, who);
      case 'system-call':
        return this.syscall();
      case 'hypercall':
        return this.hypercall(i, who);
    }
  }

  private ordinaryWhy(): string {
    if (this.design.id === 'binary-translation' && this.state.mode === 'kernel')
      return 'Runs from the translation cache: an ordinary instruction is copied unchanged.';
    if (this.design.id === 'user-mode-linux' && this.state.mode === 'kernel')
      return 'The UML kernel is an ordinary host process: its ordinary instructions run directly.';
    return 'An ordinary instruction: the CPU runs it directly.';
  }

  private address(a: number): number {
    if (a >= MEMORY_WORDS) this.stop('error', `address ${a} is outside memory (0–${MEMORY_WORDS - 1}).`);
    return a;
  }

  /** Ordinary instructions: the same on every design. */
  private ordinary(i: Instruction): void {
    const s = this.state;
    let next = this.pc + 1;
    switch (i.op) {
      case 'mov':
        setReg(s, i.dst, readOperand(s, i.src));
        break;
      case 'add':
        setReg(s, i.dst, readOperand(s, { kind: 'reg', reg: i.dst }) + readOperand(s, i.src));
        break;
      case 'sub':
        setReg(s, i.dst, readOperand(s, { kind: 'reg', reg: i.dst }) - readOperand(s, i.src));
        break;
      case 'and':
        setReg(s, i.dst, readOperand(s, { kind: 'reg', reg: i.dst }) & readOperand(s, i.src));
        break;
      case 'xor':
        setReg(s, i.dst, readOperand(s, { kind: 'reg', reg: i.dst }) ^ readOperand(s, i.src));
        break;
      case 'load':
        setReg(s, i.dst, s.mem[this.address(readOperand(s, i.addr))] ?? 0);
        break;
      case 'store': {
        const a = this.address(readOperand(s, i.addr));
        s.mem[a] = readOperand(s, i.src) >>> 0;
        // The ported Xen kernel's CLI/STI: the event mask in the page it shares with the hypervisor.
        if (this.design.id === 'paravirtualization' && a === MASK_ADDRESS) s.interruptsEnabled = s.mem[a] === 0;
        break;
      }
      case 'jmp':
        next = i.target;
        break;
      case 'jnz':
        if (readOperand(s, { kind: 'reg', reg: i.reg }) !== 0) next = i.target;
        break;
      case 'nop':
        break;
      default:
        throw new Error(`not an ordinary instruction: ${i.op}`);
    }
    this.pc = next;
  }

  /** The effect of a privileged instruction as the guest meant it (what emulation reproduces). */
  private privilegedEffect(i: Instruction): void {
    const s = this.state;
    switch (i.op) {
      case 'cli':
        s.interruptsEnabled = false;
        break;
      case 'sti':
        s.interruptsEnabled = true;
        break;
      case 'mov-cr3':
        s.cr3 = readOperand(s, { kind: 'reg', reg: i.src });
        break;
      case 'lidt':
        s.idtr = readOperand(s, { kind: 'reg', reg: i.src });
        break;
      case 'in':
        setReg(s, i.dst, deviceRead(i.port));
        break;
      case 'out':
        deviceWrite(s, i.port, readOperand(s, { kind: 'reg', reg: i.src }));
        break;
      case 'sysret':
        s.mode = 'user';
        break;
      case 'hlt':
        this.pc++;
        this.stop('halted', 'HLT: the CPU waits for an interrupt. This machine has none, so the run ends here.');
        break;
      default:
        throw new Error(`not a privileged instruction: ${i.op}`);
    }
    this.pc++;
  }

  private privileged(i: Instruction, who: Role): void {
    const what = privilegedWhat[i.op] ?? 'is privileged';
    const ioplAllows = (i.op === 'cli' || i.op === 'sti' || i.op === 'in' || i.op === 'out') && this.state.iopl === 3;
    if (who === 'app' && !ioplAllows) return this.userFault(`${i.op.replace('-', ' ')} ${what}`);
    const d = this.design.id;
    switch (d) {
      case 'bare-metal':
        this.emit(who, 'native', `In ring 0 the CPU simply obeys: it ${what}.`, 'native');
        this.counters.native++;
        return this.privilegedEffect(i);
      case 'trap-and-emulate':
        this.counters.traps++;
        this.emit(
          who,
          'trap',
          `This instruction ${what}, which needs ring 0; the guest kernel runs in ring 1, so the CPU raises a general-protection fault and control passes to the VMM.`,
          'trap',
        );
        this.emit('monitor', 'emulate', this.emulateWhy(i), 'free');
        if (i.op !== 'hlt') this.emit(who, 'return', 'The VMM resumes the guest after the instruction.', 'free');
        return this.privilegedEffect(i);
      case 'binary-translation':
        if (i.op === 'cli' || i.op === 'sti') {
          this.emit(
            who,
            'native',
            `Translated into "${translatedForm(i)}": a store to the virtual interrupt flag the VMM keeps. No trap.`,
            'native',
          );
          this.counters.native++;
          return this.privilegedEffect(i);
        }
        this.counters.callouts++;
        this.emit('monitor', 'emulate', `The translator replaced it with a callout: ${this.emulateWhy(i)}`, 'callout');
        if (i.op !== 'hlt') this.emit(who, 'return', 'Back in the translated code, no trap taken.', 'free');
        return this.privilegedEffect(i);
      case 'paravirtualization':
        this.counters.traps++;
        this.emit(
          who,
          'fault',
          `This instruction ${what}; the ported kernel runs in ring 1, where it faults. A paravirtualized kernel uses a hypercall or the shared event mask instead.`,
          'trap',
        );
        this.emit(
          'monitor',
          'trap',
          'Xen receives the fault. The kernel was not ported for this instruction, so the guest stops here (Xen emulates a few such instructions for compatibility; this model does not).',
          'free',
        );
        return this.stop('crashed', `${i.op} faulted under paravirtualization: port it to a hypercall.`);
      case 'hardware-assisted':
      case 'kvm':
        return this.nonRootPrivileged(i, who, what);
      case 'user-mode-linux':
        if (i.op === 'sysret') {
          this.emit(
            who,
            'emulate',
            'The UML kernel returns to its process the way its port does: with ptrace calls to the host, not SYSRET.',
            'free',
          );
          this.emit('host', 'syscall', 'The host kernel resumes the traced process.', 'syscall');
          return this.privilegedEffect(i);
        }
        this.counters.traps++;
        this.emit(
          who,
          'fault',
          `This instruction ${what}. The UML kernel is a host process in ring 3, so the CPU refuses it with a general-protection fault.`,
          'trap',
        );
        this.emit('host', 'trap', 'The host kernel turns the fault into SIGSEGV and the process dies.', 'free');
        return this.stop('killed', `${i.op} is refused: the UML kernel never runs in ring 0.`);
      case 'shared-kernel':
        throw new Error('handled by inContainer');
      default: {
        const unreachable: never = d;
        return unreachable;
      }
    }
  }

  private nonRootPrivileged(i: Instruction, who: Role, what: string): void {
    const kvm = this.design.id === 'kvm';
    if (i.op === 'hlt') {
      this.counters.exits++;
      this.emit(who, 'vm-exit', 'HLT exiting is on, as usual: the idle guest causes a VM exit.', 'vm-exit');
      this.emit(
        'monitor',
        'emulate',
        kvm
          ? 'KVM handles the exit itself: it polls briefly, then puts the virtual CPU thread to sleep until an interrupt.'
          : 'The hypervisor deschedules the idle virtual CPU and runs something else.',
        'free',
      );
      return this.privilegedEffect(i);
    }
    if (i.op === 'in' || i.op === 'out') {
      this.counters.exits++;
      this.emit(who, 'vm-exit', 'I/O exiting is on for this port: the CPU performs a VM exit.', 'vm-exit');
      if (kvm) {
        this.emit(
          'monitor',
          'emulate',
          'The kvm module reads the exit reason; port I/O for an emulated device is not handled in the kernel, so KVM_RUN returns to QEMU.',
          'free',
        );
        this.emit(
          'device',
          'emulate',
          'QEMU, a host process, emulates the device and calls KVM_RUN again.',
          'user-vmm',
        );
        this.emit('monitor', 'vm-entry', 'KVM re-enters the guest (VMRESUME).', 'free');
      } else {
        this.emit('monitor', 'emulate', 'The hypervisor reads the exit reason and the port from the VMCS.', 'free');
        this.emit('device', 'emulate', 'The device model in the management OS emulates the device.', 'device-model');
        this.emit('monitor', 'vm-entry', 'The hypervisor re-enters the guest (VMRESUME).', 'free');
      }
      return this.privilegedEffect(i);
    }
    const why =
      i.op === 'mov-cr3'
        ? `Runs natively in non-root ring 0: with EPT the guest owns its page tables, so switching them needs no exit.`
        : `Runs natively in non-root ring 0: the guest kernel is back in ring 0 and ${what} against its own state.`;
    this.emit(who, 'native', why, 'native');
    this.counters.native++;
    return this.privilegedEffect(i);
  }

  private emulateWhy(i: Instruction): string {
    switch (i.op) {
      case 'cli':
      case 'sti':
        return `the VMM ${i.op === 'cli' ? 'clears' : 'sets'} the guest's virtual interrupt flag; real interrupts stay on.`;
      case 'mov-cr3':
        return 'the VMM switches to the shadow page table it keeps for the guest table at that address.';
      case 'lidt':
        return "the VMM records the guest's virtual interrupt table; the real one stays the VMM's.";
      case 'hlt':
        return 'the VMM deschedules the idle virtual machine.';
      case 'in':
      case 'out':
        return 'the VMM emulates the device register the guest touched.';
      case 'sysret':
        return 'the VMM performs the return to the guest’s user mode.';
      case 'cpuid':
        return 'the VMM returns filtered CPU features: VMX hidden, "hypervisor present" set.';
      default:
        return 'the VMM emulates it.';
    }
  }

  /** A privileged instruction in user mode: #GP, and the guest kernel kills the process. */
  private userFault(what: string): never {
    this.counters.traps++;
    this.emit(
      'app',
      'fault',
      `User code runs in ring 3, and this instruction ${what}: general-protection fault.`,
      'trap',
    );
    const d = this.design.id;
    if (d === 'trap-and-emulate' || d === 'binary-translation')
      this.emit('monitor', 'trap', 'The fault reaches the VMM first, which reflects it to the guest kernel.', 'free');
    else if (d === 'paravirtualization')
      this.emit('monitor', 'trap', "Xen reflects the fault to the guest kernel's registered handler.", 'free');
    else if (d === 'user-mode-linux')
      this.emit('host', 'trap', 'The host kernel sends SIGSEGV, which the tracing UML kernel receives.', 'free');
    this.emit('kernel', 'emulate', "The kernel's fault handler kills the process.", 'free');
    return this.stop('killed', `the process was killed: user code may not run ${this.current.source}.`);
  }

  private sensitive(i: Instruction, who: Role): void {
    if (i.op !== 'pushf' && i.op !== 'popf' && i.op !== 'sgdt' && i.op !== 'sidt' && i.op !== 'smsw') return;
    const s = this.state;
    const cpl = s.mode === 'user' ? 3 : 0;
    const reg = i.reg;
    const value = readOperand(s, { kind: 'reg', reg });
    const exact = ((): number | { interruptsEnabled: boolean; iopl: number } => {
      switch (i.op) {
        case 'pushf':
          return flagsValue(s.interruptsEnabled, s.iopl);
        case 'popf':
          return popfEffect(s, value, cpl);
        case 'sgdt':
          return GUEST_GDTR;
        case 'sidt':
          return s.idtr;
        case 'smsw':
          return GUEST_MSW;
      }
    })();
    const real = seesRealValues(this.design.id, s.mode);
    const actual = !real
      ? exact
      : i.op === 'pushf'
        ? REAL_FLAGS
        : i.op === 'popf'
          ? { interruptsEnabled: s.interruptsEnabled, iopl: s.iopl }
          : i.op === 'sgdt'
            ? REAL_GDTR
            : i.op === 'sidt'
              ? REAL_IDTR
              : REAL_MSW;
    const diverges = JSON.stringify(exact) !== JSON.stringify(actual);
    const why = this.sensitiveWhy(i.op, reg, real, diverges, exact, actual);
    this.emit(who, 'native', why, 'native');
    this.counters.native++;
    if (diverges)
      this.divergences.push({
        step: this.step,
        line: this.current.line,
        source: this.current.source,
        explanation: why,
      });
    if (typeof actual === 'number') setReg(s, reg, actual);
    else {
      s.interruptsEnabled = actual.interruptsEnabled;
      s.iopl = actual.iopl;
    }
    this.pc++;
  }

  private sensitiveWhy(
    op: 'pushf' | 'popf' | 'sgdt' | 'sidt' | 'smsw',
    reg: Register,
    real: boolean,
    diverges: boolean,
    exact: number | { interruptsEnabled: boolean; iopl: number },
    actual: number | { interruptsEnabled: boolean; iopl: number },
  ): string {
    const d = this.design.id;
    if (!real) {
      if (d === 'binary-translation')
        return `Translated into "${translatedForm({ op, reg })}": it works on the virtual state, correctly.`;
      if (d === 'hardware-assisted' || d === 'kvm')
        return 'Runs natively in non-root mode on the guest’s own flags and tables: the result is correct without an exit.';
      return op === 'popf' && this.state.mode === 'user'
        ? 'In ring 3 POPF cannot change IF or IOPL, and it does not fault: the change is silently dropped.'
        : 'Runs directly and works on the kernel’s own state.';
    }
    const where = this.state.mode === 'user' || d === 'shared-kernel' || d === 'user-mode-linux' ? 'ring 3' : 'ring 1';
    const head = `Sensitive but unprivileged: in ${where} it does not trap, so nobody can emulate it.`;
    if (!diverges) return `${head} This time the result happens to be what the guest expects.`;
    switch (op) {
      case 'popf':
        return `${head} The change to the interrupt flag${typeof exact === 'object' && typeof actual === 'object' && exact.iopl !== actual.iopl ? ' and IOPL' : ''} is silently dropped: the guest believes interrupts are ${typeof exact === 'object' && exact.interruptsEnabled ? 'on' : 'off'}, but they are not.`;
      case 'pushf':
        return `${head} It reads the real flags (${hex(Number(actual))}), not the guest's (${hex(Number(exact))}).`;
      case 'sgdt':
      case 'sidt':
        return `${head} It reveals the real table address (${hex(Number(actual))}), not the guest's (${hex(Number(exact))}).`;
      case 'smsw':
        return `${head} It reveals the real CR0 bits (${hex(Number(actual))}), not the guest's (${hex(Number(exact))}).`;
    }
  }

  private cpuid(i: Instruction, who: Role): void {
    if (i.op !== 'cpuid') return;
    const d = this.design.id;
    let value = HOST_FEATURES;
    if (d === 'hardware-assisted' || d === 'kvm') {
      this.counters.exits++;
      this.emit(who, 'vm-exit', 'On VT-x, CPUID always causes a VM exit, in any ring.', 'vm-exit');
      this.emit(
        'monitor',
        'emulate',
        `${d === 'kvm' ? 'The kvm module' : 'The hypervisor'} returns filtered features: VMX hidden, "hypervisor present" set.`,
        'free',
      );
      this.emit('monitor', 'vm-entry', 'VM entry back into the guest.', 'free');
      value = FILTERED_FEATURES;
    } else if (d === 'binary-translation' && this.state.mode === 'kernel') {
      this.counters.callouts++;
      this.emit('monitor', 'emulate', `The translator replaced it with a callout: ${this.emulateWhy(i)}`, 'callout');
      value = FILTERED_FEATURES;
    } else {
      this.counters.native++;
      this.emit(
        who,
        'native',
        d === 'bare-metal'
          ? 'CPUID runs anywhere and reports the real CPU.'
          : d === 'paravirtualization'
            ? 'CPUID runs natively and reveals the host CPU (unless the kernel uses Xen’s forced-emulation prefix).'
            : 'CPUID is not privileged and does not trap here: it reveals the host CPU, and nothing can filter it.',
        'native',
      );
    }
    setReg(this.state, i.reg, value);
    this.pc++;
  }

  private syscall(): void {
    const s = this.state;
    const d = this.design.id;
    if (s.mode === 'kernel') {
      this.emit(
        'kernel',
        'native',
        'Already in the kernel: the system call enters it again and returns at once.',
        'syscall',
      );
      this.pc++;
      return;
    }
    switch (d) {
      case 'bare-metal':
        this.emit('app', 'syscall', 'The CPU switches from ring 3 to ring 0 and enters the kernel.', 'syscall');
        break;
      case 'trap-and-emulate':
      case 'binary-translation':
        this.counters.traps++;
        this.emit('app', 'syscall', 'User code runs directly and makes a system call.', 'free');
        this.emit(
          'monitor',
          'trap',
          "The real interrupt tables are the VMM's, so the call lands in the VMM, which reflects it to the guest kernel.",
          'trap',
        );
        break;
      case 'paravirtualization':
        this.emit(
          'app',
          'syscall',
          'Straight to the guest kernel through the handler it registered in its trap table; Xen is not involved (32-bit PV).',
          'syscall',
        );
        break;
      case 'hardware-assisted':
      case 'kvm':
        this.emit('app', 'syscall', 'Straight to the guest kernel in non-root ring 0: no VM exit.', 'syscall');
        break;
      case 'user-mode-linux':
        this.counters.traps++;
        this.emit('app', 'syscall', 'To the CPU this is an ordinary host process making a system call.', 'free');
        this.emit(
          'host',
          'trap',
          'The host kernel stops the process (ptrace, PTRACE_SYSEMU) and wakes the UML kernel that traces it.',
          'ptrace',
        );
        this.emit('kernel', 'emulate', 'The UML kernel, itself a ring 3 host process, serves the call.', 'free');
        break;
      case 'shared-kernel':
        throw new Error('handled by inContainer');
      default: {
        const unreachable: never = d;
        return unreachable;
      }
    }
    s.mode = 'kernel';
    this.pc++;
  }

  private hypercall(i: Instruction, who: Role): void {
    if (i.op !== 'hypercall') return;
    const d = this.design.id;
    if (who === 'app') {
      this.counters.traps++;
      this.emit('app', 'fault', 'Hypercalls are for the guest kernel; from user code they are refused.', 'trap');
      return this.stop('killed', 'the process was killed: a hypercall from user mode is refused.');
    }
    if (d === 'paravirtualization' || d === 'hardware-assisted' || d === 'kvm') {
      this.counters.hypercalls++;
      if (d === 'paravirtualization')
        this.emit(who, 'hypercall', `Hypercall ${i.call}: a deliberate trap into Xen.`, 'hypercall');
      else {
        this.counters.exits++;
        this.emit(who, 'vm-exit', `VMCALL (${i.call}) causes a VM exit.`, 'vm-exit');
      }
      this.emit('monitor', 'emulate', this.hypercallWhy(i.call), 'free');
      return this.hypercallEffect(i.call, i.arg === null ? 0 : readOperand(this.state, { kind: 'reg', reg: i.arg }));
    }
    this.counters.traps++;
    if (d === 'user-mode-linux') {
      this.emit(who, 'fault', 'There is no hypervisor: the instruction is undefined (#UD).', 'trap');
      this.emit('host', 'trap', 'The host kernel sends SIGILL and the process dies.', 'free');
      return this.stop('killed', 'a hypercall needs a hypervisor; the UML kernel is a process.');
    }
    this.emit(who, 'fault', 'This design has no hypercall interface: the instruction is undefined (#UD).', 'trap');
    if (d !== 'bare-metal')
      this.emit('monitor', 'trap', 'The VMM reflects the #UD to the guest kernel, which cannot handle it.', 'free');
    return this.stop('crashed', `${this.current.source}: there is no hypervisor to call here.`);
  }

  private hypercallWhy(call: HypercallName): string {
    const name =
      this.design.id === 'paravirtualization' ? 'Xen' : 'The hypervisor (this machine gives it Xen’s call names)';
    switch (call) {
      case 'console_io':
        return `${name} writes the character to the guest's console.`;
      case 'mmuext_op':
        return `${name} validates the new page-table base and switches to it.`;
      case 'set_trap_table':
        return `${name} records the guest kernel's trap handlers.`;
      case 'sched_op':
        return `${name} blocks the idle virtual CPU until an event arrives.`;
      case 'event_channel_op':
        return `${name} signals the back-end driver that requests are waiting in the shared ring.`;
      case 'iret':
        return `${name} returns to the guest's user mode.`;
      default: {
        const unreachable: never = call;
        return unreachable;
      }
    }
  }

  private hypercallEffect(call: HypercallName, arg: number): void {
    const s = this.state;
    const d = this.design.id;
    const back = d === 'paravirtualization' ? 'return' : 'vm-entry';
    this.pc++;
    switch (call) {
      case 'console_io':
        consoleWrite(s, arg);
        break;
      case 'mmuext_op':
        s.cr3 = arg;
        break;
      case 'set_trap_table':
        s.idtr = arg;
        break;
      case 'sched_op':
        return this.stop('halted', 'the virtual CPU blocked. This machine has no events, so the run ends here.');
      case 'event_channel_op':
        this.emit(
          'device',
          'emulate',
          d === 'paravirtualization'
            ? 'The back-end driver in dom0 takes every request from the shared ring in one go.'
            : 'The device model takes every request from the shared ring in one go.',
          'device-model',
        );
        doorbell(s, arg);
        break;
      case 'iret':
        s.mode = 'user';
        this.emit('app', back, 'Back in user mode.', 'free');
        return;
      default: {
        const unreachable: never = call;
        return unreachable;
      }
    }
    this.emit('kernel', back, 'The guest kernel continues after the call.', 'free');
  }

  /** Shared kernel: the whole program is a process of a container; there is no guest kernel. */
  private inContainer(i: Instruction): void {
    const c = instructionClass(i.op);
    if (c === 'ordinary') {
      this.emit('app', 'native', 'An ordinary instruction of a container process: it runs directly.', 'native');
      this.counters.native++;
      return this.ordinary(i);
    }
    if (c === 'sensitive-unprivileged') return this.sensitive(i, 'app');
    if (c === 'cpuid') return this.cpuid(i, 'app');
    if (c === 'system-call') {
      this.emit('app', 'syscall', 'A system call from the container goes straight to the host kernel.', 'free');
      this.emit(
        'host',
        'native',
        "The host kernel serves it within the container's namespaces and limits (seccomp may refuse it) and returns.",
        'syscall',
      );
      this.pc++;
      return;
    }
    // A process cannot raise its own IOPL (POPF in ring 3 leaves it), so everything else is refused.
    this.counters.traps++;
    if (c === 'hypercall') {
      this.emit('app', 'fault', 'There is no hypervisor: the instruction is undefined (#UD).', 'trap');
      this.emit('host', 'trap', 'The host kernel sends SIGILL and the process dies.', 'free');
    } else {
      this.emit(
        'app',
        'fault',
        'There is no guest kernel: the container is a ring 3 process, and the CPU refuses this instruction with a general-protection fault.',
        'trap',
      );
      this.emit('host', 'trap', 'The host kernel sends SIGSEGV and the process dies.', 'free');
    }
    return this.stop('killed', `${this.current.source} is refused: a container has no kernel of its own.`);
  }

  private translateIfNew(): void {
    const block = this.blocks.get(this.pc);
    if (!block || this.translated.has(this.pc)) return;
    this.translated.add(this.pc);
    this.translations.push(block);
    const n = block.original.length;
    this.counters.translated += n;
    const first = block.original[0]?.line ?? 0;
    const last = block.original[n - 1]?.line ?? first;
    this.emit(
      'monitor',
      'translate',
      `The translator rewrites the kernel block at line${first === last ? ` ${first}` : `s ${first}–${last}`} (${n} instruction${n === 1 ? '' : 's'}) into its translation cache; later passes reuse the translation.`,
      n * cycles('translate'),
    );
  }
}

/** Run a parsed program under a design. Always returns: loops end at the step limit. */
export function runProgram(program: Program, design: DesignId, options: RunOptions = {}): RunResult {
  return new Machine(program, design).run(options);
}
