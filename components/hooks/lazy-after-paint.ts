import { lazy } from 'react';
import { afterFirstPaint } from '../../lib/browser/after-first-paint';

/**
 * `React.lazy` for parts the first screen does not need: React asks for a lazy part when it
 * first renders it, before the paint, so this one waits for the first paint before its chunk is
 * fetched (the first screen's own files come first).
 */
export const lazyAfterPaint: typeof lazy = (load) =>
  lazy(async () => {
    await afterFirstPaint();
    return load();
  });
