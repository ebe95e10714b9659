import { useCallback } from 'react';
import { getDb } from '../../lib/db/loopside-db';
import { updateSetting } from '../../lib/db/settings-queries';
import { setMark } from '../../lib/practice/prompt-marks';
import { promptMarksSetting, type PromptMark } from '../../lib/settings/settings';
import { useSetting } from './use-setting';

export function usePromptMarks() {
  const [marks] = useSetting(promptMarksSetting);
  const mark = useCallback(
    (key: string, value: PromptMark | null) =>
      updateSetting(getDb(), promptMarksSetting, (m) => setMark(m, key, value)),
    [],
  );
  return { marks, mark };
}
