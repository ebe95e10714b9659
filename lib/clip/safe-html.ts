/**
 * The only markup a clip may keep. Anything else (script, style, iframe, svg, img, form…) is
 * dropped by the sanitiser and refused again at every boundary after it.
 */
export const SAFE_TAGS: readonly string[] = [
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'strong',
  'b',
  'em',
  'i',
  'u',
  'blockquote',
  'pre',
  'code',
  'br',
  'hr',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'section',
  'article',
  'div',
  'span',
  'small',
  'sub',
  'sup',
  'figure',
  'figcaption',
  'caption',
];
const SAFE_TAG_SET = new Set(SAFE_TAGS);
export const SAFE_ATTRS: readonly string[] = ['href'];

/** Links may only point at web pages; `javascript:`, `data:` and the like are dropped. */
export function isSafeHref(href: string): boolean {
  return /^https?:\/\//i.test(href.trim());
}

export function isSafeTag(tag: string): boolean {
  return SAFE_TAG_SET.has(tag.toLowerCase());
}

const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g;
const ATTR = /([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;

/**
 * A DOM-free check of sanitised HTML, so the background and the database boundary can refuse
 * anything the sanitiser should have removed. Serialised HTML escapes `<` in text, so every `<`
 * followed by a letter is a tag. Returns the first problem, or null when the HTML is safe.
 */
export function findUnsafeMarkup(html: string): string | null {
  if (/<!--|<!\[CDATA\[|<\?/i.test(html)) return 'a comment or processing instruction';
  for (const m of html.matchAll(TAG)) {
    const tag = m[1]!.toLowerCase();
    if (!SAFE_TAG_SET.has(tag)) return `a <${tag}> element`;
    const attrs = (m[2] ?? '').replace(/\/\s*$/, '').trim();
    if (!attrs) continue;
    if (m[0].startsWith('</')) return `attributes on a closing </${tag}>`;
    for (const a of attrs.matchAll(ATTR)) {
      const name = a[1]!.toLowerCase();
      if (!SAFE_ATTRS.includes(name) || tag !== 'a') return `a "${name}" attribute on <${tag}>`;
      const raw = (a[2] ?? '').replace(/^["']|["']$/g, '');
      const value = raw.replace(/&amp;/g, '&').replace(/&#0*58;|&colon;/gi, ':');
      if (!isSafeHref(value)) return `a link to "${value.slice(0, 40)}"`;
    }
  }
  return null;
}
