import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { readSetting, writeSetting } from '../../lib/db/settings-queries';
import { activeFrameworkSetting } from '../../lib/settings/settings';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { netflixValues } from '../../lib/frameworks/netflix-values';

export interface FrameworkChoice {
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
 * part of the page; the others load just after first paint.
 */
export function useFrameworks(): FrameworkChoice {
  const [more, setMore] = useState<readonly Framework[] | null>(null);
  useEffect(() => {
    let live = true;
    import('../../lib/frameworks/more-frameworks').then(
      (m) => live && setMore(m.moreFrameworks),
      () => live && setMore([]),
    );
    return () => {
      live = false;
    };
  }, []);
  const data = useLiveQuery(async () => {
    const db = getDb();
    const [rows, activeId] = await Promise.all([
      db.frameworks.toArray(),
      readSetting(db, activeFrameworkSetting),
    ]);
    // Validation (zod) loads only when the user has imported frameworks of their own.
    const parse = rows.length
      ? (await import('../../lib/frameworks/parse-framework')).parseFramework
      : null;
    const custom = rows.flatMap((r) => {
      const parsed = parse?.(r.pack);
      return parsed?.ok ? [parsed.framework] : [];
    });
    return { custom, activeId };
  }, []);
  const frameworks = useMemo(
    () => [netflixValues, ...(more ?? []), ...(data?.custom ?? [])],
    [more, data],
  );
  const wanted = data?.activeId ?? netflixValues.id;
  const found = frameworks.find((f) => f.id === wanted);
  const setActive = useCallback(async (id: string) => {
    await writeSetting(getDb(), activeFrameworkSetting, id);
  }, []);
  return {
    frameworks,
    active: found ?? netflixValues,
    setActive,
    loading: data === undefined || (!found && more === null),
    complete: data !== undefined && more !== null,
  };
}
