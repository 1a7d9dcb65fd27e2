/** The base path the site is built for, without a trailing slash ("" at the root). */
export const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/**
 * The absolute URL of an app path. `alreadyBased` says the path already starts with the base
 * (as window.location.pathname does).
 */
export function absoluteUrl(path: string, alreadyBased = false): string {
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  return origin + (alreadyBased ? '' : BASE) + path;
}

/** The href of an app path, under the base ("/" is the base itself). */
export function appHref(to: string): string {
  return to === '/' ? BASE || '/' : BASE + to;
}

/** An address inside the base as an app path: the pathname without the base, then query and hash. */
export function appPath({ pathname, search, hash }: Pick<URL, 'pathname' | 'search' | 'hash'>, base = BASE): string {
  return (pathname.slice(base.length) || '/') + search + hash;
}
