import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { afterFirstPaint } from '../../lib/browser/after-first-paint';
import { readFrameworkChoice, type StoredFrameworkChoice } from '../../lib/db/framework-choice';
import { getDb } from '../../lib/db/loopside-db';
import { writeSetting } from '../../lib/db/settings-queries';
import { activeFrameworkSetting } from '../../lib/settings/settings';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { chosenFramework, frameworkList } from '../../lib/frameworks/framework-list';

interface FrameworkChoice {
  frameworks: readonly Framework[];
  active: Framework;
  setActive: (id: string) => Promise<void>;
  /** True until the chosen framework is known (it may still be loading). */
  loading: boolean;
  /** Every pack, built-in and the user's own, has loaded. */
  complete: boolean;
}

/**
 * Built-in packs plus the user's own, and the persisted choice between them. The default pack is
 * part of the page; the others load just after first paint. `initial` (read before the first
 * render) is shown until the live query's first answer.
 */
export function useFrameworks(initial?: StoredFrameworkChoice): FrameworkChoice {
  const [more, setMore] = useState<readonly Framework[] | null>(null);
  useEffect(() => {
    let live = true;
    afterFirstPaint()
      .then(() => import('../../lib/frameworks/more-frameworks'))
      .then(
        (m) => live && setMore(m.moreFrameworks),
        () => live && setMore([]),
      );
    return () => {
      live = false;
    };
  }, []);
  const data = useLiveQuery(() => readFrameworkChoice(getDb()), [], initial);
  const frameworks = useMemo(() => frameworkList(more, data?.custom ?? []), [more, data]);
  const { active, found } = chosenFramework(frameworks, data?.activeId ?? null);
  const setActive = useCallback(async (id: string) => {
    await writeSetting(getDb(), activeFrameworkSetting, id);
  }, []);
  return {
    frameworks,
    active,
    setActive,
    loading: data === undefined || (!found && more === null),
    complete: data !== undefined && more !== null,
  };
}
