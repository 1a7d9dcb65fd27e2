import MiniSearch, { type SearchResult } from 'minisearch';
import serialized from 'virtual:search-index';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { AppLink } from '../lib/AppLink';
import { searchOptions, snippet, type SearchDoc } from '../model/search';

const index = MiniSearch.loadJSON<SearchDoc>(serialized, searchOptions);
const MAX_RESULTS = 12;

type Hit = SearchResult & Pick<SearchDoc, 'kind' | 'chapter' | 'title' | 'href' | 'text'>;

/** A modal dialog with a combobox and a listbox of results: arrows move, Enter opens, Escape closes. */
export default function SearchDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const navigate = useNavigate();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const hits = useMemo(
    () => (query.trim().length < 2 ? [] : (index.search(query) as Hit[]).slice(0, MAX_RESULTS)),
    [query],
  );
  useEffect(() => {
    const d = dialog.current;
    d?.showModal();
    return () => d?.close();
  }, []);
  const open = (hit: Hit | undefined) => {
    if (!hit) return;
    onClose();
    void navigate(hit.href);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter') open(hits[active]);
    else return;
    e.preventDefault();
  };
  const optionId = (i: number) => `${id}-option-${i}`;
  return (
    <dialog ref={dialog} className="dialog search-dialog" aria-labelledby={`${id}-title`} onClose={onClose}>
      <h2 id={`${id}-title`} className="visually-hidden">
        Search the course
      </h2>
      <input
        type="text"
        enterKeyHint="search"
        role="combobox"
        aria-label="Search the course"
        aria-expanded={hits.length > 0}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={hits.length > 0 ? optionId(active) : undefined}
        placeholder="Search chapters, glossary and quizzes"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        className="search-input"
      />
      <ul id={`${id}-list`} role="listbox" aria-label="Results" className="search-results">
        {hits.map((hit, i) => {
          const s = snippet(hit.text, hit.terms);
          return (
            // Options are chosen with the keyboard from the combobox; a click chooses too.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li
              key={hit.id as string}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : undefined}
              onClick={() => open(hit)}
              onMouseMove={() => setActive(i)}
            >
              <span className="result-where">
                {hit.chapter}
                {hit.kind === 'section' && hit.title !== hit.chapter
                  ? ` › ${hit.title}`
                  : hit.kind === 'glossary'
                    ? ` › ${hit.title}`
                    : ''}
                {hit.kind === 'quiz' ? ' › Quiz question' : ''}
              </span>
              <span className="result-snippet">
                {s.before}
                {s.match ? <mark>{s.match}</mark> : null}
                {s.after}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="search-status" role="status">
        {query.trim().length < 2 ? (
          'Type at least two letters. Arrow keys move, Enter opens.'
        ) : hits.length === 0 ? (
          <>
            Nothing matches “{query}”. Try another spelling, or browse the{' '}
            <AppLink to="/glossary" onClick={onClose}>
              glossary
            </AppLink>
            .
          </>
        ) : (
          `${hits.length} result${hits.length === 1 ? '' : 's'}.`
        )}
      </p>
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  );
}
