import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { Head } from '../lib/head';
import { absoluteUrl } from '../lib/url';
import { useHydrated } from '../lib/useHydrated';
import { getArchitecture, isArchitectureId } from '../model/architectures';
import { diagramSearch, parseDiagramParams } from '../model/diagram-state';
import StackDiagram from './StackDiagram';

/** Just one diagram, for an iframe in slides or a learning platform: /embed/<arch>?step=N */
export default function EmbedPage() {
  const { arch: rawArch = '' } = useParams();
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const known = isArchitectureId(rawArch);
  const fallback = known ? rawArch : 'hardware-assisted';
  const query = new URLSearchParams(hydrated ? params : undefined);
  query.set('arch', fallback);
  const parsed = parseDiagramParams(query, fallback);
  const problems = known
    ? parsed.problems
    : [
        `There is no design called "${rawArch.slice(0, 40)}", so this shows ${getArchitecture(fallback).shortName}.`,
        ...parsed.problems,
      ];
  return (
    <main className="embed" id="main">
      <Head
        title={getArchitecture(fallback).name}
        description={getArchitecture(fallback).summary}
        path={`/embed/${fallback}`}
      />
      <h1 className="visually-hidden">{getArchitecture(fallback).name}</h1>
      {problems.map((p) => (
        <p className="diagram-note" role="status" key={p}>
          {p}
        </p>
      ))}
      <StackDiagram
        arch={parsed.state.arch}
        step={parsed.state.step}
        linkTo={(s) => absoluteUrl(`/embed/${s.arch}/${s.step >= 0 ? `?step=${s.step + 1}` : ''}`)}
        onChange={(s) => {
          const search = new URLSearchParams(diagramSearch(s));
          search.delete('arch');
          void navigate(
            { pathname: pathname.replace(/[^/]+\/?$/, `${s.arch}/`), search: search.toString() },
            { replace: true },
          );
        }}
      />
    </main>
  );
}
