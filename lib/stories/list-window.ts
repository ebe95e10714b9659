/** Rows rendered beyond each edge of the view, so a quick scroll never shows a blank. */
const OVERSCAN_ROWS = 8;

/**
 * Which rows of a fixed-height list to render for a scroll position: [first, last), clamped to
 * the list, with an overscan margin on both sides.
 */
export function listWindow(
  count: number,
  rowPx: number,
  scrollTop: number,
  viewPx: number,
  overscan = OVERSCAN_ROWS,
): { first: number; last: number } {
  if (count <= 0 || rowPx <= 0) return { first: 0, last: 0 };
  const top = Math.max(0, scrollTop);
  const first = Math.max(0, Math.min(count, Math.floor(top / rowPx) - overscan));
  const last = Math.min(count, Math.ceil((top + Math.max(0, viewPx)) / rowPx) + overscan);
  return { first: Math.min(first, last), last };
}
