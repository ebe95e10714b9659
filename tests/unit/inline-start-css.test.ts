import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from '../../scripts/inline-start-css';

const page = `<head>
    <script type="module" crossorigin src="/chunks/sidepanel-A.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/start-B.js">
    <link rel="stylesheet" crossorigin href="/assets/base-C.css">
    <link rel="stylesheet" crossorigin href="/assets/panel-D.css">
  </head>`;

const sheets: Record<string, string> = {
  '/assets/base-C.css': ':root{--bg:#fff}body{margin:0}\n',
  '/assets/panel-D.css': '.panel{padding:.8em}',
};

describe('style sheets carried inside a built page', () => {
  it('puts each sheet in the page where its link was, in the same order, and nothing else', () => {
    const out = inlineStylesheets(page, (href) => sheets[href]);
    expect(out).not.toContain('rel="stylesheet"');
    expect(out).toContain('<link rel="modulepreload" crossorigin href="/chunks/start-B.js">');
    expect(out).toContain('<script type="module" crossorigin src="/chunks/sidepanel-A.js">');
    const base = out.indexOf(
      '<style data-from="/assets/base-C.css">:root{--bg:#fff}body{margin:0}</style>',
    );
    const panel = out.indexOf(
      '<style data-from="/assets/panel-D.css">.panel{padding:.8em}</style>',
    );
    expect(base).toBeGreaterThan(0);
    expect(panel).toBeGreaterThan(base);
  });

  it('keeps the link of a sheet it cannot read, or one that would end the style element early', () => {
    const out = inlineStylesheets(page, (href) =>
      href.includes('base') ? undefined : '.x{content:"</style><script>"}',
    );
    expect(out).toContain('<link rel="stylesheet" crossorigin href="/assets/base-C.css">');
    expect(out).toContain('<link rel="stylesheet" crossorigin href="/assets/panel-D.css">');
    expect(out).not.toContain('<style');
  });
});
