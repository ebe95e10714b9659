import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import {
  asString,
  readSetting,
  SETTING_FRAMEWORK,
  writeSetting,
} from '../../lib/db/settings-queries';
import {
  builtinFrameworks,
  DEFAULT_FRAMEWORK_ID,
  findFramework,
} from '../../lib/frameworks/builtin-frameworks';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { parseFramework } from '../../lib/frameworks/parse-framework';

export interface FrameworkChoice {
  frameworks: readonly Framework[];
  active: Framework;
  setActive: (id: string) => Promise<void>;
  loading: boolean;
}

/** Built-in packs plus the user's own, and the persisted choice between them. */
export function useFrameworks(): FrameworkChoice {
  const data = useLiveQuery(async () => {
    const db = getDb();
    const [rows, activeId] = await Promise.all([
      db.frameworks.toArray(),
      readSetting(db, SETTING_FRAMEWORK, asString),
    ]);
    const custom = rows.flatMap((r) => {
      const parsed = parseFramework(r.pack);
      return parsed.ok ? [parsed.framework] : [];
    });
    return { custom, activeId };
  }, []);
  const frameworks = useMemo(() => [...builtinFrameworks, ...(data?.custom ?? [])], [data]);
  const active =
    findFramework(frameworks, data?.activeId ?? DEFAULT_FRAMEWORK_ID) ??
    findFramework(frameworks, DEFAULT_FRAMEWORK_ID) ??
    builtinFrameworks[0]!;
  const setActive = useCallback(async (id: string) => {
    await writeSetting(getDb(), SETTING_FRAMEWORK, id);
  }, []);
  return { frameworks, active, setActive, loading: data === undefined };
}
