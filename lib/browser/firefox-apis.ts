import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which WXT's Chrome-shaped types do not describe; undefined elsewhere. */
export function firefoxSidebar(): { open(): Promise<void>; toggle(): Promise<void> } | undefined {
  return (
    browser as unknown as { sidebarAction?: { open(): Promise<void>; toggle(): Promise<void> } }
  ).sidebarAction;
}

/** The toolbar button's API: `action` (MV3), or Firefox's MV2-era `browserAction` where only it exists. */
export function toolbarAction(): typeof browser.action | undefined {
  return (
    browser.action ??
    (browser as unknown as { browserAction?: typeof browser.action }).browserAction
  );
}
