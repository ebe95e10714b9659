/**
 * Every persisted setting: its name, the key its row is stored under and the value used when
 * there is none or the stored one does not pass its zod schema (a row written by an older
 * Loopside, or edited by hand in a backup file). The schemas live in `setting-schemas.ts`, loaded
 * beside the database rather than in the side panel's first script: zod would not fit the panel's
 * initial budget.
 */
export interface Setting<T> {
  name: SettingName;
  key: string;
  fallback: T;
}

export type PanelRole = 'candidate' | 'interviewer';
export type PromptMark = 'drill' | 'out';
export type PromptMarks = Readonly<Record<string, PromptMark>>;

export interface SettingValues {
  panelRole: PanelRole;
  activeFramework: string | null;
  keepTranscripts: boolean;
  selfSpeaker: string | null;
  roundPosting: string | null;
  guideHidden: boolean;
  demoSessions: string[];
  promptMarks: PromptMarks;
  editsSinceExport: number;
  lastExportAt: number | null;
}
type SettingName = keyof SettingValues;

function setting<N extends SettingName>(
  name: N,
  key: string,
  fallback: SettingValues[N],
): Setting<SettingValues[N]> {
  return { name, key, fallback };
}

/** Who is using the panel, remembered between rounds. */
export const panelRoleSetting = setting('panelRole', 'panelRole', 'candidate');
/** The framework rounds and coverage use; null means the default (Netflix's values). */
export const activeFrameworkSetting = setting('activeFramework', 'activeFrameworkId', null);
/** Whether caption lines are stored with each answer (off unless the user opts in). */
export const keepTranscriptsSetting = setting('keepTranscripts', 'keepTranscripts', false);
/** The candidate's own name as the call's captions show it; null until chosen. */
export const selfSpeakerSetting = setting('selfSpeaker', 'selfSpeakerName', null);
/** The clipped job posting rounds and stories are matched against; null for none. */
export const roundPostingSetting = setting('roundPosting', 'roundPostingId', null);
/** The workspace's first-run guide, once dismissed. */
export const guideHiddenSetting = setting('guideHidden', 'firstRunGuideHidden', false);
/** Ids of rounds run against the scripted demo, kept out of every figure. */
export const demoSessionsSetting = setting('demoSessions', 'demoSessionIds', []);
/** The prompt library's marks. */
export const promptMarksSetting = setting('promptMarks', 'promptMarks', {});
/** Saved edits since the last backup export, for the reminder. */
export const editsSinceExportSetting = setting('editsSinceExport', 'backup.editsSinceExport', 0);
/** When the last backup was exported; null when never. */
export const lastExportAtSetting = setting('lastExportAt', 'backup.lastExportAt', null);

export const allSettings = [
  panelRoleSetting,
  activeFrameworkSetting,
  keepTranscriptsSetting,
  selfSpeakerSetting,
  roundPostingSetting,
  guideHiddenSetting,
  demoSessionsSetting,
  promptMarksSetting,
  editsSinceExportSetting,
  lastExportAtSetting,
] as const;
