import type { BrowserContext, Page } from 'playwright-core';

/**
 * Makes every page of the context remember where the round types' "Onsite interview" choice was
 * when it first appeared, so a test can check later that nothing loaded above it and moved it
 * from under a pointer on its way.
 */
export async function watchSetupPosition(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __setupTop?: number };
    const observer = new MutationObserver(() => {
      const radio = document.querySelector('form.setup input[value="onsite"]');
      if (!radio) return;
      w.__setupTop = radio.getBoundingClientRect().top + scrollY;
      observer.disconnect();
    });
    observer.observe(document, { childList: true, subtree: true });
  });
}

/** Pixels the choice has moved since it first appeared (null: it has not appeared). */
export async function setupMoved(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const first = (window as unknown as { __setupTop?: number }).__setupTop;
    const radio = document.querySelector('form.setup input[value="onsite"]');
    if (first === undefined || !radio) return null;
    return Math.abs(radio.getBoundingClientRect().top + scrollY - first);
  });
}
