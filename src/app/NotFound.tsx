import { useLocation } from 'react-router';
import { AppLink } from '../lib/AppLink';
import { Head } from '../lib/head';
import { useHydrated } from '../lib/useHydrated';
import { nearestPage } from '../model/nearest-page';
import { chapters } from '../lib/course';

const suggestible = chapters.map((c) => ({ path: `/${c.slug}`, title: `Chapter ${c.order}: ${c.title}` }));

export function NotFound() {
  const { pathname } = useLocation();
  // The prerendered 404.html serves every unknown address, so it can only name it once in the browser.
  const hydrated = useHydrated();
  const suggestion = hydrated ? nearestPage(pathname, suggestible) : null;
  return (
    <div className="not-found" data-not-found="">
      <Head title="Page not found" description="This page of Ring Zero does not exist." path={pathname} noindex />
      <h1 tabIndex={-1}>Page not found</h1>
      <p>
        There is no page at {hydrated ? <code>{pathname}</code> : 'this address'}. The link may be mistyped or from an
        older version of the course. Every chapter is listed below.
      </p>
      {suggestion ? (
        <p className="not-found-suggestion">
          Did you mean <AppLink to={suggestion.path}>{suggestion.title}</AppLink>?
        </p>
      ) : null}
      <ol className="chapter-list compact">
        {chapters.map((c) => (
          <li key={c.slug}>
            <AppLink to={`/${c.slug}`}>
              Chapter {c.order}: {c.title}
            </AppLink>
          </li>
        ))}
      </ol>
      <p>
        <AppLink to="/">Go to the course home page</AppLink>
      </p>
    </div>
  );
}
