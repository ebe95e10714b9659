import { errorText } from '../../lib/errors/error-text';
import { useCallback, useState } from 'react';
import { downloadText } from '../../lib/browser/download-text';
import { getDb, type CustomFrameworkRow } from '../../lib/db/loopside-db';
import {
  deleteCustomFramework,
  restoreCustomFramework,
  saveCustomFramework,
} from '../../lib/db/framework-queries';
import { BUILTIN_FRAMEWORK_IDS } from '../../lib/frameworks/builtin-framework-ids';
import type { Framework } from '../../lib/frameworks/framework-schema';

type FrameworkImportState =
  | { step: 'idle' }
  | { step: 'working'; fileName: string }
  | { step: 'done'; fileName: string; name: string; replaced: boolean }
  | { step: 'invalid'; fileName: string; error: string };

/** Packs are small; anything bigger is not a framework. */
const MAX_PACK_BYTES = 2 * 1024 * 1024;

/** Import a framework pack from a file (validated whole before anything is stored), remove one, or save one as a template. */
export function useFrameworkImport() {
  const [state, setState] = useState<FrameworkImportState>({ step: 'idle' });
  const importFile = useCallback(async (file: File | undefined) => {
    if (!file) return;
    const fileName = file.name;
    if (file.size > MAX_PACK_BYTES) {
      setState({
        step: 'invalid',
        fileName,
        error: 'the file is larger than 2 MB; a framework pack is a few KB',
      });
      return;
    }
    setState({ step: 'working', fileName });
    try {
      const { parseFramework } = await import('../../lib/frameworks/parse-framework');
      const parsed = parseFramework(await file.text());
      if (!parsed.ok) {
        setState({ step: 'invalid', fileName, error: parsed.error });
        return;
      }
      const saved = await saveCustomFramework(
        getDb(),
        parsed.framework,
        BUILTIN_FRAMEWORK_IDS,
        Date.now(),
      );
      setState(
        saved.ok
          ? { step: 'done', fileName, name: parsed.framework.name, replaced: saved.replaced }
          : { step: 'invalid', fileName, error: saved.error },
      );
    } catch (e) {
      // An unreadable file or a failed write still ends in a message, never an endless "Checking…".
      setState({ step: 'invalid', fileName, error: errorText(e) });
    }
  }, []);
  const [removed, setRemoved] = useState<CustomFrameworkRow | null>(null);
  const remove = useCallback(async (id: string) => {
    setRemoved((await deleteCustomFramework(getDb(), id)) ?? null);
  }, []);
  const undoRemove = useCallback(async () => {
    if (!removed) return;
    await restoreCustomFramework(getDb(), removed);
    setRemoved(null);
  }, [removed]);
  const downloadTemplate = useCallback((framework: Framework) => {
    const template = {
      ...framework,
      id: `my-${framework.id}`,
      name: `${framework.name} (my copy)`,
    };
    downloadText(`${template.id}.json`, JSON.stringify(template, null, 2), 'application/json');
  }, []);
  return { state, importFile, remove, removed, undoRemove, downloadTemplate };
}
