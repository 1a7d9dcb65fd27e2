import type { ComponentPropsWithoutRef } from 'react';
import { appHref } from './url';

/**
 * A link to a page of the course: a plain `<a>`. One click listener for the whole app
 * (`useLinkRouting`) turns a click on it into a client-side navigation.
 *
 * React Router's `<Link>` does the same per link, with about fifteen hooks and two effects each. A
 * chapter has 30-50 links, and in a CPU profile of a chapter's start-up (Playwright, CDP sampling every
 * 100 µs, 4 loads of /privilege-rings) those Links were the largest cost of hydration we own: 15-28 ms
 * of about 210 ms of JavaScript.
 */
export function AppLink({ to, children, ...rest }: Omit<ComponentPropsWithoutRef<'a'>, 'href'> & { to: string }) {
  return (
    <a href={appHref(to)} {...rest}>
      {children}
    </a>
  );
}
