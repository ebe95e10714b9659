import { useCallback, useEffect, useState } from 'react';
import {
  hasCallAccess,
  requestCallAccess,
  revokeCallAccess,
  watchCallAccess,
} from '../../lib/browser/caption-registration';
import type { Platform } from '../../lib/captions/utterance-schema';
import { platforms } from '../../lib/live/platform-hosts';

type Grants = Partial<Record<Platform, boolean>>;

async function readGrants(): Promise<Grants> {
  const entries = await Promise.all(
    platforms.map(async (p) => [p.id, await hasCallAccess(p.id)] as const),
  );
  return Object.fromEntries(entries);
}

/** Which call sites the user let Loopside read captions on; toggles ask the browser. */
export function useCallAccess() {
  const [granted, setGranted] = useState<Grants>({});
  useEffect(() => {
    const listening = new AbortController();
    const refresh = () =>
      readGrants().then(
        (g) => !listening.signal.aborted && setGranted(g),
        () => undefined,
      );
    // The ticks follow the browser's grants, wherever they change: a prompt answered late, or
    // access taken away in the browser's own extension settings.
    watchCallAccess(refresh, listening.signal);
    void refresh();
    return () => listening.abort();
  }, []);
  /** Must be called straight from a click: the browser shows its own prompt. */
  const toggle = useCallback((platform: Platform, on: boolean) => {
    const change = on ? requestCallAccess(platform) : revokeCallAccess(platform);
    void change
      .catch(() => false)
      .then(readGrants)
      .then(setGranted);
  }, []);
  return { granted, toggle };
}
