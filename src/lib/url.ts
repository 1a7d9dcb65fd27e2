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
