import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
// Shared with `npm start`: no sandbox as root, and no background traffic on a closed network.
import chromiumFlags from '../../scripts/chromium-flags.json';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  url: (page: string) => string;
  open: (page: string) => Promise<Page>;
  close: () => Promise<void>;
}

export async function launchExtension(
  extensionDir = resolve('.output/chrome-mv3'),
  extraArgs: string[] = [],
): Promise<LaunchedExtension> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'loopside-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...chromiumFlags,
      ...extraArgs,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const url = (page: string) => `chrome-extension://${extensionId}/${page}`;
  return {
    context,
    extensionId,
    url,
    open: async (page: string) => {
      const p = await context.newPage();
      await p.goto(url(page));
      return p;
    },
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** "44:57" or "+1:02" or "1:02:03" → seconds (overtime negative). */
export function parseClock(text: string): number {
  const over = text.startsWith('+');
  const parts = text.replace('+', '').split(':').map(Number);
  const seconds = parts.reduce((acc, n) => acc * 60 + n, 0);
  return over ? -seconds : seconds;
}
