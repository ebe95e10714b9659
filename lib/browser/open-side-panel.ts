import { browser } from 'wxt/browser';
import { firefoxSidebar } from './firefox-apis';

let windowId: number | undefined;

/**
 * Call on page load: the click handler must not await anything before opening the panel.
 * Resolves once opening is possible.
 */
export async function prepareSidePanel(): Promise<void> {
  try {
    windowId = (await browser.windows?.getCurrent())?.id;
  } catch {
    // Firefox's sidebar needs no window id; Chrome without one reports the error on click.
  }
}

/** Opens the coach panel; must run synchronously inside a click handler (user gesture). */
export function openSidePanel(): Promise<void> {
  if (browser.sidePanel?.open && windowId !== undefined) {
    return browser.sidePanel.open({ windowId });
  }
  const ff = firefoxSidebar();
  if (ff) return ff.open();
  return Promise.reject(new Error('This browser cannot open the side panel from here.'));
}
