import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The site the clip tests read pages from, served by the test itself. */
export const CLIP_TEST_SITE = 'https://careers.loopside.test/*';

interface ChromeManifest {
  host_permissions?: string[];
  optional_host_permissions?: string[];
  [key: string]: unknown;
}

/**
 * The shipped manifest with the call sites (optional, asked for when the user turns live signals
 * on) and the clip test site declared as granted at install: a headless browser cannot click a
 * permission prompt, or the toolbar button that grants activeTab.
 */
export function grantForTests(manifest: ChromeManifest): ChromeManifest {
  const { optional_host_permissions: optional = [], ...rest } = manifest;
  return {
    ...rest,
    host_permissions: [...(manifest.host_permissions ?? []), ...optional, CLIP_TEST_SITE],
  };
}

/**
 * A copy of the Chrome build with those grants, in a fresh temporary folder, so test files running
 * side by side never share one. Nothing is rebuilt: it is the same code the user installs.
 */
export function grantedBuild(from = resolve('.output/chrome-mv3')): string {
  const dir = mkdtempSync(join(tmpdir(), 'loopside-granted-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  cpSync(from, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as ChromeManifest;
  if (!manifest.optional_host_permissions?.length)
    throw new Error(`${from} declares no optional call sites: is it a Chrome build?`);
  writeFileSync(manifestPath, JSON.stringify(grantForTests(manifest), null, 2));
  return dir;
}
