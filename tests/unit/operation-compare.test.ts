import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { architectureIds } from '../../src/model/architectures';
import {
  compareSearch,
  DEFAULT_COMPARE,
  machineDesignFor,
  OPERATION_IDS,
  operationTrace,
  parseCompareParams,
  sharedSteps,
} from '../../src/model/operation-compare';

describe('one operation across designs', () => {
  it('runs every design on its own stack, one machine design per architecture', () => {
    const designs = architectureIds.map((a) => machineDesignFor(a));
    expect(designs.map((d) => d.architecture)).toEqual(architectureIds);
    expect(new Set(designs.map((d) => d.id)).size).toBe(architectureIds.length);
  });

  it('explains in words exactly the designs where the operation cannot complete', () => {
    for (const op of OPERATION_IDS)
      for (const arch of architectureIds) {
        const trace = operationTrace(op, arch);
        expect(trace.steps.length, `${op} under ${arch}`).toBeGreaterThan(0);
        expect(trace.noPath === null, `${op} under ${arch}`).toBe(trace.completed);
      }
    for (const op of OPERATION_IDS) {
      expect(operationTrace(op, 'shared-kernel').noPath).toMatch(/^No path/);
      expect(operationTrace(op, 'user-mode-linux').noPath).toMatch(/^No path/);
    }
  });

  it('runs the ported form under Xen, which never faults', () => {
    for (const op of OPERATION_IDS) {
      const trace = operationTrace(op, 'paravirtualization');
      expect(trace.program).not.toBe(operationTrace(op, 'bare-metal').program);
      expect(trace.portedWhy).toMatch(/ported to Xen/);
      expect(trace.steps.some((s) => s.action === 'fault')).toBe(false);
    }
    expect(operationTrace('cr3', 'paravirtualization').steps.map((s) => s.action)).toEqual([
      'hypercall',
      'emulate',
      'return',
    ]);
  });

  it('shows what the course teaches for CLI: native on bare metal and under VT-x, trapped or translated before it', () => {
    const actions = (arch: Parameters<typeof operationTrace>[1]) =>
      operationTrace('cli', arch).steps.map((s) => s.action);
    expect(actions('bare-metal')).toEqual(['native']);
    expect(actions('hardware-assisted')).toEqual(['native']);
    expect(operationTrace('cli', 'hardware-assisted').steps[0]?.privilege).toEqual({ ring: 0, mode: 'vmx-non-root' });
    expect(actions('full-virtualization')).toEqual(['trap', 'emulate', 'return']);
    expect(actions('hosted')).toContain('translate');
    expect(actions('hosted')).not.toContain('trap');
  });

  it('exits to a device model for OUT under KVM and the hardware-assisted hypervisor', () => {
    for (const arch of ['kvm', 'hardware-assisted'] as const) {
      const actions = operationTrace('out', arch).steps.map((s) => s.action);
      expect(actions[0]).toBe('vm-exit');
      expect(actions.at(-1)).toBe('vm-entry');
    }
  });
});

describe('/compare URL state', () => {
  it('round-trips every valid state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...architectureIds),
        fc.constantFrom(...architectureIds),
        fc.constantFrom(...OPERATION_IDS),
        fc.nat(),
        (a, b, op, n) => {
          const k = n % (sharedSteps(op, a, b) + 1);
          const step = k === 0 ? null : k - 1;
          const state = { a, b, op, step };
          expect(parseCompareParams(new URLSearchParams(compareSearch(state)))).toEqual({ state, problems: [] });
        },
      ),
    );
  });

  it('falls back part by part and says why; an old address without op follows CLI', () => {
    const { state, problems } = parseCompareParams(new URLSearchParams('arch=vax&compare=kvm&op=reboot&step=99'));
    expect(state).toEqual({ ...DEFAULT_COMPARE, b: 'kvm' });
    expect(problems).toHaveLength(3);
    expect(problems[1]).toMatch(/no operation called "reboot"/);
    expect(problems[2]).toMatch(/Step "99" does not exist/);
    expect(parseCompareParams(new URLSearchParams('arch=kvm&compare=hosted')).state).toEqual({
      a: 'kvm',
      b: 'hosted',
      op: 'cli',
      step: null,
    });
    fc.assert(
      fc.property(fc.string(), (s) => {
        const parsed = parseCompareParams(new URLSearchParams(s));
        const { step, op, a, b } = parsed.state;
        expect(step === null || step < sharedSteps(op, a, b)).toBe(true);
      }),
    );
  });
});
