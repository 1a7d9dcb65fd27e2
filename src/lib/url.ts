import { canonicalPath } from '../model/pages';

/** The base path the site is built for, without a trailing slash ("" at the root). */
export const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * The absolute, canonical URL of an app path (see canonicalPath in src/model/pages.ts).
 * `alreadyBased` says the path already starts with the base (as window.location.pathname does).
 */
export function absoluteUrl(path: string, alreadyBased = false): string {
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return origin + canonicalPath((alreadyBased ? '' : BASE) + path);
}

/** The canonical href of an app path, under the base ("/" is the base itself, with its slash). */
export function appHref(to: string): string {
  return canonicalPath(BASE + to);
}

/** An address inside the base as an app path: the pathname without the base, then query and hash. */
export function appPath({ pathname, search, hash }: Pick<URL, 'pathname' | 'search' | 'hash'>, base = BASE): string {
  return (pathname.slice(base.length) || '/') + search + hash;
}

/**
 * The address bar's canonical form, or null when it already is. The entry client replaces the
 * address with it (keeping query and hash), so reloads, bookmarks and copied addresses use the form
 * the service worker and every static host serve directly.
 */
export function canonicalAddress({ pathname, search, hash }: Pick<URL, 'pathname' | 'search' | 'hash'>): string | null {
  const canonical = canonicalPath(pathname);
  return canonical === pathname ? null : canonical + search + hash;
}
