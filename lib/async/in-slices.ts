/** How long one slice of background work may hold the page, in ms: far from a 50 ms long task. */
const SLICE_MS = 8;

/**
 * Runs `work` a slice per task until it says it is done, and returns a function that stops it.
 * Each call gets a deadline about `sliceMs` ahead and should return once the clock passes it
 * (true when all is done, false to be called again in a later task), so a page with thousands of
 * stories to count or index never holds a click up for long.
 *
 * The slices are timeouts, not message tasks: the small gaps between timeouts leave the browser
 * idle time for its garbage collection, which back-to-back message slices pushed into the slices
 * as long tasks (the side panel at 10,000 stories: 7-8 long tasks per 8 opens against 2-4).
 */
export function inSlices(work: (deadline: number) => boolean, sliceMs = SLICE_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const slice = () => {
    if (stopped || work(performance.now() + sliceMs)) return;
    timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
