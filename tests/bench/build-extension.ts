import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { grantedBuild } from '../e2e/granted-build';

/**
 * Builds the package a benchmark measures, from the current source: `npm run bench` then works on
 * a fresh clone and never times a stale build. `granted` returns a copy that declares the call
 * sites granted, because a headless browser cannot click a permission prompt.
 */
export function buildExtension(variant?: 'granted'): string {
  const wxt = resolve('node_modules/wxt/bin/wxt.mjs');
  // Vitest sets NODE_ENV=test, and a build inheriting it bundles React's development build
  // (bigger, slower, with dev-only checks): benchmarks must time what users install.
  const result = spawnSync(process.execPath, [wxt, 'build'], {
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`wxt build failed:\n${result.stdout}${result.stderr}`);
  const built = resolve('.output/chrome-mv3');
  return variant === 'granted' ? grantedBuild(built) : built;
}
