import { useState } from 'react';

/**
 * What a control shows between a change and the stored value catching up. A checkbox, a select or
 * a date drawn only from a live query springs back for the moment the write takes, and a second
 * click in that moment reads the old state; this shows the user's value at once, until the stored
 * value it replaced changes (the write came back), or `forget` is called (the write failed).
 */
export function useShownUntilStored<T>(stored: T): [T, (next: T) => void, () => void] {
  const [local, setLocal] = useState<{ base: T; value: T } | null>(null);
  const shown = local && Object.is(local.base, stored) ? local.value : stored;
  return [shown, (value) => setLocal({ base: stored, value }), () => setLocal(null)];
}
