import { describe, expect, it } from 'vitest';
import { architectures, getArchitecture } from '../../src/model/architectures';
import { diagramSearch, parseDiagramParams, withoutDiagram, type DiagramState } from '../../src/model/diagram-state';

const parse = (query: string) => parseDiagramParams(new URLSearchParams(query), 'bare-metal');
const kvmSteps = getArchitecture('kvm').path.steps.length;

describe('parseDiagramParams', () => {
  it('shows the chapter default when the URL asks for nothing', () => {
    expect(parse('')).toEqual({
      state: { arch: 'bare-metal', step: null, compare: undefined },
      requested: false,
      problems: [],
    });
    expect(parse('utm_source=mail').requested).toBe(false);
  });

  it('reads a design and a 1-based step', () => {
    expect(parse('arch=kvm&step=2')).toEqual({
      state: { arch: 'kvm', step: 1, compare: undefined },
      requested: true,
      problems: [],
    });
    expect(parse(`arch=kvm&step=${kvmSteps}`).state.step).toBe(kvmSteps - 1);
  });

  it('treats step 0 as the plain stack', () => {
    expect(parse('arch=kvm&step=0')).toMatchObject({ state: { step: null }, problems: [] });
  });

  it('falls back to the default design and says so', () => {
    const { state, requested, problems } = parse('arch=vmware');
    expect(state).toEqual({ arch: 'bare-metal', step: null, compare: undefined });
    expect(requested).toBe(true);
    expect(problems).toEqual(['There is no design called "vmware", so the default diagram is shown.']);
  });

  it.each(['1.5', 'two', '-1', String(kvmSteps + 1), '99999', 'NaN', 'Infinity'])(
    'ignores step "%s" and explains why',
    (step) => {
      const { state, problems } = parse(`arch=kvm&step=${encodeURIComponent(step)}`);
      expect(state).toEqual({ arch: 'kvm', step: null, compare: undefined });
      expect(problems).toEqual([
        `Step "${step}" does not exist in this trace (it has ${kvmSteps} steps), so it starts from the beginning.`,
      ]);
    },
  );

  it('checks the step against the default design when the named one is unknown', () => {
    const fallbackSteps = getArchitecture('bare-metal').path.steps.length;
    const { state, problems } = parse(`arch=nope&step=${fallbackSteps + 1}`);
    expect(state.step).toBeNull();
    expect(problems).toHaveLength(2);
    expect(problems[1]).toContain(`it has ${fallbackSteps} steps`);
  });

  it('reads a design to compare with, and drops an unknown one', () => {
    expect(parse('arch=kvm&compare=hosted').state).toEqual({ arch: 'kvm', step: null, compare: 'hosted' });
    const unknown = parse('arch=kvm&compare=cloud');
    expect(unknown.state).toEqual({ arch: 'kvm', step: null, compare: undefined });
    expect(unknown.problems).toEqual(['There is no design called "cloud" to compare with.']);
  });

  it('keeps learner-facing problems short, whole sentences even for huge input', () => {
    const { problems } = parse(`arch=${'x'.repeat(5000)}&step=${'9'.repeat(5000)}&compare=${'<b>'.repeat(100)}`);
    expect(problems).toHaveLength(3);
    for (const p of problems) {
      expect(p).toMatch(/^[A-Z].*\.$/);
      expect(p.length).toBeLessThan(160);
    }
  });
});

describe('diagramSearch', () => {
  const states: DiagramState[] = architectures.flatMap((a) => [
    { arch: a.id, step: null },
    { arch: a.id, step: 0 },
    { arch: a.id, step: a.path.steps.length - 1, compare: 'hosted' },
  ]);

  it.each(states.map((s) => [diagramSearch(s), s] as const))('round-trips %s', (search, state) => {
    const parsed = parseDiagramParams(new URLSearchParams(search), 'bare-metal');
    expect(parsed.problems).toEqual([]);
    expect(parsed.state).toEqual({ compare: undefined, ...state });
  });

  it('writes steps as learners count them and leaves out what is default', () => {
    expect(diagramSearch({ arch: 'kvm', step: 0 })).toBe('arch=kvm&step=1');
    expect(diagramSearch({ arch: 'kvm', step: null })).toBe('arch=kvm');
    expect(diagramSearch({ arch: 'kvm', step: null, compare: 'hardware-assisted' })).toBe(
      'arch=kvm&compare=hardware-assisted',
    );
  });

  it("keeps other parameters in the address (an explorer's state) and replaces only the diagram's", () => {
    const keep = new URLSearchParams('walk=nested&arch=hosted&step=3&at=2');
    expect(diagramSearch({ arch: 'kvm', step: 0 }, keep)).toBe('walk=nested&at=2&arch=kvm&step=1');
    expect(withoutDiagram(keep).toString()).toBe('walk=nested&at=2');
    expect(keep.toString()).toBe('walk=nested&arch=hosted&step=3&at=2');
  });
});
