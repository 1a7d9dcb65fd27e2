import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useActiveSection } from '../lib/useActiveSection';
import { replaceRecent } from '../lib/historyEntry';
import { useHydrated } from '../lib/useHydrated';
import type { ChapterSummary } from '../model/course';
import { defaultArch, focusFor } from '../model/default-design';
import { diagramSearch, parseDiagramParams, withoutDiagram } from '../model/diagram-state';
import StackDiagram from './StackDiagram';

/**
 * The sticky panel beside a lesson. It follows the section being read, unless the URL (an
 * instructor's link) or the learner picked a state: then it holds that state until "Follow the text".
 */
export default function DiagramPanel({ chapter }: { chapter: ChapterSummary }) {
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const location = useLocation();
  const parsed = parseDiagramParams(hydrated ? params : new URLSearchParams(), defaultArch(chapter));
  const active = useActiveSection(chapter.headings.map((h) => h.id));
  const following = focusFor(chapter, active) ?? { arch: defaultArch(chapter), step: null };
  const state = parsed.requested ? parsed.state : following;
  // A state the reader picks is a history entry (Back returns to the one before); rapid steps share one.
  // Other parameters in the address (an explorer's state on the same page) are kept.
  const setSearch = (search: URLSearchParams | string) =>
    void navigate(
      { search: search.toString(), hash: location.hash },
      { replace: replaceRecent(), preventScrollReset: true },
    );
  return (
    <div className={parsed.requested ? 'diagram-panel is-linked' : 'diagram-panel'}>
      {parsed.problems.map((p) => (
        <p className="diagram-note" role="status" key={p}>
          {p}
        </p>
      ))}
      {parsed.requested ? (
        <p className="diagram-pin">
          Showing a chosen diagram.{' '}
          <button type="button" className="link-button" onClick={() => setSearch(withoutDiagram(params))}>
            Follow the text instead
          </button>
        </p>
      ) : null}
      <StackDiagram arch={state.arch} step={state.step} onChange={(next) => setSearch(diagramSearch(next, params))} />
    </div>
  );
}
