import { describe, expect, it } from 'vitest';
import { getArchitecture } from '../../src/model/architectures';
import { diagramSearch, parseDiagramParams } from '../../src/model/diagram-state';
import { embedPath } from '../../src/model/embed';
import { parseMachineParams } from '../../src/model/machine/url';
import { compareSearch, parseCompareParams } from '../../src/model/operation-compare';
import { packetSearch, parsePacketParams } from '../../src/model/packet-path-state';
import { atLastStep, clampStep, nextStep, previousStep, stepFromWritten, writtenStep } from '../../src/model/step';

/**
 * Addresses shared before steps became `null`-or-index inside the code: each still opens the state it
 * opened then. The caption a learner saw is "Step n of N", so `expected` is that n (null: no step).
 */
const oldDiagramLinks: [search: string, expected: number | null][] = [
  ['arch=kvm', null],
  ['arch=kvm&step=0', null],
  ['arch=kvm&step=1', 1],
  ['arch=kvm&step=3', 3],
  [`arch=kvm&step=${getArchitecture('kvm').path.steps.length}`, getArchitecture('kvm').path.steps.length],
  [`arch=kvm&step=${getArchitecture('kvm').path.steps.length + 1}`, null],
  ['arch=kvm&step=-1', null],
  ['arch=kvm&step=0002', null],
  ['arch=kvm&step=two', null],
];

/** The step number a learner reads in the caption for a state, or null before the trace starts (the old -1 included). */
const caption = (step: number | null) => (step === null || step < 0 ? null : step + 1);

describe('old links open the same step', () => {
  it.each(oldDiagramLinks)('a diagram link ?%s opens step %s', (search, expected) => {
    const { state } = parseDiagramParams(new URLSearchParams(search), 'bare-metal');
    expect(caption(state.step)).toBe(expected);
    // And writing the state back gives the same address, minus anything that was not understood.
    if (expected !== null) expect(diagramSearch(state)).toBe(`arch=kvm&step=${expected}`);
  });

  it.each([
    ['op=cli&step=0', null],
    ['op=cli&step=1', 1],
    ['op=cli&step=2', 2],
    ['op=cli&step=99', null],
  ] as const)('a /compare link ?%s opens step %s', (search, expected) => {
    const { state } = parseCompareParams(new URLSearchParams(search));
    expect(caption(state.step)).toBe(expected);
    if (expected !== null) expect(compareSearch(state)).toContain(`step=${expected}`);
  });

  it.each([
    ['io=virtio&hop=0', null],
    ['io=virtio&hop=1', 1],
    ['io=virtio&hop=4', 4],
    ['io=virtio&hop=999', null],
  ] as const)('a packet-path link ?%s opens hop %s', (search, expected) => {
    const { state } = parsePacketParams(new URLSearchParams(search));
    expect(caption(state.hop)).toBe(expected);
    if (expected !== null) expect(packetSearch(state)).toContain(`hop=${expected}`);
  });

  it.each([
    ['design=kvm&step=1', 1],
    ['design=kvm&step=5', 5],
    ['design=kvm&step=0', null],
    ['design=kvm', null],
  ] as const)('a machine link ?%s opens event %s', (search, expected) => {
    const { state } = parseMachineParams(new URLSearchParams(search));
    expect(caption(state.step)).toBe(expected);
  });

  it('an embed writes the step as the caption counts it', () => {
    expect(embedPath({ arch: 'kvm', step: null, theme: 'auto' })).toBe('/embed/kvm/');
    expect(embedPath({ arch: 'kvm', step: 0, theme: 'auto' })).toBe('/embed/kvm/?step=1');
  });
});

describe('the step helpers', () => {
  it('read and write the 1-based count, 0 being no step', () => {
    expect(stepFromWritten('0', 5)).toBeNull();
    expect(stepFromWritten('1', 5)).toBe(0);
    expect(stepFromWritten('5', 5)).toBe(4);
    expect(stepFromWritten('6', 5)).toBeUndefined();
    expect(stepFromWritten('', 5)).toBeUndefined();
    expect(writtenStep(null)).toBeNull();
    expect(writtenStep(0)).toBe('1');
  });

  it('move forward from no step to the first, and back from the first to no step', () => {
    expect(nextStep(null)).toBe(0);
    expect(nextStep(2)).toBe(3);
    expect(previousStep(0)).toBeNull();
    expect(previousStep(null)).toBeNull();
    expect(previousStep(3)).toBe(2);
  });

  it('clamp to the trace and know its end', () => {
    expect(clampStep(9, 3)).toBe(2);
    expect(clampStep(-1, 3)).toBeNull();
    expect(clampStep(0, 0)).toBeNull();
    expect(atLastStep(2, 3)).toBe(true);
    expect(atLastStep(null, 3)).toBe(false);
    expect(atLastStep(null, 0)).toBe(true);
  });
});
