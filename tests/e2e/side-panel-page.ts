import type { Browser, Page } from 'playwright-core';

// Chrome's side panel is not a tab of the launched context: Playwright reaches it over the
// DevTools protocol, as one more page among the browser's targets.

/** The open side panel's page, if there is one. */
export function findSidePanel(browser: Browser): Page | undefined {
  for (const c of browser.contexts())
    for (const p of c.pages()) if (p.url().endsWith('/sidepanel.html')) return p;
  return undefined;
}

/** Waits up to ten seconds for the side panel to open and returns its page. */
export async function waitForSidePanel(browser: Browser): Promise<Page> {
  for (let tries = 0; tries < 100; tries++) {
    const panel = findSidePanel(browser);
    if (panel) return panel;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('The side panel did not open');
}
