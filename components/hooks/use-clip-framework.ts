import { useCallback, useState } from 'react';
import { draftToFramework, type FrameworkDraft } from '../../lib/clip/values-to-framework';
import { frameworkNameProblem, saveCustomFramework } from '../../lib/db/framework-queries';
import { getDb } from '../../lib/db/loopside-db';
import { writeSetting } from '../../lib/db/settings-queries';
import { activeFrameworkSetting } from '../../lib/settings/settings';
import { BUILTIN_FRAMEWORK_IDS } from '../../lib/frameworks/builtin-framework-ids';

type ClipFrameworkState =
  | { step: 'editing' }
  | { step: 'saved'; name: string; replaced: boolean }
  | { step: 'invalid'; error: string };

/**
 * Saves a draft made from a values page as a custom framework, through the same validation as an
 * imported pack, and makes it the framework the next round uses.
 */
export function useClipFramework() {
  const [state, setState] = useState<ClipFrameworkState>({ step: 'editing' });
  const save = useCallback(async (draft: FrameworkDraft) => {
    const parsed = draftToFramework(draft);
    if (!parsed.ok) {
      setState({ step: 'invalid', error: parsed.error });
      return;
    }
    const db = getDb();
    const nameProblem = await frameworkNameProblem(db, parsed.framework.name, parsed.framework.id);
    if (nameProblem) {
      setState({ step: 'invalid', error: nameProblem });
      return;
    }
    const saved = await saveCustomFramework(
      db,
      parsed.framework,
      BUILTIN_FRAMEWORK_IDS,
      Date.now(),
    );
    if (!saved.ok) {
      setState({ step: 'invalid', error: saved.error });
      return;
    }
    await writeSetting(db, activeFrameworkSetting, parsed.framework.id);
    setState({ step: 'saved', name: parsed.framework.name, replaced: saved.replaced });
  }, []);
  const edit = useCallback(() => setState({ step: 'editing' }), []);
  return { state, save, edit };
}
