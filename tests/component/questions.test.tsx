import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { ChapterMeta } from '../../src/model/course';
import type { Grade } from '../../src/model/quiz/kinds';
import type { Question } from '../../src/model/quiz/types';
import { QuestionCard } from '../../src/quiz/QuestionCard';
import { derivePath } from '../../src/model/quiz/derive';

const chapter: ChapterMeta = {
  slug: 'test',
  order: 1,
  title: 'Test chapter',
  summary: 'A chapter for tests.',
  objectives: ['Test'],
  references: [{ id: 'r', text: 'Ref' }],
  file: '/content/test.mdx',
  headings: [{ id: 'rings', text: 'Rings', depth: 2 }],
  deepDives: [],
  diagrams: [],
  quiz: [],
};

/** A question with saved-answer state kept in memory, as the quiz shell does. */
function Harness({ question }: { question: Question }) {
  const [saved, setSaved] = useState<{ response: unknown; grade: Grade } | null>(null);
  return (
    <MemoryRouter>
      <ol>
        <QuestionCard
          chapter={chapter}
          question={question}
          index={0}
          seed="seed"
          saved={saved}
          onCheck={(response, grade) => setSaved({ response, grade })}
        />
      </ol>
    </MemoryRouter>
  );
}

/** The verdict a learner reads once the answer is checked. */
function verdict(): HTMLElement {
  return screen.getByText(/^(Correct|Not correct yet)\.$/);
}

const single: Question = {
  kind: 'single',
  id: 'ring',
  prompt: 'Which ring does the kernel use?',
  section: 'rings',
  choices: [
    { id: 'r0', text: 'Ring 0', correct: true, why: 'Only ring 0 may run privileged instructions.' },
    { id: 'r3', text: 'Ring 3', correct: false, why: 'Ring 3 is where applications run.' },
  ],
};

/** The bare-metal stack (three layers) as an ordering question, listed in the given direction. */
function orderQuestion(direction: 'hardware-up' | 'top-down', why = 'Kernel sits on hardware.'): Question {
  return {
    kind: 'order',
    id: 'o',
    prompt: `Build the stack ${direction === 'hardware-up' ? 'from the hardware up' : 'from the top down'}`,
    section: 'rings',
    architecture: 'bare-metal',
    column: 'host',
    direction,
    why,
  };
}

describe('question kinds', () => {
  it('single choice by pointer: feedback explains the chosen answer and links to the section', async () => {
    const user = userEvent.setup();
    render(<Harness question={single} />);
    const check = screen.getByRole('button', { name: 'Check answer' });
    expect(check).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'Ring 3' }));
    await user.click(check);
    expect(verdict()).toHaveTextContent('Not correct yet.');
    expect(screen.getByText(/Ring 3 is where applications run/)).toBeInTheDocument();
    // The right answer is explained too, and the way back to the teaching section is offered.
    expect(screen.getByText(/Only ring 0 may run privileged/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Review: Rings' })).toHaveAttribute('href', '#rings');
    expect(screen.getByRole('radio', { name: 'Ring 0' })).toBeDisabled();
  });

  it('single choice by keyboard', async () => {
    const user = userEvent.setup();
    render(<Harness question={single} />);
    screen.getAllByRole('radio')[0]?.focus();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard('{Enter}');
    // Space chose the first radio, Ring 0; Tab and Enter checked it.
    expect(verdict()).toHaveTextContent(/^Correct\.$/);
  });

  it('multiple select grades every choice', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        question={{
          kind: 'multiple',
          id: 'm',
          prompt: 'Which are namespaces?',
          section: 'rings',
          choices: [
            { id: 'pid', text: 'PID', correct: true, why: 'PID namespaces separate process ids.' },
            { id: 'net', text: 'Network', correct: true, why: 'Network namespaces separate interfaces.' },
            { id: 'cpu', text: 'CPU ring', correct: false, why: 'Rings are hardware, not namespaces.' },
          ],
        }}
      />,
    );
    await user.click(screen.getByRole('checkbox', { name: 'PID' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(verdict()).toHaveTextContent('Not correct yet.');
    expect(screen.getByText(/you missed this one/)).toBeInTheDocument();
    expect(screen.getAllByText(/you got this one/)).toHaveLength(2);
  });

  it('true/false', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        question={{
          kind: 'true-false',
          id: 'tf',
          prompt: 'A container is a small VM.',
          section: 'rings',
          answer: false,
          whyTrue: 'It shares the kernel, so no.',
          whyFalse: 'Right: it is processes on one kernel.',
        }}
      />,
    );
    await user.click(screen.getByRole('radio', { name: 'True' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByText(/it is false/)).toBeInTheDocument();
    expect(screen.getByText(/It shares the kernel, so no/)).toBeInTheDocument();
  });

  it('order the layers with the move buttons, graded against the model', async () => {
    const user = userEvent.setup();
    render(<Harness question={orderQuestion('top-down', 'Kernel sits on hardware.')} />);
    const labels = () =>
      screen
        .getAllByRole('listitem')
        .filter((li) => li.classList.contains('order-card'))
        .map((li) => li.querySelector('.order-label')?.textContent);
    // Put the cards in the right order, top first: Applications, kernel, Hardware.
    for (let guard = 0; guard < 6 && labels().join('|') !== 'Applications|Operating system kernel|Hardware'; guard++) {
      const list = labels();
      const target = ['Applications', 'Operating system kernel', 'Hardware'];
      const i = list.findIndex((l, k) => l !== target[k]);
      const want = target[i] ?? '';
      await user.click(screen.getByRole('button', { name: `Move ${want} up` }));
    }
    expect(labels()).toEqual(['Applications', 'Operating system kernel', 'Hardware']);
    expect(screen.getByText(/is now at position \d of 3, counting from the top/)).toBeInTheDocument();
    expect(screen.getByText(/First card: the top of the stack/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(verdict()).toHaveTextContent(/^Correct\.$/);
  });

  it('a hardware-up ordering question lists the hardware first and grades that order right', async () => {
    const user = userEvent.setup();
    render(<Harness question={orderQuestion('hardware-up', 'Kernel sits on hardware.')} />);
    expect(screen.getByText(/First card: the hardware\./)).toBeInTheDocument();
    const labels = () => [...document.querySelectorAll('.order-card .order-label')].map((el) => el.textContent);
    const target = ['Hardware', 'Operating system kernel', 'Applications'];
    // The starting arrangement is neither the answer nor its reverse.
    expect(labels()).not.toEqual(target);
    expect(labels()).not.toEqual([...target].reverse());
    for (let guard = 0; guard < 6 && labels().join('|') !== target.join('|'); guard++) {
      const i = labels().findIndex((l, k) => l !== target[k]);
      await user.click(screen.getByRole('button', { name: `Move ${target[i] ?? ''} up` }));
    }
    expect(labels()).toEqual(target);
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(verdict()).toHaveTextContent(/^Correct\.$/);
  });

  it('order the layers by dragging a card', () => {
    render(<Harness question={orderQuestion('hardware-up', 'x')} />);
    const cards = () => [...document.querySelectorAll<HTMLElement>('.order-card')];
    const before = cards().map((c) => c.dataset.layer);
    const [first, , last] = cards();
    // jsdom has no layout: give the cards positions so the drag can find its target.
    cards().forEach(
      (c, i) =>
        (c.getBoundingClientRect = () => ({
          top: i * 50,
          bottom: i * 50 + 40,
          left: 0,
          right: 100,
          width: 100,
          height: 40,
          x: 0,
          y: i * 50,
          toJSON: () => ({}),
        })),
    );
    fireEvent.pointerDown(first?.querySelector('.drag-handle') as Element, { pointerId: 1 });
    fireEvent.pointerMove(last as Element, { clientY: 120, pointerId: 1 });
    fireEvent.pointerUp(last as Element, { pointerId: 1 });
    const after = cards().map((c) => c.dataset.layer);
    expect(after[2]).toBe(before[0]);
  });

  it('match products to approaches with the keyboard-friendly selects', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        question={{
          kind: 'match',
          id: 'mt',
          prompt: 'Match',
          section: 'rings',
          products: ['xen', 'docker'],
          options: ['paravirtualization', 'shared-kernel'],
          why: { xen: 'Xen introduced PV.', docker: 'Docker uses namespaces.' },
        }}
      />,
    );
    await user.selectOptions(screen.getByLabelText('Xen'), 'paravirtualization');
    await user.selectOptions(screen.getByLabelText('Docker'), 'paravirtualization');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(verdict()).toHaveTextContent('Not correct yet.');
    expect(screen.getByText(/Not quite, it is Shared kernel/)).toBeInTheDocument();
  });

  it('pick the layer in a live diagram', async () => {
    const user = userEvent.setup();
    render(
      <Harness
        question={{
          kind: 'pick-layer',
          id: 'p',
          prompt: 'Who validates page-table updates?',
          section: 'rings',
          architecture: 'paravirtualization',
          answer: 'base',
          whyRight: 'Xen checks every update.',
          whyWrong: 'Only the hypervisor can.',
        }}
      />,
    );
    const group = screen.getByRole('group', { name: /Layers of Paravirtualization/ });
    await user.click(within(group).getByRole('button', { name: /Xen hypervisor/ }));
    expect(within(group).getByRole('button', { name: /Xen hypervisor/ })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(verdict()).toHaveTextContent(/^Correct\.$/);
    expect(screen.getByText(/Xen checks every update/)).toBeInTheDocument();
  });
});

describe('a predict-the-path question', () => {
  const authored = {
    kind: 'predict-path',
    id: 'popf',
    prompt: 'The deprivileged guest kernel runs POPF. Predict what happens.',
    section: 'rings',
    design: 'trap-and-emulate',
    instruction: 'popf r0',
  } as const;
  const derived = derivePath(authored);
  if (Array.isArray(derived)) throw new Error(derived.join(': '));
  const question: Question = { ...authored, derived };

  it('says which part is wrong and why, from the machine', async () => {
    const user = userEvent.setup();
    render(<Harness question={question} />);
    const layers = screen.getByRole('group', { name: 'Which layer handles it first?' });
    const trap = screen.getByRole('group', { name: /Does it trap/ });
    expect(
      within(layers)
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Windows apps', 'Windows kernel', 'Hypervisor (VMkernel + VMM)', 'Hardware']);
    const check = screen.getByRole('button', { name: 'Check answer' });
    await user.click(within(layers).getByRole('radio', { name: 'Windows kernel' }));
    expect(check).toBeDisabled();
    await user.click(within(trap).getByRole('radio', { name: 'Yes, it traps' }));
    await user.click(check);
    expect(verdict()).toHaveTextContent('Not correct yet.');
    expect(screen.getByText('Layer right: Windows kernel.')).toBeInTheDocument();
    expect(screen.getByText('Trap not right: it does not trap.')).toBeInTheDocument();
    expect(screen.getByText(/What the machine did: Windows kernel: Sensitive but unprivileged/)).toBeInTheDocument();
  });

  it('names the right layer when the layer is wrong', async () => {
    const user = userEvent.setup();
    render(<Harness question={question} />);
    await user.click(screen.getByRole('radio', { name: 'Hypervisor (VMkernel + VMM)' }));
    await user.click(screen.getByRole('radio', { name: 'No, it does not trap' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(
      screen.getByText(
        'Layer not right: Hypervisor (VMkernel + VMM) is not the first to handle it; Windows kernel is.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Trap right: it does not trap.')).toBeInTheDocument();
  });
});
