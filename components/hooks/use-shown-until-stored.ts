import { useCallback, useEffect, useRef, useState } from 'react';

interface Local<T> {
  value: T;
  /** Writes of it still in flight. */
  pending: number;
  /** The stored value when the last write landed: the next change to it is the write's echo or newer. */
  settledOn?: { stored: T };
}

/**
 * What a control shows between a change and the stored value catching up. A checkbox, a radio, a
 * select or a date drawn only from a live query springs back for the moment the write takes, and
 * a second click in that moment reads the old state. `track(value, write)` shows the user's value
 * at once and keeps it while any write is in flight and until the stored value next changes after
 * the last one landed (an earlier write's echo never undoes a later choice). A failed write drops
 * it, so the control shows what is stored.
 */
export function useShownUntilStored<T>(
  stored: T,
): [T, <W>(value: T, write: Promise<W>) => Promise<W>] {
  const [local, setLocal] = useState<Local<T> | null>(null);
  const latest = useRef(stored);
  useEffect(() => {
    latest.current = stored;
  }, [stored]);
  const keep =
    local !== null &&
    (local.pending > 0 || !local.settledOn || Object.is(local.settledOn.stored, stored));
  const shown = keep ? local.value : stored;
  const track = useCallback(<W>(value: T, write: Promise<W>) => {
    setLocal((l) => ({ value, pending: (l?.pending ?? 0) + 1 }));
    return write.then(
      (result) => {
        setLocal((l) =>
          l === null
            ? null
            : l.pending > 1
              ? { ...l, pending: l.pending - 1 }
              : { ...l, pending: 0, settledOn: { stored: latest.current } },
        );
        return result;
      },
      (error: unknown) => {
        setLocal(null);
        throw error;
      },
    );
  }, []);
  return [shown, track];
}
