import { useCallback } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { writeSetting } from '../../lib/db/settings-queries';
import {
  asPromptMarks,
  setMark,
  SETTING_PROMPT_MARKS,
  type PromptMark,
  type PromptMarks,
} from '../../lib/practice/prompt-marks';
import { useSetting } from './use-setting';

const none: PromptMarks = {};

export function usePromptMarks() {
  const [marks] = useSetting(SETTING_PROMPT_MARKS, asPromptMarks, none);
  // Read-modify-write in one transaction so two quick clicks never drop a mark.
  const mark = useCallback(async (key: string, value: PromptMark | null) => {
    const db = getDb();
    await db.transaction('rw', db.settings, async () => {
      const row = await db.settings.get(SETTING_PROMPT_MARKS);
      await writeSetting(
        db,
        SETTING_PROMPT_MARKS,
        setMark(asPromptMarks(row?.value) ?? {}, key, value),
      );
    });
  }, []);
  return { marks, mark };
}
