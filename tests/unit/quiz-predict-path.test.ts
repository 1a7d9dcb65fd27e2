import { describe, expect, it } from 'vitest';
import { loadQuizData } from '../../scripts/content/load-course';
import { exportQuestion } from '../../scripts/lms/export-model';
import { predictPath as machinePredict } from '../../src/model/machine/predict';
import { derivePath, deriveQuiz } from '../../src/model/quiz/derive';
import { kindModels } from '../../src/model/quiz/kinds';
import type { PredictPathQuestion, Quiz } from '../../src/model/quiz/types';
import { modelContext, validateQuiz } from '../../src/model/quiz/validate';

const model = kindModels['predict-path'];

function question(design: string, instruction: string): PredictPathQuestion {
  const authored = { kind: 'predict-path', id: 'p', prompt: 'Predict.', section: 's', design, instruction } as const;
  const derived = derivePath(authored as Parameters<typeof derivePath>[0]);
  if (Array.isArray(derived)) throw new Error(derived.join(': '));
  return { ...authored, design: authored.design as PredictPathQuestion['design'], derived };
}

describe('predict-the-path questions', () => {
  it('every question in the course is answered as the machine answers it', async () => {
    let seen = 0;
    for (const n of ['02-privilege-rings', '03-hosted-virtualization', '05-kernel-level', '06-hypervisors']) {
      const { quiz, errors } = await loadQuizData(`content/${n}.quiz.ts`);
      expect(errors).toEqual([]);
      for (const q of (quiz as Quiz).questions) {
        if (q.kind !== 'predict-path') continue;
        seen++;
        const machine = machinePredict(q.design, q.instruction)!;
        expect(q.derived).toMatchObject({ layer: machine.layer, traps: machine.traps, why: machine.explanation });
        expect(model.grade(q, { layer: machine.layer, traps: machine.traps }).correct).toBe(true);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(6);
  });

  it('grades each part on its own', () => {
    const q = question('trap-and-emulate', 'popf r0');
    expect(q.derived).toMatchObject({ layer: 'g1-kernel', traps: false });
    expect(model.grade(q, { layer: 'g1-kernel', traps: true })).toEqual({
      correct: false,
      parts: { layer: true, traps: false },
    });
    expect(model.grade(q, { layer: 'base', traps: false }).parts).toEqual({ layer: false, traps: true });
    expect(model.answered(q, { layer: 'base', traps: null })).toBe(false);
  });

  it('lists the layers in the stack order, top first', () => {
    expect(question('kvm', 'out 0x3f8, r0').derived.layers.map((l) => l.id)).toEqual([
      'g1-apps',
      'g1-kernel',
      'base',
      'g1-vmm',
      'hardware',
    ]);
  });

  it('keeps a saved answer only if it fits the question', () => {
    const q = question('kvm', 'cpuid r0');
    expect(model.parse(q, { layer: 'base', traps: true })).toEqual({ layer: 'base', traps: true });
    expect(model.parse(q, { layer: 'no-such-layer', traps: true })).toBeNull();
    expect(model.parse(q, { layer: 'base', traps: 'yes' })).toBeNull();
    expect(model.parse(q, 'base')).toBeNull();
  });

  it('a bad design or instruction fails the content check with the file and the question', () => {
    const bad = [
      { kind: 'predict-path', id: 'a', prompt: 'P', section: 's', design: 'mainframe', instruction: 'cli' },
      { kind: 'predict-path', id: 'b', prompt: 'P', section: 's', design: 'kvm', instruction: 'frob r1' },
    ];
    const { errors } = deriveQuiz('/content/x.quiz.ts', { questions: bad });
    // The machine cannot run the instruction: found by running it.
    expect(errors).toEqual([
      {
        file: '/content/x.quiz.ts',
        field: 'questions[1] (b).instruction',
        message: '"frob r1" is not one instruction the machine can run',
      },
    ]);
    // No such design: the quiz file's schema says so, once.
    const fromSchema = validateQuiz('/content/x.quiz.ts', { questions: bad }, modelContext(['s']), 0).filter((e) =>
      e.field.startsWith('questions[0]'),
    );
    expect(fromSchema).toEqual([
      {
        file: '/content/x.quiz.ts',
        field: 'questions[0] (a).design',
        message: '"mainframe" is not a design of the machine',
      },
    ]);
  });

  it('exports to the banks as one choice over layer and trap, the right one being the machine’s', () => {
    const q = question('trap-and-emulate', 'cli');
    const e = exportQuestion({ slug: 'ch', headings: [{ id: 's', text: 'S', depth: 2 }] } as never, q);
    expect(e.shape).toBe('choice');
    if (e.shape !== 'choice') return;
    expect(e.options.filter((o) => o.correct).map((o) => o.text)).toEqual([
      'It traps, and Hypervisor (VMkernel + VMM) handles it first',
    ]);
    expect(e.options.map((o) => o.text)).toContain('Windows kernel handles it, without a trap');
    expect(e.options.every((o) => o.feedback.includes('general-protection fault'))).toBe(true);
  });
});
