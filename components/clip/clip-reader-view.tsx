import { createElement, Fragment, useMemo, type ReactNode } from 'react';
import { htmlToTree, type ClipNode } from '../../lib/clip/html-tree';

function render(nodes: ClipNode[], prefix: string): ReactNode[] {
  return nodes.map((n, i) => {
    const key = `${prefix}.${i}`;
    if (typeof n === 'string') return <Fragment key={key}>{n}</Fragment>;
    const children = render(n.children, key);
    if (n.tag === 'a') {
      return n.href ? (
        <a key={key} href={n.href} target="_blank" rel="noreferrer noopener">
          {children}
        </a>
      ) : (
        <span key={key}>{children}</span>
      );
    }
    // Page headings sit below the clip's own heading level.
    const tag = /^h[1-6]$/.test(n.tag) ? `h${Math.min(6, Number(n.tag[1]) + 2)}` : n.tag;
    return createElement(tag, { key }, ...(['br', 'hr'].includes(tag) ? [] : [children]));
  });
}

/** The clip as readable elements built from allowed tags only; never innerHTML. */
export function ClipReaderView({ html, text }: { html: string; text: string }) {
  const nodes = useMemo(() => (html ? htmlToTree(html) : []), [html]);
  return (
    <div className="clip-reader" data-testid="clip-reader">
      {nodes.length ? render(nodes, 'n') : text.split('\n').map((line, i) => <p key={i}>{line}</p>)}
    </div>
  );
}
