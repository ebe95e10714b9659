import { browser } from 'wxt/browser';
import { within } from '../async/within';
import { platforms, type PlatformInfo } from '../live/platform-hosts';
import { stopCaptionReaderInTab } from './stop-caption-reader';
import type { Platform } from '../captions/utterance-schema';

const scriptId = (p: PlatformInfo) => `loopside-captions-${p.id}`;
const scriptFile = (p: PlatformInfo) => `/content-scripts/${p.id}.js` as const;

export async function hasCallAccess(platform: Platform): Promise<boolean> {
  const p = platforms.find((x) => x.id === platform);
  return p ? browser.permissions.contains({ origins: p.matches }) : false;
}

/**
 * Calls `onChange` whenever host access is granted or given back anywhere (this page, another
 * page, or the browser's own extension settings), until `signal` aborts.
 */
export function watchCallAccess(onChange: () => void, signal: AbortSignal): void {
  const listener = () => onChange();
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  signal.addEventListener('abort', () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  });
}

/** Must run inside a click handler: the browser shows its own permission prompt. */
export function requestCallAccess(platform: Platform): Promise<boolean> {
  const p = platforms.find((x) => x.id === platform);
  return p ? browser.permissions.request({ origins: p.matches }) : Promise.resolve(false);
}

/**
 * Turning a platform off stops readers already running in open calls (done while access still
 * stands), then gives the access back; the background then unregisters the script.
 */
/** How long turning a platform off waits for a call tab to stop its reader before giving access back. */
export const STOP_READER_WAIT_MS = 1500;

export async function revokeCallAccess(platform: Platform): Promise<boolean> {
  const p = platforms.find((x) => x.id === platform);
  if (!p) return false;
  const tabs = await browser.tabs.query({ url: p.matches }).catch(() => []);
  // A tab that is busy or hung must not keep the grant: each stop gets a short while, side by side.
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : within(
            browser.scripting
              .executeScript({ target: { tabId: tab.id }, func: stopCaptionReaderInTab })
              .catch(() => undefined),
            STOP_READER_WAIT_MS,
          ),
    ),
  );
  return browser.permissions.remove({ origins: p.matches });
}

let syncing: Promise<void> = Promise.resolve();

/**
 * Caption readers run only where the user granted access: register each platform's script when
 * its grant stands, unregister it when the grant is gone. Tabs already open on a newly granted
 * platform get the reader injected so the user need not reload the call.
 *
 * Runs one at a time: a grant arriving while the start-up sync is still reading the registered
 * scripts would otherwise register the same reader twice, which the browser refuses.
 */
export function syncCaptionScripts(): Promise<void> {
  const run = syncing.then(syncOnce);
  syncing = run.catch(() => undefined);
  return run;
}

async function syncOnce(): Promise<void> {
  const registered = new Set(
    (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id),
  );
  for (const p of platforms) {
    const granted = await browser.permissions.contains({ origins: p.matches });
    const id = scriptId(p);
    if (granted && !registered.has(id)) {
      await browser.scripting.registerContentScripts([
        {
          id,
          matches: p.matches,
          js: [scriptFile(p)],
          runAt: 'document_idle',
          persistAcrossSessions: true,
        },
      ]);
      const tabs = await browser.tabs.query({ url: p.matches });
      for (const tab of tabs) {
        if (tab.id === undefined) continue;
        await browser.scripting
          .executeScript({ target: { tabId: tab.id }, files: [scriptFile(p)] })
          .catch(() => undefined);
      }
    } else if (!granted && registered.has(id)) {
      await browser.scripting.unregisterContentScripts({ ids: [id] });
    }
  }
}
