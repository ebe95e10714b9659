import { browser } from 'wxt/browser';

type FirefoxSidebar = { sidebarAction?: { open(): Promise<void> } };

let windowId: number | undefined;

/** Call on page load: the click handler must not await anything before opening the panel. */
export function prepareSidePanel(): void {
  void browser.windows?.getCurrent().then((w) => {
    windowId = w.id;
  });
}

/** Opens the coach panel; must run synchronously inside a click handler (user gesture). */
export function openSidePanel(): Promise<void> {
  if (browser.sidePanel?.open && windowId !== undefined) {
    return browser.sidePanel.open({ windowId });
  }
  const ff = (browser as unknown as FirefoxSidebar).sidebarAction;
  if (ff) return ff.open();
  return Promise.reject(new Error('This browser cannot open the side panel from here.'));
}
