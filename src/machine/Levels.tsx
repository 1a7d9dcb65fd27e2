import { memo, useEffect, useMemo, useState } from 'react';
import { AppLink } from '../lib/AppLink';
import { chapters } from '../lib/course';
import { getDesign } from '../model/machine/designs';
import { parseProgram } from '../model/machine/isa';
import { levels, type Level } from '../model/machine/levels';
import { runProgram } from '../model/machine/run';
import { type MachineUrlState } from '../model/machine/url';
import { saveSolved, useLevelProgress } from './level-store';

function chapterTitle(slug: string): string {
  return chapters.find((c) => c.slug === slug)?.title ?? slug;
}

/** Every level in teaching order, with what is solved. Memoized: stepping through a run does not change it. */
export const LevelList = memo(function LevelList({ current }: { current: string | null }) {
  const progress = useLevelProgress();
  return (
    <ol className="machine-levels">
      {levels.map((l) => {
        const solved = Boolean(progress.solved[l.id]);
        return (
          <li key={l.id} className={solved ? 'is-solved' : undefined}>
            <AppLink to={`/machine?level=${l.id}`} aria-current={current === l.id ? 'true' : undefined}>
              {l.title}
            </AppLink>{' '}
            <span className="level-meta">
              ({getDesign(l.design).name}; {chapterTitle(l.chapter)})
            </span>
            {solved ? <span className="level-solved"> ✓ solved</span> : null}
          </li>
        );
      })}
    </ol>
  );
});

/** The level being played: goal, hint, solution, and the verdict of the last run, checked by the machine. */
export function LevelPanel({
  level,
  state,
  onChange,
}: {
  level: Level;
  state: MachineUrlState;
  onChange: (s: MachineUrlState) => void;
}) {
  const [reveal, setReveal] = useState(false);
  const progress = useLevelProgress();
  const verdict = useMemo(() => {
    if (state.step === null) return null;
    const parsed = parseProgram(state.program);
    if (!parsed.ok) return null;
    if (state.design !== level.design)
      return {
        passed: false,
        message: `This level is checked under ${getDesign(level.design).name}: switch back to it.`,
      };
    const result = runProgram(parsed.program, level.design);
    return state.step >= result.trace.length - 1 ? level.check(result, parsed.program) : null;
  }, [level, state]);
  useEffect(() => {
    if (verdict?.passed) saveSolved(level.id);
  }, [verdict, level.id]);
  return (
    <section className="machine-level" aria-labelledby="machine-level-title">
      <h2 id="machine-level-title">
        Level: {level.title}
        {progress.solved[level.id] ? <span className="level-solved"> ✓ solved</span> : null}
      </h2>
      <p>{level.goal}</p>
      <p className="level-meta">
        Taught in <AppLink to={`/${level.chapter}#${level.section}`}>{chapterTitle(level.chapter)}</AppLink>.
      </p>
      <details className="level-hint">
        <summary>Hint</summary>
        <p>{level.hint}</p>
      </details>
      {reveal ? (
        <div className="level-solution">
          <p>One solution:</p>
          <pre>{level.solution}</pre>
          <button
            type="button"
            onClick={() => onChange({ ...state, design: level.design, program: level.solution, step: null })}
          >
            Put it in the editor
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setReveal(true)}>
          Show a solution
        </button>
      )}
      {verdict ? (
        <p className={verdict.passed ? 'level-verdict is-passed' : 'level-verdict'} role="status">
          <strong>{verdict.passed ? 'Level solved!' : 'Not yet.'}</strong> {verdict.message}
        </p>
      ) : null}
    </section>
  );
}
