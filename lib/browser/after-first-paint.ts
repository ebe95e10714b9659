let painted: Promise<void> | undefined;

/**
 * Resolves once the page has painted a frame after the first call (or after `fallbackMs`, for a
 * page in a background tab, where frames do not come). Loading code that the first screen does not
 * show waits for it: each chunk started before the paint costs the first screen its fetch set-up.
 */
export function afterFirstPaint(fallbackMs = 200): Promise<void> {
  painted ??= new Promise<void>((done) => {
    const fallback = setTimeout(done, fallbackMs);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        done();
      }, 0),
    );
  });
  return painted;
}

/** For tests: forget the paint already seen. */
export function resetFirstPaint(): void {
  painted = undefined;
}
