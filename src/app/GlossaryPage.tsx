import { AppLink } from '../lib/AppLink';
import glossary from '../../content/glossary';
import { Head } from '../lib/head';

export default function GlossaryPage() {
  const entries = [...glossary].sort((a, b) => a.term.localeCompare(b.term));
  return (
    <div className="glossary">
      <Head
        title="Glossary"
        description="Every key term of the Ring Zero virtualization course, defined."
        path="/glossary"
      />
      <h1 tabIndex={-1}>Glossary</h1>
      <p>Short, precise definitions of the terms the course uses. Each links to the section that teaches it.</p>
      <dl>
        {entries.map((e) => (
          <div key={e.id} id={e.id} className="glossary-entry">
            <dt>{e.term}</dt>
            <dd>
              <p>{e.long}</p>
              {e.see ? (
                <p>
                  <AppLink to={e.see}>Where the course explains it</AppLink>
                </p>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
