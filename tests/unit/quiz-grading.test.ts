import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { getArchitecture } from '../../src/model/architectures';
import { kindModels } from '../../src/model/quiz/kinds';
import { matchAnswer } from '../../src/model/quiz/kinds/match';
import { orderAnswer, orderStart } from '../../src/model/quiz/kinds/order';
import type {
  MatchProductsQuestion,
  MultipleChoiceQuestion,
  OrderLayersQuestion,
  PickLayerQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from '../../src/model/quiz/types';
import { columnStack } from '../../src/model/stack';

const base = { prompt: 'Prompt?', section: 'basics' };

describe('single choice', () => {
  const model = kindModels.single;
  const q: SingleChoiceQuestion = {
    ...base,
    kind: 'single',
    id: 'ring-of-kernel',
    choices: [
      { id: 'r0', text: 'Ring 0', correct: true, why: 'Kernels own ring 0.' },
      { id: 'r3', text: 'Ring 3', correct: false, why: 'Ring 3 is for applications.' },
    ],
  };

  it('starts unanswered and grades the one right choice', () => {
    expect(model.initial(q, 'seed')).toBeNull();
    expect(model.answered(q, null)).toBe(false);
    expect(model.answered(q, 'r3')).toBe(true);
    expect(model.grade(q, 'r0')).toEqual({ correct: true });
    expect(model.grade(q, 'r3')).toEqual({ correct: false });
    expect(model.grade(q, null)).toEqual({ correct: false });
  });

  it('accepts only a saved choice id of this question', () => {
    expect(model.parse(q, 'r3')).toBe('r3');
    for (const foreign of ['r1', '', 0, true, ['r0'], { id: 'r0' }, null, undefined])
      expect(model.parse(q, foreign), JSON.stringify(foreign)).toBeNull();
  });
});

describe('multiple choice', () => {
  const model = kindModels.multiple;
  const q: MultipleChoiceQuestion = {
    ...base,
    kind: 'multiple',
    id: 'what-containers-share',
    choices: [
      { id: 'kernel', text: 'The kernel', correct: true, why: 'One kernel serves all.' },
      { id: 'hardware', text: 'The hardware', correct: true, why: 'There is one machine.' },
      { id: 'rootfs', text: 'The root filesystem', correct: false, why: 'Each has its own.' },
    ],
  };

  it('is right only when exactly the correct choices are picked', () => {
    expect(model.grade(q, ['hardware', 'kernel'])).toEqual({
      correct: true,
      parts: { kernel: true, hardware: true, rootfs: true },
    });
  });

  it('marks each choice right or wrong for partial credit', () => {
    expect(model.grade(q, ['kernel'])).toEqual({
      correct: false,
      parts: { kernel: true, hardware: false, rootfs: true },
    });
    expect(model.grade(q, ['kernel', 'hardware', 'rootfs'])).toEqual({
      correct: false,
      parts: { kernel: true, hardware: true, rootfs: false },
    });
    expect(model.grade(q, [])).toEqual({ correct: false, parts: { kernel: false, hardware: false, rootfs: true } });
  });

  it('counts as answered once anything is picked', () => {
    expect(model.initial(q, 'seed')).toEqual([]);
    expect(model.answered(q, [])).toBe(false);
    expect(model.answered(q, ['rootfs'])).toBe(true);
  });

  it('accepts a saved list of its own choice ids, dropping repeats', () => {
    expect(model.parse(q, ['kernel', 'kernel', 'rootfs'])).toEqual(['kernel', 'rootfs']);
    expect(model.parse(q, [])).toEqual([]);
    for (const foreign of ['kernel', ['kernel', 'gpu'], [1], { kernel: true }, null])
      expect(model.parse(q, foreign), JSON.stringify(foreign)).toBeNull();
  });
});

describe('true or false', () => {
  const model = kindModels['true-false'];
  const q: TrueFalseQuestion = {
    ...base,
    kind: 'true-false',
    id: 'containers-are-vms',
    answer: false,
    whyTrue: 'They share a kernel.',
    whyFalse: 'Right, they share a kernel.',
  };

  it('grades against the answer and waits for a choice', () => {
    expect(model.initial(q, 'seed')).toBeNull();
    expect(model.answered(q, null)).toBe(false);
    expect(model.grade(q, false)).toEqual({ correct: true });
    expect(model.grade(q, true)).toEqual({ correct: false });
    expect(model.grade(q, null)).toEqual({ correct: false });
  });

  it('accepts only a saved boolean', () => {
    expect(model.parse(q, true)).toBe(true);
    expect(model.parse(q, false)).toBe(false);
    for (const foreign of ['true', 'false', 0, 1, null, [true]]) expect(model.parse(q, foreign)).toBeNull();
  });
});

describe('order the layers', () => {
  const model = kindModels.order;
  const q: OrderLayersQuestion = {
    ...base,
    kind: 'order',
    id: 'stack-hosted-guest',
    architecture: 'hosted',
    column: 'g1',
    direction: 'hardware-up',
    why: 'The guest kernel sits on the VMM.',
  };
  const answer = ['hardware', 'base', 'vmm', 'g1-kernel', 'g1-apps'];

  it('takes its answer from the model: the column from the hardware up', () => {
    expect(orderAnswer(q)).toEqual(answer);
    expect(orderAnswer(q)).toEqual(columnStack(getArchitecture('hosted'), 'g1').map((l) => l.id));
  });

  it('grades the right order correct and marks each misplaced layer', () => {
    expect(model.grade(q, answer)).toEqual({
      correct: true,
      parts: { hardware: true, base: true, vmm: true, 'g1-kernel': true, 'g1-apps': true },
    });
    const swapped = ['hardware', 'base', 'g1-kernel', 'vmm', 'g1-apps'];
    expect(model.grade(q, swapped)).toEqual({
      correct: false,
      parts: { hardware: true, base: true, vmm: false, 'g1-kernel': false, 'g1-apps': true },
    });
  });

  it('starts from an arrangement that is neither the answer nor its reverse, for any seed', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 3, max: 9 }), (seed, n) => {
        const ids = Array.from({ length: n }, (_, i) => `l${i}`);
        const start = orderStart(ids, seed);
        expect(start).not.toEqual(ids);
        expect(start).not.toEqual([...ids].reverse());
        expect([...start].sort()).toEqual([...ids].sort());
      }),
    );
  });

  it('starts from a shuffle that is never already right, for any seed', () => {
    // Three layers: a shuffle lands on the answer one time in six, so this exercises the fallback.
    const small: OrderLayersQuestion = { ...q, architecture: 'bare-metal', column: 'host' };
    for (const question of [q, small]) {
      const right = orderAnswer(question);
      for (let i = 0; i < 200; i++) {
        const start = model.initial(question, `chapter:${question.id}:${i}`);
        expect(start).not.toEqual(right);
        expect(start).not.toEqual([...right].reverse());
        expect([...start].sort()).toEqual([...right].sort());
        expect(model.grade(question, start).correct).toBe(false);
      }
    }
  });

  it('shuffles the same way for the same seed (server and browser agree) and differently for others', () => {
    expect(model.initial(q, 'hosted:stack:0')).toEqual(model.initial(q, 'hosted:stack:0'));
    const starts = new Set(Array.from({ length: 10 }, (_, i) => model.initial(q, `hosted:stack:${i}`).join()));
    expect(starts.size).toBeGreaterThan(1);
  });

  it('is always answerable (the learner may check any order)', () => {
    expect(model.answered(q, model.initial(q, 'x'))).toBe(true);
  });

  it('accepts a saved order only if it is a permutation of this column', () => {
    const saved = ['g1-apps', 'hardware', 'base', 'vmm', 'g1-kernel'];
    expect(model.parse(q, saved)).toEqual(saved);
    for (const foreign of [
      answer.slice(1),
      [...answer, 'g2-kernel'],
      ['hardware', 'base', 'vmm', 'g2-kernel', 'g1-apps'],
      answer.join(),
      null,
      { 0: 'hardware' },
    ])
      expect(model.parse(q, foreign), JSON.stringify(foreign)).toBeNull();
  });

  // A nested array stringifies like its one element, so a parse that compared joined strings alone
  // would take it for a layer id: every item must be a string.
  it('rejects a saved order whose items are not strings', () => {
    expect(model.parse(q, [['hardware'], 'base', 'vmm', 'g1-kernel', 'g1-apps'])).toBeNull();
  });
});

describe('match products to approaches', () => {
  const model = kindModels.match;
  const q: MatchProductsQuestion = {
    ...base,
    kind: 'match',
    id: 'match-products',
    products: ['docker', 'xen', 'firecracker'],
    options: ['shared-kernel', 'paravirtualization', 'kvm', 'hosted'],
    why: { docker: 'Namespaces.', xen: 'Hypercalls.', firecracker: 'A VMM on KVM.' },
  };
  const right = { docker: 'shared-kernel', xen: 'paravirtualization', firecracker: 'kvm' } as const;

  it('takes the answers from the product model', () => {
    expect(q.products.map(matchAnswer)).toEqual(['shared-kernel', 'paravirtualization', 'kvm']);
    expect(matchAnswer('no-such-product')).toBeUndefined();
  });

  it('starts with nothing matched and is answered once every product has an approach', () => {
    const start = model.initial(q, 'seed');
    expect(start).toEqual({ docker: '', xen: '', firecracker: '' });
    expect(model.answered(q, start)).toBe(false);
    expect(model.answered(q, { ...right, xen: '' })).toBe(false);
    expect(model.answered(q, right)).toBe(true);
  });

  it('grades each product on its own', () => {
    expect(model.grade(q, right)).toEqual({ correct: true, parts: { docker: true, xen: true, firecracker: true } });
    expect(model.grade(q, { ...right, firecracker: 'hosted' })).toEqual({
      correct: false,
      parts: { docker: true, xen: true, firecracker: false },
    });
  });

  it('accepts a saved match only with offered approaches', () => {
    expect(model.parse(q, { docker: 'kvm' })).toEqual({ docker: 'kvm', xen: '', firecracker: '' });
    for (const foreign of [{ docker: 'bare-metal' }, { docker: 3 }, ['kvm'], 'kvm', null])
      expect(model.parse(q, foreign), JSON.stringify(foreign)).toBeNull();
  });
});

describe('pick the layer', () => {
  const model = kindModels['pick-layer'];
  const q: PickLayerQuestion = {
    ...base,
    kind: 'pick-layer',
    id: 'who-handles-exits',
    architecture: 'kvm',
    answer: 'base',
    whyRight: 'KVM lives in the host kernel.',
    whyWrong: 'Exits go to root mode first.',
  };

  it('grades the one right layer', () => {
    expect(model.initial(q, 'seed')).toBeNull();
    expect(model.answered(q, null)).toBe(false);
    expect(model.grade(q, 'base')).toEqual({ correct: true });
    expect(model.grade(q, 'g1-vmm')).toEqual({ correct: false });
  });

  it('accepts a saved layer id and rejects other shapes', () => {
    expect(model.parse(q, 'g1-kernel')).toBe('g1-kernel');
    for (const foreign of ['', 'x'.repeat(100), 7, ['base'], null]) expect(model.parse(q, foreign)).toBeNull();
  });

  // Known bug: pick-layer's parse accepts any short string, so an imported or hand-edited answer
  // naming no layer of the design is restored: the view shows "Select a layer." yet grades it wrong.
  it('rejects a saved layer id that the design does not have', () => {
    expect(model.parse(q, 'no-such-layer')).toBeNull();
  });
});

describe('every kind', () => {
  it('has a label a learner reads above the question', () => {
    for (const [kind, model] of Object.entries(kindModels)) {
      expect(model.kind).toBe(kind);
      expect(model.label.trim()).not.toBe('');
    }
  });
});
