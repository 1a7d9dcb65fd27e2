import { useState, type ComponentPropsWithoutRef } from 'react';
import { absoluteUrl } from '../lib/url';
import { copyText } from '../lib/clipboard';

type HeadingProps = ComponentPropsWithoutRef<'h2'> & { level: 2 | 3 };

/** A section heading with a visible "link to this section" control that copies its absolute URL. */
export function Heading({ level, id, children, ...rest }: HeadingProps) {
  const Tag = level === 2 ? 'h2' : 'h3';
  const [copied, setCopied] = useState(false);
  if (!id) return <Tag {...rest}>{children}</Tag>;
  const onClick = () => {
    void copyText(absoluteUrl(`${window.location.pathname}#${id}`, true)).then((ok) => {
      setCopied(ok);
      if (ok) window.setTimeout(() => setCopied(false), 2000);
    });
  };
  return (
    <Tag id={id} {...rest} className="section-heading">
      {children}
      <a className="heading-anchor" href={`#${id}`} onClick={onClick} aria-label="Copy link to this section">
        <span aria-hidden="true">#</span>
      </a>
      <span className="copied-note" role="status">
        {copied ? 'Link copied' : ''}
      </span>
    </Tag>
  );
}
