import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import quiz from '../../content/02-privilege-rings.quiz';
import { chaptersWithOutline as chapters } from '../../src/lib/course-outline';
import SearchDialog from '../../src/app/SearchDialog';
import { ThemeToggle } from '../../src/app/ThemeToggle';
import DiagramPanel from '../../src/diagram/DiagramPanel';
import { ChapterContext } from '../../src/lib/ChapterContext';
import QuizSection from '../../src/quiz/QuizSection';
import { fingerprints } from 'virtual:quiz-fingerprints';
import type { QuestionFingerprint } from '../../src/model/course';
import { PROGRESS_PREFIX } from '../../src/quiz/progress';
import { loadQuiz } from '../../src/quiz/quiz-data';

const chapter = chapters.find((c) => c.slug === 'privilege-rings');
if (!chapter) throw new Error('chapter privilege-rings is missing');

function renderQuiz() {
  return render(
    <MemoryRouter>
      <ChapterContext.Provider value={chapter!}>
        <Suspense fallback={<p>loading</p>}>
          <QuizSection />
        </Suspense>
      </ChapterContext.Provider>
    </MemoryRouter>,
  );
}

describe('the quiz shell', () => {
  // Load the quiz chunk once up front: these tests are about behaviour, not loading time.
  beforeAll(async () => {
    await loadQuiz('privilege-rings');
  }, 30_000);

  it('saves answers, scores them, retries only the missed ones, and starts over', async () => {
    const user = userEvent.setup();
    renderQuiz();
    const questions = await screen.findAllByRole('group', {}, { timeout: 8000 });
    // Controls are enabled once the quiz's code has committed (useHydrated), a moment after it shows.
    await waitFor(() => expect(within(questions[0]!).getAllByRole('radio')[0]).toBeEnabled());
    // From the quiz data: the first single-choice question answered wrong, the next two right.
    const singles = quiz.questions.filter((q) => q.kind === 'single').slice(0, 3);
    for (const [k, data] of singles.entries()) {
      const choice = data.choices.find((c) => c.correct === k > 0);
      if (!choice) throw new Error(`question ${data.id} lacks a ${k > 0 ? 'right' : 'wrong'} choice`);
      const card = screen.getByRole('radio', { name: choice.text }).closest<HTMLElement>('li.question');
      await user.click(within(card!).getByRole('radio', { name: choice.text }));
      await user.click(within(card!).getByRole('button', { name: 'Check answer' }));
    }
    const saved = JSON.parse(window.localStorage.getItem(PROGRESS_PREFIX + 'privilege-rings') ?? '{}') as {
      answers: Record<string, object>;
    };
    const answers = Object.values(saved.answers);
    expect(answers).toHaveLength(3);
    // Whether an answer is right is never stored; the score is graded from the responses.
    for (const a of answers) expect(a).not.toHaveProperty('correct');
    const right = 2;
    expect(document.querySelectorAll('.verdict.is-right')).toHaveLength(right);
    expect(screen.getByText(new RegExp(`^Score: ${right} of ${chapter!.questions}`))).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry the ones I missed' }));
    expect(document.querySelectorAll('.verdict')).toHaveLength(right);
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    // It asks first, with "Keep them" focused, and can be undone.
    expect(screen.getByRole('button', { name: 'Keep them' })).toHaveFocus();
    expect(document.querySelectorAll('.verdict')).toHaveLength(right);
    await user.click(screen.getByRole('button', { name: 'Clear my answers' }));
    expect(document.querySelectorAll('.verdict')).toHaveLength(0);
    expect(screen.getByRole('status')).toHaveTextContent('All answers cleared');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(document.querySelectorAll('.verdict')).toHaveLength(right);
  }, 30_000);

  it('drops a saved answer whose question has changed and keeps the others', async () => {
    const [q1, q2] = fingerprints['privilege-rings'] as QuestionFingerprint[];
    window.localStorage.setItem(
      PROGRESS_PREFIX + 'privilege-rings',
      JSON.stringify({
        attempt: 0,
        updated: 1,
        answers: {
          [q1!.id]: { hash: 'stale-hash', response: 'x', correct: true },
          [q2!.id]: { hash: q2!.hash, response: null, correct: false },
        },
      }),
    );
    renderQuiz();
    await screen.findAllByRole('group', {}, { timeout: 8000 });
    expect(screen.getByText(new RegExp(`^Score: 0 of ${chapter!.questions}`))).toBeInTheDocument();
  });
});

describe('the diagram panel', () => {
  it('falls back to the default with a visible note when the URL names an unknown design', async () => {
    render(
      <MemoryRouter initialEntries={['/privilege-rings?arch=warp-drive&step=2']}>
        <Routes>
          <Route path="/:slug" element={<DiagramPanel chapter={chapter!} />} />
        </Routes>
      </MemoryRouter>,
    );
    expect(await screen.findByText(/There is no design called "warp-drive"/)).toBeInTheDocument();
    expect(screen.getByLabelText('Design')).toHaveValue(chapter!.diagram ?? 'bare-metal');
  });
});

describe('search', () => {
  it('finds by prefix and typo, moves with the arrows and says when nothing matches', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter>
        <SearchDialog onClose={() => undefined} />
      </MemoryRouter>,
    );
    const box = screen.getByRole('combobox', { name: 'Search the course' });
    await user.type(box, 'hypercal');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(0);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    expect(options[0]?.querySelector('mark')).not.toBeNull();
    box.focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[1]?.id);
    await user.clear(box);
    await user.type(box, 'qqqzzzx');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
    expect(screen.getByText(/Nothing matches/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'glossary' })).toBeInTheDocument();
  });
});

describe('theme toggle', () => {
  it('switches and remembers the theme', async () => {
    const user = userEvent.setup();
    render(<ThemeToggle />);
    await user.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(window.localStorage.getItem('rz-theme')).toBe('dark');
    expect(screen.getByRole('button', { name: 'Switch to light theme' })).toBeInTheDocument();
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Switch to light theme' }));
    });
    expect(window.localStorage.getItem('rz-theme')).toBe('light');
  });
});
