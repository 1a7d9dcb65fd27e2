import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useActiveSection } from '../lesson/useActiveSection';
import { replaceRecent } from '../lib/historyEntry';
import { useHydrated } from '../lib/useHydrated';
import type { ChapterSummary } from '../model/course';
import { diagramSearch, parseDiagramParams, withoutDiagram, type DiagramState } from '../model/diagram-state';
import type { ArchitectureId } from '../model/types';
import StackDiagram from './StackDiagram';

/** The diagram a section asked for: the last <StackDiagram> at or above the section in view. */
export function focusFor(chapter: ChapterSummary, active: string | null): DiagramState | undefined {
  const order = new Map(chapter.headings.map((h, i) => [h.id, i]));
  const at = active === null ? -1 : (order.get(active) ?? -1);
  let found: DiagramState | undefined;
  for (const d of chapter.diagrams) {
    const i = d.section === null ? -1 : (order.get(d.section) ?? -1);
    if (i <= at) found = { arch: d.arch, step: d.step };
  }
  return found;
}

export function defaultArch(chapter: ChapterSummary): ArchitectureId {
  return chapter.diagram ?? chapter.diagrams[0]?.arch ?? 'bare-metal';
}

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
  const following = focusFor(chapter, active) ?? { arch: defaultArch(chapter), step: -1 };
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
