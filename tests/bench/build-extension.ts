import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Builds the package a benchmark measures, from the current source: `npm run bench` then works on
 * a fresh clone and never times a stale build. The `e2e` mode declares the call sites granted,
 * because a headless browser cannot click a permission prompt.
 */
export function buildExtension(mode?: 'e2e'): string {
  const wxt = resolve('node_modules/wxt/bin/wxt.mjs');
  const result = spawnSync(process.execPath, [wxt, 'build', ...(mode ? ['--mode', mode] : [])], {
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(
      `wxt build${mode ? ` --mode ${mode}` : ''} failed:\n${result.stdout}${result.stderr}`,
    );
  }
  return resolve(mode ? '.output/chrome-mv3-e2e' : '.output/chrome-mv3');
}
