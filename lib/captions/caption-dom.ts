/** Small DOM reads shared by the adapters. Nothing here writes to the page. */

/** Whether any element matching `selector` has an aria-label containing one of `words`. */
export function hasLabelled(doc: Document, selector: string, words: readonly string[]): boolean {
  for (const el of Array.from(doc.querySelectorAll(selector))) {
    const label = (el.getAttribute('aria-label') ?? '').toLowerCase();
    if (words.some((w) => label.includes(w))) return true;
  }
  return false;
}

export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Buttons and toolbars inside a caption area are controls, never captions. */
export function isControl(el: Element): boolean {
  return (
    el.matches('button, [role="button"], [role="toolbar"], [aria-hidden="true"]') ||
    el.querySelector('button, [role="button"]') !== null
  );
}
