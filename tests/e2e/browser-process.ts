import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import chromiumFlags from '../../scripts/chromium-flags.json';
import { CHROMIUM } from './launch-extension';

/** The built extension in Chromium on a profile the caller keeps, so it can be opened again. */
export async function launchOnProfile(
  userDataDir: string,
  extensionDir = resolve('.output/chrome-mv3'),
): Promise<{ context: BrowserContext; url: (page: string) => string }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...chromiumFlags,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return { context, url: (page) => `chrome-extension://${id}/${page}` };
}

/** Ids of the Chromium processes this test started on `userDataDir` (the browser and its helpers). */
export function profileProcesses(userDataDir: string): number[] {
  const pids: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const args = readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0');
      if (args.some((a) => a === `--user-data-dir=${userDataDir}`)) pids.push(Number(name));
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

/** Kills every process of that browser at once, the way a crash or a power cut would. */
export function killBrowser(userDataDir: string): number {
  const pids = profileProcesses(userDataDir);
  for (const pid of pids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  return pids.length;
}
