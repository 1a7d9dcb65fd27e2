import { createContext, useContext, useEffect, type ReactNode } from 'react';

export interface HeadData {
  readonly title: string;
  readonly description: string;
  /** Path inside the app, without the base, e.g. "/privilege-rings". */
  readonly path: string;
  readonly type?: 'website' | 'article';
  readonly noindex?: boolean;
}

export const SITE_NAME = 'Ring Zero';

type Collector = (data: HeadData) => void;
const HeadContext = createContext<Collector | null>(null);

/** The prerender step passes a collector; in the browser there is none and effects update the head. */
export function HeadProvider({ collect, children }: { collect: Collector; children: ReactNode }) {
  return <HeadContext.Provider value={collect}>{children}</HeadContext.Provider>;
}

function fullTitle(title: string): string {
  return title === SITE_NAME ? title : `${title} · ${SITE_NAME}`;
}

function setMeta(attr: 'name' | 'property', key: string, content: string) {
  let el = document.head.querySelector<HTMLMetaElement>(`meta[${attr}="${key}"]`);
  if (!el) {
    el = document.createElement('meta');
    el.setAttribute(attr, key);
    document.head.append(el);
  }
  el.content = content;
}

export function Head(props: HeadData) {
  const collect = useContext(HeadContext);
  collect?.(props);
  const { title, description, type = 'article' } = props;
  useEffect(() => {
    document.title = fullTitle(title);
    setMeta('name', 'description', description);
    setMeta('property', 'og:title', title);
    setMeta('property', 'og:description', description);
    setMeta('property', 'og:type', type);
  }, [title, description, type]);
  return null;
}
