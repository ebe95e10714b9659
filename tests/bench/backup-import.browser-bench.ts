// Choosing a backup in the workspace, in headless Chromium on the built extension: a valid file
// just under the 50 MB limit, the same file cut off at its end (scanned whole before the message),
// and 50 MB of brackets that never close. Each is timed from choosing the file to the page showing
// the summary or the message, beside a 1 KB backup as the baseline from the same run. Run through
// `npm run bench` (which builds first). Prints medians and p95; asserts only that every run ended
// in the expected summary or message.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES } from '../../lib/backup/backup-schema';
import { generateStories } from '../fixtures/generate-stories';
import { launchExtension, type LaunchedExtension } from '../e2e/launch-extension';
import { percentile } from './story-search-keystrokes';

const RUNS = 5;
const dir = resolve('.output/chrome-mv3');
const files = mkdtempSync(join(tmpdir(), 'loopside-bench-'));
let ext: LaunchedExtension | undefined;
let ws: Page;
const paths: Record<string, string> = {};

/** A real export, filled with generated stories until it is just under the limit. */
function bigBackup(base: Record<string, unknown>): string {
  const filler = ' The numbers moved because we measured first.'.repeat(60);
  const stories = generateStories(7_400, 3).map((s) => ({
    ...s,
    situation: s.situation + filler,
    action: s.action + filler,
  }));
  const tables = base.tables as Record<string, unknown>;
  let json = '';
  for (let n = stories.length; n > 0; n = Math.floor(n * 0.97)) {
    tables.stories = stories.slice(0, n);
    json = JSON.stringify(base, null, 2);
    if (Buffer.byteLength(json) <= MAX_BACKUP_BYTES) break;
  }
  return json;
}

async function timeChoice(name: string, expectText: string): Promise<number> {
  const said = ws
    .locator('.backup__card [role="alert"], .backup__card [aria-label="What this backup holds"]')
    .filter({ hasText: `“${name}”` });
  await ws
    .getByRole('button', { name: 'Cancel' })
    .click({ timeout: 50 })
    .catch(() => undefined);
  const start = Date.now();
  await ws.getByLabel('Choose a backup file').setInputFiles(paths[name]!);
  await said.first().waitFor({ timeout: 60_000 });
  const ms = Date.now() - start;
  expect(await said.first().textContent()).toContain(expectText);
  return ms;
}

describe('choosing a backup file', () => {
  beforeAll(async () => {
    if (!existsSync(`${dir}/manifest.json`)) throw new Error('Build first: npm run build');
    ext = await launchExtension(dir);
    ws = await ext.open('workspace.html#backup');
    const [download] = await Promise.all([
      ws.waitForEvent('download'),
      ws.getByRole('button', { name: 'Export my data' }).click(),
    ]);
    const small = readFileSync((await download.path())!, 'utf8');
    const big = bigBackup(JSON.parse(small) as Record<string, unknown>);
    const write = (name: string, text: string) => {
      paths[name] = join(files, name);
      writeFileSync(paths[name], text);
    };
    write('small.json', small);
    write('big.json', big);
    write('big-cut-off.json', big.slice(0, big.length - 40));
    write('brackets.json', `{"format": ${'['.repeat(MAX_BACKUP_BYTES - 20)}`);
    console.log(`\nBackup file sizes: big ${(Buffer.byteLength(big) / 2 ** 20).toFixed(1)} MB\n`);
  }, 180_000);
  afterAll(async () => {
    await ext?.close();
    rmSync(files, { recursive: true, force: true });
  });

  it('ends every choice in a summary or a message', async () => {
    const cases: [string, string][] = [
      ['small.json', 'It holds'],
      ['big.json', 'It holds'],
      ['big-cut-off.json', 'The file ends too early'],
      ['brackets.json', 'is nested too deeply'],
    ];
    const lines: string[] = [];
    for (const [name, text] of cases) {
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) samples.push(await timeChoice(name, text));
      samples.sort((a, b) => a - b);
      lines.push(
        `${name.padEnd(18)} median ${percentile(samples, 50).toFixed(0)} ms, p95 ${percentile(samples, 95).toFixed(0)} ms`,
      );
      expect(samples).toHaveLength(RUNS);
    }
    console.log(
      `\nChoose a backup → summary or message (${RUNS} runs each):\n${lines.join('\n')}\n`,
    );
  }, 600_000);
});
