import type { Reference } from '../model/course';

export function References({ references }: { references: readonly Reference[] }) {
  return (
    <section className="references" aria-labelledby="references">
      <h2 id="references">References</h2>
      <ol>
        {references.map((r) => (
          <li key={r.id} id={`ref-${r.id}`}>
            {r.text}
            {r.url ? (
              <>
                {' '}
                <a href={r.url} rel="noopener">
                  {r.url.replace(/^https:\/\//, '')}
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
