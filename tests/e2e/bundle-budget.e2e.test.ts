import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, it } from 'vitest';

const dir = '.output/chrome-mv3';
const gz = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

/** Every script the page loads before it can run: its entry and the chunks it preloads. */
function initialScripts(page: string): string[] {
  const html = readFileSync(join(dir, page), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
}

it('keeps the side panel’s initial JavaScript within 130 KB gzip', () => {
  const files = initialScripts('sidepanel.html');
  const total = files.reduce((sum, f) => sum + gz(f), 0);
  console.log(`side panel initial JS: ${(total / 1024).toFixed(1)} KB gzip (${files.join(', ')})`);
  expect(files.length).toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(130 * 1024);
});

/** `file` and every chunk it imports statically, leaving out `known` ones. */
function withStaticImports(file: string, known: ReadonlySet<string>, out = new Set<string>()) {
  if (known.has(file) || out.has(file)) return out;
  out.add(file);
  const code = readFileSync(join(dir, file), 'utf8');
  for (const m of code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g))
    withStaticImports(`chunks/${m[1]}`, known, out);
  return out;
}

it('reports the setting schemas the side panel’s first screen waits for, beside its initial JS', () => {
  // The first screen reads settings through their schemas (zod), fetched by import() as soon as
  // the database code runs: not named in the HTML, but needed before the first real screen.
  const initial = new Set(initialScripts('sidepanel.html'));
  const code = [...initial].map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const schemas = /import\("\.\/(setting-schemas-[^"]+\.js)"\)/.exec(code)?.[1];
  expect(schemas, 'the start code imports the setting schemas').toBeDefined();
  const extra = [...withStaticImports(`chunks/${schemas}`, initial)];
  const sum = (files: Iterable<string>) => [...files].reduce((n, f) => n + gz(f), 0);
  console.log(
    `side panel first screen, with the schemas it waits for: ${((sum(initial) + sum(extra)) / 1024).toFixed(1)} KB gzip (+${(sum(extra) / 1024).toFixed(1)}: ${extra.join(', ')})`,
  );
  expect(extra.length).toBeGreaterThan(0);
});

it.each(['sidepanel', 'workspace', 'practice-room'])(
  'the %s page carries its own styles: no style sheet to fetch before its first frame',
  (page) => {
    const html = readFileSync(join(dir, `${page}.html`), 'utf8');
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    // The rules are there, from the sheets the page's start code imports (base.css first).
    expect(html).toMatch(/<style data-from="\/assets\/base-[^"]+\.css">:root\{/);
  },
);

it.each(['meet', 'teams', 'zoom'])('keeps the %s caption reader within 15 KB gzip', (p) => {
  const size = gz(`content-scripts/${p}.js`);
  expect(size).toBeLessThanOrEqual(15 * 1024);
});
