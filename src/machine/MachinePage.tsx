import { memo, useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Head } from '../lib/head';
import { useHydrated } from '../lib/useHydrated';
import { getLevel } from '../model/machine/levels';
import { machineSearch, parseMachineParams, type MachineUrlState } from '../model/machine/url';
import { CostTable } from './MachineStatus';
import { LevelList, LevelPanel } from './Levels';
import { Workbench } from './Workbench';

/** The sandbox: write a few guest kernel instructions, pick a design, and watch who handles each one. */
export default function MachinePage() {
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const parsed = useMemo(() => parseMachineParams(hydrated ? params : new URLSearchParams()), [hydrated, params]);
  const { state } = parsed;
  const level = state.level ? getLevel(state.level) : undefined;
  const change = useCallback(
    (next: MachineUrlState) =>
      void navigate({ pathname, search: machineSearch(next) }, { replace: true, preventScrollReset: true }),
    [navigate, pathname],
  );
  return (
    <div className="machine-page">
      <Head
        title="The machine"
        description="Run a few privileged instructions under every virtualization design and see which layer handles each one."
        path="/machine"
      />
      <h1 tabIndex={-1}>The Ring Zero machine</h1>
      <p className="machine-intro">
        A tiny computer modelled on classic x86. Write a few lines of guest kernel code, pick a design, and follow each
        instruction to the layer that handles it: the CPU, the guest kernel, a VMM, a hypervisor or the host kernel. The{' '}
        <a href="#machine-isa">instruction list</a> is below the levels.
      </p>
      {parsed.problems.map((p) => (
        <p className="diagram-note" role="status" key={p}>
          {p}
        </p>
      ))}
      {level ? <LevelPanel key={level.id} level={level} state={state} onChange={change} /> : null}
      <Workbench state={state} onChange={change} interactive={hydrated} />
      <CostTable />
      <section aria-labelledby="machine-levels-title">
        <h2 id="machine-levels-title">Levels</h2>
        <p>Challenges in the order the chapters teach. Each goal is checked by running your program.</p>
        <LevelList current={state.level} />
      </section>
      <InstructionList />
    </div>
  );
}

const InstructionList = memo(function InstructionList() {
  return (
    <section aria-labelledby="machine-isa">
      <h2 id="machine-isa">Instructions</h2>
      <ul className="machine-isa">
        <li>
          Ordinary: <code>mov</code>, <code>add</code>, <code>sub</code>, <code>and</code>, <code>xor</code> (
          <code>rD, rS</code> or a number), <code>load rD, [addr]</code>, <code>store [addr], value</code>,{' '}
          <code>jmp label</code>, <code>jnz rN, label</code>, <code>nop</code>. Registers <code>r0</code>–
          <code>r3</code>; memory <code>[0]</code>–<code>[15]</code>.
        </li>
        <li>
          Privileged: <code>mov cr3, rN</code>, <code>lidt rN</code>, <code>hlt</code>, <code>sysret</code>; and, unless
          IOPL allows, <code>cli</code>, <code>sti</code>, <code>in rD, port</code>, <code>out port, rN</code>. Ports:{' '}
          <code>0x3f8</code> console, <code>0x3fd</code> console status, <code>0x10</code> queue doorbell (sends memory
          words 0 to N−1).
        </li>
        <li>
          Sensitive but unprivileged on classic x86: <code>pushf rN</code>, <code>popf rN</code> (IF is bit 9,{' '}
          <code>0x200</code>), <code>sgdt rN</code>, <code>sidt rN</code>, <code>smsw rN</code>.
        </li>
        <li>
          <code>cpuid rN</code>; <code>syscall</code> (user to kernel); <code>hypercall name, rN</code> or{' '}
          <code>vmcall</code>: <code>console_io</code>, <code>mmuext_op</code>, <code>set_trap_table</code>,{' '}
          <code>sched_op</code>, <code>event_channel_op</code>, <code>iret</code>. Under Xen,{' '}
          <code>store [mask], 1</code> masks events.
        </li>
      </ul>
    </section>
  );
});
