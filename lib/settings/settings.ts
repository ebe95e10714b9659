import * as z from 'zod/mini';

/**
 * One persisted setting: the key its row is stored under, the zod schema a stored value must
 * pass, and the value used when there is none or the stored one does not pass (a row written by
 * an older Loopside, or edited by hand in a backup file).
 */
export interface Setting<T> {
  key: string;
  schema: z.ZodMiniType<T>;
  fallback: T;
}

function setting<T>(key: string, schema: z.ZodMiniType<T>, fallback: T): Setting<T> {
  return { key, schema, fallback };
}

const finite = z.number().check(z.refine(Number.isFinite));

/** Who is using the panel, remembered between rounds. */
export const panelRoleSetting = setting<'candidate' | 'interviewer'>(
  'panelRole',
  z.enum(['candidate', 'interviewer']),
  'candidate',
);
export type PanelRole = typeof panelRoleSetting.fallback;

/** The framework rounds and coverage use; null means the default (Netflix's values). */
export const activeFrameworkSetting = setting<string | null>(
  'activeFrameworkId',
  z.nullable(z.string()),
  null,
);

/** Whether caption lines are stored with each answer (off unless the user opts in). */
export const keepTranscriptsSetting = setting('keepTranscripts', z.boolean(), false);

/** The candidate's own name as the call's captions show it; null until chosen. */
export const selfSpeakerSetting = setting<string | null>(
  'selfSpeakerName',
  z.nullable(z.string()),
  null,
);

/** The clipped job posting rounds and stories are matched against; null for none. */
export const roundPostingSetting = setting<string | null>(
  'roundPostingId',
  z.nullable(z.string()),
  null,
);

/** The workspace's first-run guide, once dismissed. */
export const guideHiddenSetting = setting('firstRunGuideHidden', z.boolean(), false);

/** Ids of rounds run against the scripted demo, kept out of every figure. */
export const demoSessionsSetting = setting<string[]>(
  'demoSessionIds',
  z.array(z.string()),
  [],
);

export type PromptMark = 'drill' | 'out';
export type PromptMarks = Readonly<Record<string, PromptMark>>;

/**
 * The prompt library's marks. An entry with an unknown mark is dropped rather than failing the
 * whole record, so one bad entry never unmarks every prompt.
 */
export const promptMarksSetting = setting<PromptMarks>(
  'promptMarks',
  z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((v) => {
      const out: Record<string, PromptMark> = {};
      for (const [k, m] of Object.entries(v)) if (m === 'drill' || m === 'out') out[k] = m;
      return out as PromptMarks;
    }),
  ) as unknown as z.ZodMiniType<PromptMarks>,
  {},
);

/** Saved edits since the last backup export, for the reminder. */
export const editsSinceExportSetting = setting('backup.editsSinceExport', z.number().check(z.refine((n) => Number.isFinite(n) && n >= 0)), 0);

/** When the last backup was exported; null when never. */
export const lastExportAtSetting = setting<number | null>('backup.lastExportAt', finite, null);

/** The stored value if it passes the setting's schema, else the setting's fallback. */
export function parseSetting<T>(s: Setting<T>, stored: unknown): T {
  if (stored === undefined) return s.fallback;
  const parsed = s.schema.safeParse(stored);
  return parsed.success ? parsed.data : s.fallback;
}

/** Refuses a value the setting's schema does not accept, before anything is written. */
export function checkSettingValue<T>(s: Setting<T>, value: T): T {
  if (value === s.fallback) return value;
  const parsed = s.schema.safeParse(value);
  if (!parsed.success) throw new Error(`Setting ${s.key}: ${JSON.stringify(value)} is not allowed`);
  return parsed.data;
}
