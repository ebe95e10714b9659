import { afterEach, describe, expect, it } from 'vitest';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { readSetting, updateSetting, writeSetting } from '../../lib/db/settings-queries';
import {
  allSettings,
  demoSessionsSetting,
  editsSinceExportSetting,
  keepTranscriptsSetting,
  lastExportAtSetting,
  panelRoleSetting,
  selfSpeakerSetting,
  activeFrameworkSetting,
} from '../../lib/settings/settings';
import { parseSetting, settingSchemas } from '../../lib/settings/setting-schemas';

const all = allSettings;

let db: LoopsideDb | null = null;
function open(): LoopsideDb {
  db = new LoopsideDb(`settings-${crypto.randomUUID()}`);
  return db;
}
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('settings', () => {
  it('has one key and one schema per setting, each schema accepting its fallback', () => {
    expect(Object.keys(settingSchemas).sort()).toEqual(allSettings.map((s) => s.name).sort());
    expect(new Set(all.map((s) => s.key)).size).toBe(all.length);
    for (const s of all) expect(settingSchemas[s.name].safeParse(s.fallback).success).toBe(true);
    for (const s of all) expect(parseSetting(s as never, s.fallback)).toEqual(s.fallback);
  });

  it('gives the fallback for a missing row or a stored value of the wrong shape', () => {
    expect(parseSetting(panelRoleSetting, undefined)).toBe('candidate');
    expect(parseSetting(panelRoleSetting, 'admin')).toBe('candidate');
    expect(parseSetting(panelRoleSetting, 'interviewer')).toBe('interviewer');
    expect(parseSetting(keepTranscriptsSetting, 'yes')).toBe(false);
    expect(parseSetting(demoSessionsSetting, ['a', 2])).toEqual([]);
    expect(parseSetting(demoSessionsSetting, ['a', 'b'])).toEqual(['a', 'b']);
    expect(parseSetting(editsSinceExportSetting, -3)).toBe(0);
    expect(parseSetting(editsSinceExportSetting, Number.NaN)).toBe(0);
    expect(parseSetting(lastExportAtSetting, Number.POSITIVE_INFINITY)).toBeNull();
    expect(parseSetting(selfSpeakerSetting, 42)).toBeNull();
    expect(parseSetting(activeFrameworkSetting, 'netflix-memo-2024')).toBe('netflix-memo-2024');
  });

  it('reads back what it writes, and refuses to write a value outside the schema', async () => {
    const d = open();
    expect(await readSetting(d, panelRoleSetting)).toBe('candidate');
    await writeSetting(d, panelRoleSetting, 'interviewer');
    expect(await readSetting(d, panelRoleSetting)).toBe('interviewer');
    expect(await d.settings.get('panelRole')).toEqual({ key: 'panelRole', value: 'interviewer' });
    await expect(writeSetting(d, panelRoleSetting, 'admin' as never)).rejects.toThrow(/panelRole/);
    expect(await readSetting(d, panelRoleSetting)).toBe('interviewer');
  });

  it('reads a row of the wrong shape (an old build, a hand-edited backup) as the fallback', async () => {
    const d = open();
    await d.settings.put({ key: 'keepTranscripts', value: 'true' });
    expect(await readSetting(d, keepTranscriptsSetting)).toBe(false);
  });

  it('updates in one transaction, so concurrent changes are all kept', async () => {
    const d = open();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        updateSetting(d, demoSessionsSetting, (ids) => [...ids, `s${i}`]),
      ),
    );
    expect((await readSetting(d, demoSessionsSetting)).length).toBe(20);
  });
});
