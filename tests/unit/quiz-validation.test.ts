import { describe, expect, it } from 'vitest';
import { formatContentError, type ContentError } from '../../src/model/course';
import { fingerprint, hashString, seededShuffle } from '../../src/model/quiz/random';
import type { Question } from '../../src/model/quiz/types';
import { questionHash } from '../../src/model/quiz/question-hash';
import { modelContext, validateQuiz } from '../../src/model/quiz/validate';

const FILE = '/content/03-hosted.quiz.ts';
const ctx = modelContext(['basics', 'recap']);

function single(id: string): Question {
  return {
    kind: 'single',
    id,
    prompt: 'Which ring does a kernel use?',
    section: 'basics',
    choices: [
      { id: 'r0', text: 'Ring 0', correct: true, why: 'Kernels own ring 0.' },
      { id: 'r3', text: 'Ring 3', correct: false, why: 'Ring 3 is for applications.' },
    ],
  };
}

function trueFalse(id: string): Question {
  return {
    kind: 'true-false',
    id,
    prompt: 'Containers have their own kernel.',
    section: 'basics',
    answer: false,
    whyTrue: 'Because T.',
    whyFalse: 'Because F.',
  };
}

/** Seven valid questions, so a test adds the eighth it is about and the count rule stays quiet. */
const seven = [single('one'), ...['two', 'three', 'four', 'five', 'six', 'seven'].map(trueFalse)];

function check(question: unknown): string[] {
  return validateQuiz(FILE, { questions: [...seven, question] }, ctx).map(formatContentError);
}

describe('validateQuiz', () => {
  it('accepts a well-formed quiz of every kind', () => {
    const all: Question[] = [
      ...seven,
      {
        kind: 'multiple',
        id: 'multi',
        prompt: 'P?',
        section: 'recap',
        choices: (single('x') as Extract<Question, { kind: 'single' }>).choices,
      },
      {
        kind: 'order',
        id: 'order',
        prompt: 'Build it from the hardware up.',
        section: 'basics',
        architecture: 'kvm',
        column: 'g1',
        direction: 'hardware-up',
        why: 'W.',
      },
      {
        kind: 'match',
        id: 'match',
        prompt: 'P?',
        section: 'basics',
        products: ['docker', 'xen'],
        options: ['shared-kernel', 'paravirtualization'],
        why: { docker: 'W.', xen: 'W.' },
      },
      {
        kind: 'pick-layer',
        id: 'pick',
        prompt: 'P?',
        section: 'basics',
        architecture: 'kvm',
        answer: 'base',
        whyRight: 'R.',
        whyWrong: 'W.',
        whyLayer: { 'g1-vmm': 'QEMU handles devices, not exits.' },
      },
    ];
    expect(validateQuiz(FILE, { questions: all }, ctx)).toEqual([]);
  });

  it('names the file, question and field when no choice is correct', () => {
    const q = single('no-answer') as Extract<Question, { kind: 'single' }>;
    const broken = { ...q, choices: q.choices.map((c) => ({ ...c, correct: false })) };
    expect(check(broken)).toEqual([`${FILE}: questions[7] (no-answer).choices: no choice is marked correct`]);
  });

  it('rejects a single-choice question with two correct choices', () => {
    const q = single('two-answers') as Extract<Question, { kind: 'single' }>;
    const broken = { ...q, choices: q.choices.map((c) => ({ ...c, correct: true })) };
    expect(check(broken)).toEqual([
      `${FILE}: questions[7] (two-answers).choices: a single-choice question has 2 correct choices`,
    ]);
  });

  it('rejects a choice without a why', () => {
    const q = single('no-why') as Extract<Question, { kind: 'single' }>;
    const broken = { ...q, choices: [q.choices[0], { ...q.choices[1], why: ' ' }] };
    expect(check(broken)).toEqual([
      `${FILE}: questions[7] (no-why).choices[1].why: missing: every choice explains why it is right or wrong`,
    ]);
  });

  it('reports a field the author left out as missing, with what it needs, at any depth', () => {
    const q = single('no-key') as Extract<Question, { kind: 'single' }>;
    const { why: _why, ...withoutWhy } = q.choices[1]!;
    expect(check({ ...q, choices: [q.choices[0], withoutWhy] })).toEqual([
      `${FILE}: questions[7] (no-key).choices[1].why: missing: every choice explains why it is right or wrong`,
    ]);
    const { answer: _answer, ...withoutAnswer } = trueFalse('no-answer') as Extract<Question, { kind: 'true-false' }>;
    expect(check(withoutAnswer)).toEqual([`${FILE}: questions[7] (no-answer).answer: must be true or false`]);
  });

  it('refuses a field its kind does not declare, so a misspelt optional field is not silently ignored', () => {
    expect(check({ ...trueFalse('typo'), whyFlase: 'Because F.' })).toEqual([
      `${FILE}: questions[7] (typo).whyFlase: is not a field of a true-false question`,
    ]);
    const q = single('choice-typo') as Extract<Question, { kind: 'single' }>;
    expect(check({ ...q, choices: [q.choices[0], { ...q.choices[1], corect: true }] })).toEqual([
      `${FILE}: questions[7] (choice-typo).choices[1].corect: is not a field of a choice`,
    ]);
  });

  it('rejects two choices with one id, and a question that is not an object', () => {
    const q = single('same-ids') as Extract<Question, { kind: 'single' }>;
    expect(check({ ...q, choices: [q.choices[0], { ...q.choices[1], id: 'r0' }] })).toEqual([
      `${FILE}: questions[7] (same-ids).choices[1].id: "r0" is used twice`,
    ]);
    expect(check('What is ring 0?')).toEqual([`${FILE}: questions[7]: is not an object`]);
  });

  it('types ids of the model, so a misspelt product, architecture or design fails tsc as well as the check', () => {
    const products: Extract<Question, { kind: 'match' }>['products'] = [
      'docker',
      // @ts-expect-error -- not a product of src/model/products.ts
      'dokcer',
    ];
    // @ts-expect-error -- not a design of the machine
    const design: Extract<Question, { kind: 'predict-path' }>['design'] = 'mainframe';
    expect(check({ kind: 'match', id: 'm', prompt: 'P?', section: 'basics', products, options: [], why: {} })).toEqual([
      `${FILE}: questions[7] (m).products[1]: "dokcer" is not a product in the model`,
      `${FILE}: questions[7] (m).options: offer at least two approaches`,
    ]);
    expect(design).toBe('mainframe');
  });

  it('rejects a question id used twice, naming the second', () => {
    expect(check(trueFalse('three'))).toEqual([
      `${FILE}: questions[7] (three).id: "three" is used by another question`,
    ]);
  });

  it('rejects an id that cannot go in a URL', () => {
    expect(check(trueFalse('Bad Id'))).toEqual([
      `${FILE}: questions[7] (Bad Id).id: must be lowercase letters, digits and dashes`,
    ]);
  });

  it('rejects a section that is not a heading of the chapter', () => {
    expect(check({ ...trueFalse('lost'), section: 'nowhere' })).toEqual([
      `${FILE}: questions[7] (lost).section: "nowhere" is not a section of this chapter`,
    ]);
  });

  it('rejects a true-false question without both explanations', () => {
    expect(check({ ...trueFalse('half'), whyFalse: '' })).toEqual([`${FILE}: questions[7] (half).whyFalse: missing`]);
  });

  it('rejects an explanation that opens with a verdict, of any kind, but not a sentence that merely starts alike', () => {
    expect(
      check({ ...trueFalse('verdict'), whyTrue: 'Wrong: it is false.', whyFalse: 'No kernel is involved.' }),
    ).toEqual([
      `${FILE}: questions[7] (verdict).whyTrue: starts with a verdict ("Wrong"): the quiz shows the verdict already`,
    ]);
  });

  it('rejects an unknown architecture, layer or column', () => {
    const pick = {
      kind: 'pick-layer',
      id: 'pick',
      prompt: 'P?',
      section: 'basics',
      architecture: 'kvm',
      answer: 'base',
      whyRight: 'R.',
      whyWrong: 'W.',
    } as const;
    expect(check({ ...pick, architecture: 'vmware' })).toEqual([
      `${FILE}: questions[7] (pick).architecture: "vmware" is not an architecture`,
    ]);
    expect(check({ ...pick, answer: 'dom0' })).toEqual([
      `${FILE}: questions[7] (pick).answer: "dom0" is not a layer of kvm`,
    ]);
    expect(check({ ...pick, whyLayer: { hypervisor: 'W.' } })).toEqual([
      `${FILE}: questions[7] (pick).whyLayer.hypervisor: "hypervisor" is not a layer of kvm`,
    ]);
    const order = {
      kind: 'order',
      id: 'order',
      prompt: 'Build it from the hardware up.',
      section: 'basics',
      architecture: 'kvm',
      column: 'g1',
      direction: 'hardware-up',
      why: 'W.',
    };
    expect(check({ ...order, architecture: 'zones' })).toEqual([
      `${FILE}: questions[7] (order).architecture: "zones" is not an architecture`,
    ]);
    expect(check({ ...order, column: 'mgmt' })).toEqual([
      `${FILE}: questions[7] (order).column: "mgmt" is not a column of kvm`,
    ]);
    // The prompt and the widget must agree on which way the list runs.
    expect(check({ ...order, direction: 'top-down' })).toEqual([
      `${FILE}: questions[7] (order).prompt: must say "from the top down" (direction is top-down), so the prompt and the widget agree`,
    ]);
    expect(check({ ...order, prompt: 'Build it from the top down.', direction: 'top-down' })).toEqual([]);
    expect(check({ ...order, direction: undefined })).toEqual([
      `${FILE}: questions[7] (order).direction: must be hardware-up or top-down`,
    ]);
    expect(check({ ...order, architecture: 'bare-metal', column: 'host' })).toEqual([]);
  });

  describe('match questions', () => {
    const match = {
      kind: 'match',
      id: 'match',
      prompt: 'P?',
      section: 'basics',
      products: ['docker', 'xen'],
      options: ['shared-kernel', 'paravirtualization'],
      why: { docker: 'W.', xen: 'W.' },
    };

    it('rejects a product the model does not know', () => {
      expect(check({ ...match, products: ['docker', 'parallels'], why: { docker: 'W.', parallels: 'W.' } })).toEqual([
        `${FILE}: questions[7] (match).products[1]: "parallels" is not a product in the model`,
      ]);
    });

    it('rejects a product whose own approach is not offered', () => {
      expect(check({ ...match, options: ['hosted', 'paravirtualization'] })).toEqual([
        `${FILE}: questions[7] (match).products[0]: "docker" belongs to shared-kernel, which is not among the options`,
      ]);
    });

    it('rejects an option that is not an architecture, and a product without a why', () => {
      expect(check({ ...match, options: [...match.options, 'cloud'] })).toEqual([
        `${FILE}: questions[7] (match).options[2]: "cloud" is not an architecture`,
      ]);
      expect(check({ ...match, why: { docker: 'W.' } })).toEqual([`${FILE}: questions[7] (match).why.xen: missing`]);
      expect(check({ ...match, why: { docker: 'W.', xen: ' ' } })).toEqual([
        `${FILE}: questions[7] (match).why.xen: missing`,
      ]);
    });

    it('checks a question against the model only once it has its shape', () => {
      // "why.xen: missing" waits until the options are architectures: the checks read typed fields.
      expect(check({ ...match, options: [...match.options, 'cloud'], why: { docker: 'W.' } })).toEqual([
        `${FILE}: questions[7] (match).options[2]: "cloud" is not an architecture`,
      ]);
    });

    // Once a crash (the check read `q.options` it had just found missing): the schema now reports it and
    // the kind's check runs only on a question that has its shape.
    it('reports a match question without options instead of crashing', () => {
      const { options: _options, ...withoutOptions } = match;
      expect(check(withoutOptions)).toEqual([`${FILE}: questions[7] (match).options: offer at least two approaches`]);
    });
  });

  it('rejects an unknown kind, listing the kinds there are', () => {
    expect(check({ ...trueFalse('essay'), kind: 'essay' })).toEqual([
      `${FILE}: questions[7] (essay).kind: "essay" is not a question kind (single, multiple, true-false, order, match, pick-layer, predict-path)`,
    ]);
  });

  // Once a crash (`q.kind in kindModels` found Object.prototype's members): the variant matches literals only.
  it('rejects a kind that happens to be an Object.prototype member', () => {
    expect(check({ ...trueFalse('proto'), kind: 'constructor' })).toHaveLength(1);
  });

  it('asks for at least eight questions', () => {
    const errors: ContentError[] = validateQuiz(FILE, { questions: seven.slice(0, 3) }, ctx);
    expect(errors.map(formatContentError)).toEqual([`${FILE}: questions: has 3 questions; at least 8 are needed`]);
  });

  it('asks for at least two kinds of question', () => {
    const eight = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map(trueFalse);
    expect(validateQuiz(FILE, { questions: eight }, ctx).map(formatContentError)).toEqual([
      `${FILE}: questions: every question is of kind "true-false"; use at least 2 kinds`,
    ]);
    expect(validateQuiz(FILE, { questions: [...eight.slice(1), single('one')] }, ctx)).toEqual([]);
  });

  it('rejects a default export of the wrong shape', () => {
    for (const data of [null, {}, { questions: 'none' }, [single('a')]])
      expect(validateQuiz(FILE, data, ctx).map(formatContentError)).toEqual([
        `${FILE}: questions: the default export must be { questions: [...] }`,
      ]);
  });
});

describe('questionHash', () => {
  const q = single('ring-of-kernel') as Extract<Question, { kind: 'single' }>;

  it('is stable for the same question', () => {
    expect(questionHash(structuredClone(q))).toBe(questionHash(q));
  });

  it('changes when what decides correctness changes, not for wording or explanations (finding 6)', () => {
    const keyEdits: Question[] = [
      { ...q, choices: q.choices.map((c) => ({ ...c, correct: !c.correct })) },
      { ...q, choices: [...q.choices].reverse() },
      { ...q, choices: [q.choices[0]!, { ...q.choices[1]!, id: 'r4' }] },
    ];
    const hashes = new Set([questionHash(q), ...keyEdits.map(questionHash)]);
    expect(hashes.size).toBe(keyEdits.length + 1);
    const proseEdits: Question[] = [
      { ...q, prompt: q.prompt + ' ' },
      { ...q, section: 'recap' },
      { ...q, choices: [q.choices[0]!, { ...q.choices[1]!, why: 'Changed.', text: 'Ring three' }] },
    ];
    for (const edited of proseEdits) expect(questionHash(edited)).toBe(questionHash(q));
  });
});

describe('hashing and shuffling', () => {
  it('uses 32-bit FNV-1a, so saved answers survive a release that does not touch the quiz', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
    expect(fingerprint({ a: 1 })).toBe(hashString('{"a":1}').toString(36));
  });

  it('shuffles deterministically by seed without touching its input', () => {
    const items = Object.freeze(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    const first = seededShuffle(items, 'kvm:order:0');
    expect(seededShuffle(items, 'kvm:order:0')).toEqual(first);
    expect([...first].sort()).toEqual([...items]);
    expect(items).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    const orders = new Set(Array.from({ length: 20 }, (_, i) => seededShuffle(items, `seed-${i}`).join('')));
    expect(orders.size).toBeGreaterThan(15);
  });

  it('handles empty and one-item lists', () => {
    expect(seededShuffle([], 's')).toEqual([]);
    expect(seededShuffle(['only'], 's')).toEqual(['only']);
  });
});
