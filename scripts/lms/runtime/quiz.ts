/**
 * The packaged page's quiz: draws each question from the embedded export model with native form
 * fields, grades on "Check", explains, and reports to the LMS (interaction, score, status,
 * suspend_data). Opened without an LMS it works the same and says scores are not being reported.
 */
import type { ExportQuestion } from '../export-model';
import { correctAnswer, fits, isRight, matchTargets, startingOrder, toInteraction } from './grade';
import { LmsConnection, type FrameLike } from './scorm-api';
import { decodeSuspend, encodeSuspend, type SavedAnswer } from './suspend';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> & Record<string, unknown> = {},
  ...children: (Node | string | null)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k.startsWith('data-') || k.startsWith('aria-') || k === 'for') node.setAttribute(k, String(v));
    else (node as unknown as Record<string, unknown>)[k] = v;
  }
  for (const c of children) if (c !== null) node.append(c);
  return node;
}

interface Card {
  readonly q: ExportQuestion;
  read(): SavedAnswer | null;
  show(answer: SavedAnswer): void;
  readonly feedback: HTMLElement;
}

function choiceCard(q: Extract<ExportQuestion, { shape: 'choice' }>, form: HTMLFormElement): Omit<Card, 'feedback'> {
  const inputs = q.options.map((o, i) => {
    const input = el('input', {
      type: q.multiple ? 'checkbox' : 'radio',
      name: `${q.id}-choice`,
      value: String(i),
      id: `${q.id}-${i}`,
    });
    form
      .querySelector('fieldset')!
      .append(el('div', { className: 'option' }, input, el('label', { for: input.id }, o.text)));
    return input;
  });
  return {
    q,
    read: () => {
      const chosen = inputs.flatMap((inp, i) => (inp.checked ? [i] : []));
      return chosen.length > 0 ? chosen : null;
    },
    show: (a) => {
      if (typeof a !== 'boolean') inputs.forEach((inp, i) => (inp.checked = a.includes(i)));
    },
  };
}

function trueFalseCard(
  q: Extract<ExportQuestion, { shape: 'true-false' }>,
  form: HTMLFormElement,
): Omit<Card, 'feedback'> {
  const inputs = [true, false].map((v) => {
    const input = el('input', { type: 'radio', name: `${q.id}-tf`, value: String(v), id: `${q.id}-${String(v)}` });
    form
      .querySelector('fieldset')!
      .append(el('div', { className: 'option' }, input, el('label', { for: input.id }, v ? 'True' : 'False')));
    return input;
  });
  return {
    q,
    read: () => (inputs[0]!.checked ? true : inputs[1]!.checked ? false : null),
    show: (a) => {
      inputs[0]!.checked = a === true;
      inputs[1]!.checked = a === false;
    },
  };
}

function matchCard(q: Extract<ExportQuestion, { shape: 'match' }>, form: HTMLFormElement): Omit<Card, 'feedback'> {
  const targets = matchTargets(q);
  const selects = q.pairs.map((p, i) => {
    const select = el(
      'select',
      { id: `${q.id}-${i}` },
      el('option', { value: '' }, 'Choose…'),
      ...targets.map((t, j) => el('option', { value: String(j) }, t)),
    );
    form
      .querySelector('fieldset')!
      .append(el('div', { className: 'option' }, el('label', { for: select.id }, p.item), ' ', select));
    return select;
  });
  return {
    q,
    read: () => (selects.every((s) => s.value !== '') ? selects.map((s) => Number(s.value)) : null),
    show: (a) => {
      if (typeof a !== 'boolean') selects.forEach((s, i) => (s.value = String(a[i] ?? '')));
    },
  };
}

function orderCard(q: Extract<ExportQuestion, { shape: 'order' }>, form: HTMLFormElement): Omit<Card, 'feedback'> {
  let order = startingOrder(q);
  const list = el('ol', { className: 'order' });
  const announce = el('p', { className: 'visually-hidden', 'aria-live': 'polite' });
  const move = (pos: number, by: number) => {
    const to = pos + by;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    [next[pos], next[to]] = [next[to]!, next[pos]!];
    order = next;
    draw();
    announce.textContent = `${q.items[order[to]!]} is now at position ${to + 1} of ${order.length}.`;
    list.querySelectorAll('button')[to * 2 + (by < 0 ? 0 : 1)]?.focus();
  };
  const draw = () => {
    list.replaceChildren(
      ...order.map((item, pos) =>
        el(
          'li',
          {},
          el('span', {}, q.items[item]!),
          ' ',
          el(
            'button',
            {
              type: 'button',
              onclick: () => move(pos, -1),
              disabled: pos === 0,
              'aria-label': `Move ${q.items[item]} up the list`,
            },
            '↑',
          ),
          el(
            'button',
            {
              type: 'button',
              onclick: () => move(pos, 1),
              disabled: pos === order.length - 1,
              'aria-label': `Move ${q.items[item]} down the list`,
            },
            '↓',
          ),
        ),
      ),
    );
  };
  draw();
  form.querySelector('fieldset')!.append(el('p', {}, `The first item is ${q.firstItem}.`), list, announce);
  return {
    q,
    read: () => order,
    show: (a) => {
      if (typeof a !== 'boolean') order = [...a];
      draw();
    },
  };
}

/** The form fields for a question's shape. */
function makeCard(q: ExportQuestion, form: HTMLFormElement): Omit<Card, 'feedback'> {
  switch (q.shape) {
    case 'choice':
      return choiceCard(q, form);
    case 'true-false':
      return trueFalseCard(q, form);
    case 'match':
      return matchCard(q, form);
    case 'order':
      return orderCard(q, form);
  }
}

function explain(q: ExportQuestion, a: SavedAnswer): (Node | string)[] {
  const right = isRight(q, a);
  const head = el('strong', {}, right ? 'Right. ' : 'Not quite. ');
  switch (q.shape) {
    case 'choice':
      return [head, ...(a as number[]).map((i) => el('p', {}, `${q.options[i]!.text}: ${q.options[i]!.feedback}`))];
    case 'true-false':
      return [head, a ? q.whyTrue : q.whyFalse];
    case 'match': {
      const targets = matchTargets(q);
      return [
        head,
        ...q.pairs.map((p, i) => {
          const chosen = targets[(a as number[])[i]!];
          return el(
            'p',
            {},
            chosen === p.answer ? `${p.item}: ${p.why}` : `${p.item} is ${p.answer}, not ${chosen}. ${p.why}`,
          );
        }),
      ];
    }
    case 'order':
      return [head, right ? q.why : `In order: ${(correctAnswer(q) as number[]).map((i) => q.items[i]).join(' → ')}.`];
  }
}

export function startQuiz(mount: HTMLElement, questions: readonly ExportQuestion[], win: FrameLike): void {
  const started = Date.now();
  const lms = LmsConnection.open(win);
  const saved: Record<string, SavedAnswer> = {};
  for (const [id, a] of Object.entries(decodeSuspend(lms.suspendData))) {
    const q = questions.find((x) => x.id === id);
    if (q && fits(q, a)) saved[id] = a;
  }
  const status = el('p', { className: 'lms-status', role: 'status' });
  const score = el('p', { className: 'score', 'aria-live': 'polite' });
  const cards: Card[] = [];
  mount.append(el('h2', { id: 'quiz' }, 'Self-quiz'), status);
  const note = (extra = '') => {
    status.textContent = lms.connected
      ? `Your answers and score are reported to your learning platform (SCORM ${lms.version}).${extra}`
      : 'This page is not running inside a learning platform, so scores are not being reported.';
  };
  note();

  const allAnswered = () => questions.every((q) => saved[q.id] !== undefined);
  const report = () => {
    const right = questions.filter((q) => saved[q.id] !== undefined && isRight(q, saved[q.id]!)).length;
    const answered = Object.keys(saved).length;
    score.textContent = `${answered} of ${questions.length} answered, ${right} right.`;
    if (!lms.connected) return;
    const { text, dropped } = encodeSuspend(saved, lms.suspendLimit);
    lms.saveSuspendData(text);
    if (dropped > 0) note(` ${dropped} answer(s) did not fit in what the platform keeps and will not be restored.`);
    lms.reportScore(right, questions.length);
    const passing = lms.passingScore ?? 0.8;
    lms.reportStatus(
      allAnswered() ? 'completed' : 'incomplete',
      allAnswered() ? (right / questions.length >= passing ? 'passed' : 'failed') : 'unknown',
    );
    lms.commit();
  };

  questions.forEach((q, n) => {
    const form = el(
      'form',
      { id: `q-${q.id}`, className: 'question' },
      el('fieldset', {}, el('legend', {}, `${n + 1}. ${q.prompt}`)),
    );
    const feedback = el('div', { className: 'feedback', 'aria-live': 'polite' });
    const card: Card = { ...makeCard(q, form), feedback };
    const hint = el('p', { className: 'hint' });
    form.append(el('button', { type: 'submit' }, 'Check'), hint, feedback);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const a = card.read();
      if (a === null) {
        hint.textContent = 'Answer the question first.';
        return;
      }
      hint.textContent = '';
      saved[q.id] = a;
      feedback.replaceChildren(...explain(q, a));
      lms.recordInteraction(toInteraction(q, a));
      report();
    });
    mount.append(form);
    cards.push(card);
    const restored = saved[q.id];
    if (restored !== undefined) {
      card.show(restored);
      feedback.replaceChildren(...explain(q, restored));
    }
  });
  mount.append(score);
  report();
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    lms.finish((Date.now() - started) / 1000, allAnswered());
  };
  window.addEventListener('pagehide', finish);
}
