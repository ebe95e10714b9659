import { isSafeHref, isSafeTag } from './safe-html';

/** Sanitised clip HTML as plain data, so a view can render it as elements without innerHTML. */
export type ClipNode = string | { tag: string; href?: string; children: ClipNode[] };

const MAX_DEPTH = 30;

/**
 * Parses stored HTML in a detached document (nothing runs, nothing loads) and keeps only the
 * allowed tags and web links. Unknown elements give up their text, never their markup.
 */
export function htmlToTree(html: string): ClipNode[] {
  const body = new DOMParser().parseFromString(html, 'text/html').body;
  return convertChildren(body, 0);
}

function convertChildren(parent: Node, depth: number): ClipNode[] {
  const out: ClipNode[] = [];
  parent.childNodes.forEach((node) => {
    if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      if (text) out.push(text);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toLowerCase();
    const children = depth < MAX_DEPTH ? convertChildren(el, depth + 1) : [el.textContent ?? ''];
    if (!isSafeTag(tag)) {
      // Script and style bodies are code, not text: drop them whole.
      if (!['script', 'style', 'template', 'noscript'].includes(tag)) out.push(...children);
      return;
    }
    const href = tag === 'a' ? el.getAttribute('href') : null;
    out.push(href && isSafeHref(href) ? { tag, href, children } : { tag, children });
  });
  return out;
}
