// `npm start` (Chromium family) or `npm start -- --firefox`: find an installed browser first,
// so a computer without one hears what to install before any build runs; then build and open
// the demo: the extension loaded, a demo practice call, the practice room and the workspace.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findBrowser } from './find-browser.mjs';

const root = resolve(import.meta.dirname, '..');
const firefox = process.argv.includes('--firefox');
const found = findBrowser(firefox ? 'firefox' : 'chromium', {
  platform: process.platform,
  env: process.env,
  exists: existsSync,
});
if (found.error) {
  console.error(found.error);
  process.exit(1);
}
console.log(`Using ${found.browser.name} at ${found.browser.path}`);

const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules/wxt/bin/wxt.mjs'), 'build', ...(firefox ? ['-b', 'firefox'] : [])],
  { cwd: root, stdio: 'inherit' },
);
if (build.status !== 0) {
  console.error('The build failed; see the messages above.');
  process.exit(build.status ?? 1);
}

const options = {
  root,
  name: found.browser.name,
  executablePath: found.browser.path,
  // macOS and Windows always have a screen; Linux has one when X11 or Wayland says so.
  headless:
    process.env.LOOPSIDE_HEADLESS === '1' ||
    (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY),
};
if (firefox) await (await import('./start-firefox.mjs')).startFirefox(options);
else await (await import('./start-chromium.mjs')).startChromium(options);
