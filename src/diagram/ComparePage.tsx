import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Head } from '../lib/head';
import { replaceRecent } from '../lib/historyEntry';
import { absoluteUrl } from '../lib/url';
import { useHydrated } from '../lib/useHydrated';
import { architectures } from '../model/architectures';
import type { DiagramState } from '../model/diagram-state';
import { embedPath } from '../model/embed';
import { compareSearch, parseCompareParams, type CompareState } from '../model/operation-compare';
import type { ArchitectureId } from '../model/types';
import CompareTable from './CompareTable';
import OperationCompare from './OperationCompare';
import StackDiagram from './StackDiagram';

/** A step of one of the two diagrams has no place in this page's address (its `step` is the operation's). */
const embedLink = (s: DiagramState) => absoluteUrl(embedPath({ arch: s.arch, step: s.step, theme: 'auto' }));

/**
 * Two designs side by side: their stacks, one privileged operation played through both, and the
 * traits table showing what differs. URL: ?arch=a&compare=b&op=cli&step=n
 */
export default function ComparePage() {
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const parsed = parseCompareParams(hydrated ? params : new URLSearchParams());
  const { a, b } = parsed.state;
  const show = (next: CompareState) =>
    void navigate({ pathname, search: compareSearch(next) }, { replace: replaceRecent(), preventScrollReset: true });
  const choose = (next: { a: ArchitectureId; b: ArchitectureId }) => show({ ...parsed.state, ...next, step: null });
  const picker = (label: string, value: ArchitectureId, onPick: (v: ArchitectureId) => void) => (
    <label className="compare-picker">
      <span>{label}</span>
      <select value={value} onChange={(e) => onPick(e.target.value as ArchitectureId)}>
        {architectures.map((x) => (
          <option key={x.id} value={x.id}>
            {x.shortName}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="compare-page">
      <Head
        title="Compare designs"
        description="Pick any two virtualization designs and see them side by side."
        path="/compare"
      />
      <h1 tabIndex={-1}>Compare two designs</h1>
      {parsed.problems.map((p) => (
        <p className="diagram-note" role="status" key={p}>
          {p}
        </p>
      ))}
      <div className="compare-pickers">
        {picker('Left', a, (v) => choose({ a: v, b }))}
        {picker('Right', b, (v) => choose({ a, b: v }))}
      </div>
      <div className="compare-grid">
        <StackDiagram arch={a} fixedArch linkTo={embedLink} />
        <StackDiagram arch={b} fixedArch linkTo={embedLink} />
      </div>
      <OperationCompare state={parsed.state} onChange={show} interactive={hydrated} />
      <h2>What differs</h2>
      <CompareTable archs={[a, b]} />
    </div>
  );
}
