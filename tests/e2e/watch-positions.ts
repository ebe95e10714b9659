import type { BrowserContext, Page } from 'playwright-core';

/** The round types' "Onsite interview" choice: where a user's pointer goes first in a round setup. */
export const ONSITE_CHOICE = 'form.setup input[value="onsite"]';

/**
 * Makes every page of the context remember where each of `selectors` was when it first appeared,
 * so a test can check later that nothing loaded above it and moved it from under a pointer.
 */
export async function watchPositions(
  context: BrowserContext,
  selectors: readonly string[] = [ONSITE_CHOICE],
): Promise<void> {
  await context.addInitScript((sels: readonly string[]) => {
    const w = window as unknown as { __firstTop?: Record<string, number> };
    const firstTop: Record<string, number> = (w.__firstTop = {});
    const observer = new MutationObserver(() => {
      for (const sel of sels) {
        if (sel in firstTop) continue;
        const el = document.querySelector(sel);
        if (el) firstTop[sel] = el.getBoundingClientRect().top + scrollY;
      }
      if (sels.every((s) => s in firstTop)) observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  }, selectors);
}

/** Pixels `selector` has moved since it first appeared (null: it has not appeared). */
export async function movedSinceFirstSeen(
  page: Page,
  selector: string = ONSITE_CHOICE,
): Promise<number | null> {
  return page.evaluate((sel) => {
    const first = (window as unknown as { __firstTop?: Record<string, number> }).__firstTop?.[sel];
    const el = document.querySelector(sel);
    if (first === undefined || !el) return null;
    return Math.abs(el.getBoundingClientRect().top + scrollY - first);
  }, selector);
}
