import { isProbablyReaderable, Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import {
  MAX_CLIP_CHARS,
  MAX_CLIP_TITLE,
  MAX_PAGE_ELEMENTS,
  MAX_PAGE_HTML,
  MIN_ARTICLE_TEXT,
} from './clip-limits';
import type { ReaderResult } from './clip-schema';
import { plainText } from './plain-text';
import { isSafeHref, SAFE_ATTRS, SAFE_TAGS } from './safe-html';

const HTML_TYPES = ['text/html', 'application/xhtml+xml'];

/**
 * Runs inside the page (the injected script's isolated world): checks the page is HTML and not
 * huge, runs Readability on a clone so the page itself is never touched, and sanitises the
 * article to plain structure. Nothing here can store anything; the caller validates the result.
 */
export function readArticle(
  doc: Document,
  url: string = doc.URL,
  limits = { elements: MAX_PAGE_ELEMENTS, html: MAX_PAGE_HTML },
): ReaderResult {
  const contentType = (doc.contentType || 'text/html').toLowerCase();
  if (!HTML_TYPES.includes(contentType)) return { status: 'not-html', contentType };
  if (
    doc.getElementsByTagName('*').length > limits.elements ||
    (doc.documentElement?.outerHTML.length ?? 0) > limits.html
  ) {
    return { status: 'too-large', what: 'page' };
  }
  // Values pages are often short lists, so the readability bar is lower than a reader view's.
  if (!isProbablyReaderable(doc, { minContentLength: 60, minScore: 8 })) {
    return { status: 'no-article' };
  }
  const clone = doc.cloneNode(true) as Document;
  const article = new Readability(clone, { charThreshold: 200 }).parse();
  if (!article?.content) return { status: 'no-article' };
  const html = sanitizeArticle(article.content, doc.defaultView ?? window);
  const text = plainText(new DOMParser().parseFromString(html, 'text/html').body);
  if (text.length < MIN_ARTICLE_TEXT) return { status: 'no-article' };
  if (html.length > MAX_CLIP_CHARS || text.length > MAX_CLIP_CHARS) {
    return { status: 'too-large', what: 'article' };
  }
  const title = (article.title || doc.title || doc.location?.hostname || 'Untitled page')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_CLIP_TITLE);
  return {
    status: 'ok',
    url,
    title: title || 'Untitled page',
    siteName: (article.siteName ?? '').trim().slice(0, 200),
    excerpt: (article.excerpt ?? '').replace(/\s+/g, ' ').trim().slice(0, 600),
    text,
    html,
  };
}

/** Keeps structure and web links only: no script, handler, style, image, frame or SVG. */
function sanitizeArticle(html: string, win: Window & typeof globalThis): string {
  const purify = DOMPurify(win);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const href = node.getAttribute('href');
    if (href !== null && !isSafeHref(href)) node.removeAttribute('href');
  });
  return purify
    .sanitize(html, {
      ALLOWED_TAGS: [...SAFE_TAGS],
      ALLOWED_ATTR: [...SAFE_ATTRS],
      ALLOWED_URI_REGEXP: /^https?:\/\//i,
      KEEP_CONTENT: true,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
    })
    .replace(/<!--[\s\S]*?-->/g, '');
}
