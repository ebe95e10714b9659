import { startTransition, useEffect, useRef, useState } from 'react';
import { inSlices } from '../../lib/async/in-slices';
import type { Story } from '../../lib/stories/story-schema';

/**
 * The last bank whose rows are all counted (`count` remembers each story's row and says where it
 * stopped). A new bank is counted a slice at a time, a task each, so a bank of thousands never
 * holds a click up; after a save only the edited story is new, and the first slice finishes it.
 * Undefined until the first bank is counted.
 */
export function useCountedBank(
  bank: readonly Story[] | undefined,
  count: (bank: readonly Story[], from: number, deadline: number) => number,
): readonly Story[] | undefined {
  const [counted, setCounted] = useState<readonly Story[] | undefined>(undefined);
  const shown = useRef(false);
  useEffect(() => {
    if (!bank) return;
    let from = 0;
    return inSlices((deadline) => {
      from = count(bank, from, deadline);
      if (from < bank.length) return false;
      // The first whole bank shows at once; later ones (a save per keystroke) re-render the list
      // at low priority, so typing never waits behind them.
      if (shown.current) startTransition(() => setCounted(bank));
      else setCounted(bank);
      shown.current = true;
      return true;
    });
  }, [bank, count]);
  return counted;
}
