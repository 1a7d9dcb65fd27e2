import { useEffect, useRef } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { chaptersWithOutline as chapters } from '../lib/course-outline';
import { Head } from '../lib/head';
import { absoluteUrl, appHref } from '../lib/url';
import { useHydrated } from '../lib/useHydrated';
import { getArchitecture, isArchitectureId } from '../model/architectures';
import { EMBED_FALLBACK_DESIGN } from '../model/default-design';
import { diagramSearch, parseDiagramParams } from '../model/diagram-state';
import { chapterFor, embedPath, embedSearch, HEIGHT_MESSAGE, parseEmbedTheme } from '../model/embed';
import StackDiagram from './StackDiagram';

/** Tell the page framing this one how tall it is, whenever that changes (a step's caption, a design). */
function useReportHeight() {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || window.parent === window || typeof ResizeObserver === 'undefined') return undefined;
    let sent = 0;
    const observer = new ResizeObserver(() => {
      const margin = parseFloat(getComputedStyle(document.body).marginBottom) || 0;
      const height = Math.ceil(el.getBoundingClientRect().bottom + window.scrollY + margin);
      if (height === sent) return;
      sent = height;
      // Only a height: nothing private, so any page that frames the embed may read it.
      window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return ref;
}

/**
 * Just one diagram, for a frame in slides or a learning platform: /embed/<arch>/?step=N&theme=dark.
 * The theme itself is set before the first paint (index.html); changes keep it, and replace the
 * history entry, which the host page shares.
 */
export default function EmbedPage() {
  const { arch: rawArch = '' } = useParams();
  const hydrated = useHydrated();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const ref = useReportHeight();
  const known = isArchitectureId(rawArch);
  const fallback = known ? rawArch : EMBED_FALLBACK_DESIGN;
  const query = new URLSearchParams(hydrated ? params : undefined);
  query.set('arch', fallback);
  const parsed = parseDiagramParams(query, fallback);
  const theme = parseEmbedTheme(query.get('theme'));
  const problems = known
    ? parsed.problems
    : [
        `There is no design called "${rawArch.slice(0, 40)}", so this shows ${getArchitecture(fallback).shortName}.`,
        ...parsed.problems,
      ];
  const chapter = chapterFor(parsed.state.arch, chapters);
  return (
    <main className="embed" id="main" ref={ref}>
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
        linkTo={(s) => absoluteUrl(embedPath({ arch: s.arch, step: s.step, theme }))}
        onChange={(s) => {
          void navigate(
            { pathname: pathname.replace(/[^/]+\/?$/, `${s.arch}/`), search: embedSearch({ step: s.step, theme }) },
            { replace: true },
          );
        }}
      />
      {chapter ? (
        <p className="embed-source">
          <a href={appHref(`/${chapter.slug}/?${diagramSearch(parsed.state)}`)} target="_blank" rel="noopener">
            {chapter.title} in Ring Zero
            <span className="visually-hidden"> (opens in a new tab)</span>
            <span aria-hidden="true"> ↗</span>
          </a>
        </p>
      ) : null}
    </main>
  );
}
