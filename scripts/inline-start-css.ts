import type { Plugin } from 'vite';

/** `<link rel="stylesheet" … href="/assets/x.css">`, as Vite writes it into a built page. */
const STYLESHEET = /<link\s+rel="stylesheet"(?:\s+crossorigin)?\s+href="([^"]+\.css)"\s*\/?>/g;

/**
 * Puts each style sheet a page names in its `<head>` into the page itself, in the same order.
 * Chromium serves an extension's files one at a time and waits for every style sheet before the
 * first frame, so three small sheets cost the side panel a few fetches ahead of its first screen.
 * A sheet that cannot be read, or that holds `</style`, keeps its link.
 */
export function inlineStylesheets(html: string, read: (href: string) => string | undefined) {
  return html.replace(STYLESHEET, (link, href: string) => {
    const css = read(href);
    if (css === undefined || /<\/style/i.test(css)) return link;
    return `<style data-from="${href}">${css.trimEnd()}</style>`;
  });
}

/**
 * The Vite side of `inlineStylesheets`: runs on each built page once Vite has named its sheets.
 * The sheet files stay in the package (a section loaded later may still ask for one: its rules
 * are the same, so loading it again changes nothing).
 */
export function inlineStartCss(): Plugin {
  return {
    name: 'loopside:inline-start-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return inlineStylesheets(html, (href) => {
          const asset = bundle[href.replace(/^\//, '')];
          if (asset?.type !== 'asset') return undefined;
          return typeof asset.source === 'string'
            ? asset.source
            : new TextDecoder().decode(asset.source);
        });
      },
    },
  };
}
