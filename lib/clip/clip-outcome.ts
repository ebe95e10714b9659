import { classifyClip } from './classify-kind';
import { clippedPageSchema, readerResultSchema, type ClippedPage } from './clip-schema';
import { MAX_CLIP_CHARS } from './clip-limits';

export type ClipOutcome = { ok: true; page: ClippedPage } | { ok: false; message: string };

/** Addresses Loopside can ask a tab to read: ordinary web pages only. */
export function isClippableUrl(url: string | undefined): boolean {
  return url === undefined || /^https?:\/\//i.test(url);
}

export function unclippableMessage(url: string): string {
  const scheme = /^([a-z-]+):/i.exec(url)?.[1]?.toLowerCase() ?? '';
  if (['chrome', 'edge', 'about', 'chrome-extension', 'moz-extension'].includes(scheme)) {
    return 'This is one of the browser’s own pages, which no extension may read. Open the web page you want to clip and try again.';
  }
  if (scheme === 'file')
    return 'Loopside does not read files from your computer. Open the page from the web and try again.';
  return 'Loopside can only clip web pages (addresses starting with http or https).';
}

const sameDocument = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];

/**
 * Judges what the injected reader sent back and builds the row to store, or the message to show.
 * `urlBefore`/`urlAfter` are the tab's address when reading began and when it ended: a page that
 * navigated in between is refused, so a clip never mixes two pages.
 */
export function judgeReaderResult(
  raw: unknown,
  ctx: { id: string; now: number; urlBefore?: string; urlAfter?: string },
): ClipOutcome {
  const parsed = readerResultSchema.safeParse(raw);
  if (!parsed.success) {
    const unsafe = parsed.error.issues.some((i) => i.message.startsWith('unsafe markup'));
    return {
      ok: false,
      message: unsafe
        ? 'The page’s content could not be made safe to keep, so nothing was stored.'
        : 'Loopside could not read this page, so nothing was stored. Reload it and try again.',
    };
  }
  const r = parsed.data;
  switch (r.status) {
    case 'not-html':
      return {
        ok: false,
        message: `This tab shows a ${describeType(r.contentType)}, not a web page with an article, so nothing was stored.`,
      };
    case 'no-article':
      return {
        ok: false,
        message:
          'No article was found on this page (it looks like a menu, a form or an app), so nothing was stored. Try the page that holds the text itself.',
      };
    case 'too-large':
      return {
        ok: false,
        message:
          r.what === 'page'
            ? 'This page is too large to read safely, so nothing was stored.'
            : `The article is longer than Loopside keeps (${MAX_CLIP_CHARS.toLocaleString('en')} characters), so nothing was stored.`,
      };
    case 'ok':
      break;
  }
  const changed = [ctx.urlBefore, ctx.urlAfter].some((u) => u && !sameDocument(u, r.url));
  if (changed) {
    return {
      ok: false,
      message:
        'The page changed while it was being read, so nothing was stored. Try again once it has finished loading.',
    };
  }
  const valueCount = (r.html.match(/<(h[2-4]|dt|strong|b)>/g) ?? []).length;
  const page = clippedPageSchema.safeParse({
    id: ctx.id,
    title: r.title,
    url: r.url,
    siteName: r.siteName,
    kind: classifyClip({ url: r.url, title: r.title, text: r.text, valueCount }),
    clippedAt: ctx.now,
    excerpt: r.excerpt,
    text: r.text,
    html: r.html,
  });
  if (!page.success) {
    return { ok: false, message: 'Loopside could not read this page, so nothing was stored.' };
  }
  return { ok: true, page: page.data };
}

function describeType(type: string): string {
  if (type === 'application/pdf') return 'PDF';
  if (type.startsWith('image/')) return 'picture';
  if (type.startsWith('video/') || type.startsWith('audio/')) return 'media file';
  if (type.startsWith('text/plain')) return 'plain text file';
  return `file of type ${type}`;
}
