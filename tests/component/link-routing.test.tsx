import { afterEach, describe, expect, it } from 'vitest';
import { inAppTarget } from '../../src/app/useLinkRouting';

const here = { origin: window.location.origin };

/** A link with these attributes (a value of '' sets a bare attribute), in the document. */
function link(attributes: Record<string, string> = {}): HTMLAnchorElement {
  const a = document.createElement('a');
  for (const [name, value] of Object.entries(attributes)) a.setAttribute(name, value);
  a.textContent = 'a link';
  document.body.append(a);
  return a;
}

/** Clicks `target` and returns what inAppTarget made of the click, as the app's listener would see it. */
function click(target: Element, init: MouseEventInit = {}, base = '', handledBefore = false): string | null {
  let result: string | null = null;
  const listener = (event: MouseEvent) => {
    result = inAppTarget(event, here, base);
    event.preventDefault(); // jsdom does not navigate, but keep it from trying
  };
  if (handledBefore) target.addEventListener('click', (event) => event.preventDefault());
  document.addEventListener('click', listener);
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init }));
  document.removeEventListener('click', listener);
  return result;
}

describe('which link clicks the app routes itself', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it('routes a plain click on a course link, with its query and hash', () => {
    expect(click(link({ href: '/hypervisors?arch=xen&step=2#paravirtualization' }))).toBe(
      '/hypervisors?arch=xen&step=2#paravirtualization',
    );
    // A click on something inside the link counts as a click on the link.
    const inner = document.createElement('span');
    link({ href: '/glossary' }).append(inner);
    expect(click(inner)).toBe('/glossary');
  });

  it('leaves new-tab, new-window and download clicks to the browser', () => {
    expect(click(link({ href: '/glossary' }), { ctrlKey: true })).toBeNull();
    expect(click(link({ href: '/glossary' }), { metaKey: true })).toBeNull();
    expect(click(link({ href: '/glossary' }), { shiftKey: true })).toBeNull();
    expect(click(link({ href: '/glossary' }), { altKey: true })).toBeNull();
    expect(click(link({ href: '/glossary' }), { button: 1 })).toBeNull();
    expect(click(link({ href: '/glossary', target: '_blank' }))).toBeNull();
    expect(click(link({ href: '/glossary', download: '' }))).toBeNull();
    expect(click(link({ href: '/glossary', target: '_self' }))).toBe('/glossary');
  });

  it('leaves same-page section links, other sites and handled clicks alone', () => {
    expect(click(link({ href: '#recap' }))).toBeNull();
    expect(click(link({ href: 'https://example.org/paper.pdf' }))).toBeNull();
    expect(click(link({ href: '/glossary' }), {}, '', true)).toBeNull();
    expect(click(link())).toBeNull();
    const button = document.createElement('button');
    document.body.append(button);
    expect(click(button)).toBeNull();
  });

  it('under a base path, routes only links inside it, as app paths', () => {
    const base = '/courses/virt';
    expect(click(link({ href: '/courses/virt/privilege-rings#rings' }), {}, base)).toBe('/privilege-rings#rings');
    expect(click(link({ href: '/courses/virt' }), {}, base)).toBe('/');
    expect(click(link({ href: '/courses/virtual/other' }), {}, base)).toBeNull();
    expect(click(link({ href: '/elsewhere' }), {}, base)).toBeNull();
  });
});
