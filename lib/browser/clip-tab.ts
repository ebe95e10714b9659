import { errorText } from '../errors/error-text';
import { browser } from 'wxt/browser';
import {
  isClippableUrl,
  judgeReaderResult,
  unclippableMessage,
  type ClipOutcome,
} from '../clip/clip-outcome';
import { saveClip } from '../db/clip-queries';
import { getDb } from '../db/loopside-db';

interface TabToClip {
  id?: number;
  url?: string;
}

/**
 * Reads the tab with the injected reader (Readability and the sanitiser run in the page's
 * isolated world, on a clone), judges the result and stores it in one write. Needs activeTab,
 * which the browser grants when the user clicks the toolbar button or the page's menu item.
 */
export async function clipTab(tab: TabToClip, now = Date.now()): Promise<ClipOutcome> {
  if (tab.id === undefined)
    return { ok: false, message: 'There is no page to clip in this window.' };
  if (tab.url && !isClippableUrl(tab.url))
    return { ok: false, message: unclippableMessage(tab.url) };
  let raw: unknown;
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      files: ['/clip-reader.js'],
    });
    raw = first?.result;
  } catch (e) {
    return { ok: false, message: describeInjectError(e) };
  }
  const after = await browser.tabs.get(tab.id).catch(() => undefined);
  const outcome = judgeReaderResult(raw, {
    id: crypto.randomUUID(),
    now,
    urlBefore: tab.url,
    urlAfter: after?.url,
  });
  if (outcome.ok) await saveClip(getDb(), outcome.page);
  return outcome;
}

/**
 * What the user is told when the page could not be read. Chrome words a missing grant as "Cannot
 * access contents of the page. Extension manifest must request permission to access the
 * respective host", so the grant is asked about before "cannot access" is taken for a browser page.
 */
export function describeInjectError(e: unknown): string {
  const text = errorText(e);
  const browserPage =
    'Loopside may not read this tab. Browser pages, the extension store and PDFs shown by the browser cannot be clipped.';
  if (/file:\/\//i.test(text))
    return 'Loopside may read a file opened from this computer only if you allow it: turn on “Allow access to file URLs” for Loopside in the browser’s extension settings.';
  if (/chrome:\/\/|about:|extensions gallery|webstore|cannot be scripted/i.test(text))
    return browserPage;
  if (/permission|host/i.test(text)) {
    // Right-click first: in Firefox the toolbar button opens and closes the sidebar instead.
    return 'Loopside may read a page only after you ask on that page: right-click the page and choose “Clip this page to Loopside” (in Chrome, the Loopside toolbar button there works too).';
  }
  if (/cannot access/i.test(text)) return browserPage;
  if (/no tab|closed/i.test(text))
    return 'The tab closed before it could be read; nothing was stored.';
  return 'Loopside could not read this page, so nothing was stored. Reload it and try again.';
}
