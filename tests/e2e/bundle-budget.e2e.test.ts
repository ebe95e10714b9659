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

it.each(['meet', 'teams', 'zoom'])('keeps the %s caption reader within 15 KB gzip', (p) => {
  const size = gz(`content-scripts/${p}.js`);
  expect(size).toBeLessThanOrEqual(15 * 1024);
});
