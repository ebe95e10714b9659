import * as z from 'zod/mini';
import type { PromptMark, PromptMarks, Setting, SettingValues } from './settings';

const finite = z.number().check(z.refine(Number.isFinite));

/** The zod schema each setting's stored value must pass. */
export const settingSchemas: { [N in keyof SettingValues]: z.ZodMiniType<SettingValues[N]> } = {
  panelRole: z.enum(['candidate', 'interviewer']),
  activeFramework: z.nullable(z.string()),
  keepTranscripts: z.boolean(),
  selfSpeaker: z.nullable(z.string()),
  roundPosting: z.nullable(z.string()),
  guideHidden: z.boolean(),
  demoSessions: z.array(z.string()),
  // An entry with an unknown mark is dropped rather than failing the whole record, so one bad
  // entry never unmarks every prompt.
  promptMarks: z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((v): PromptMarks => {
      const out: Record<string, PromptMark> = {};
      for (const [k, m] of Object.entries(v)) if (m === 'drill' || m === 'out') out[k] = m;
      return out;
    }),
  ) as unknown as z.ZodMiniType<PromptMarks>,
  editsSinceExport: finite.check(z.minimum(0)),
  lastExportAt: z.nullable(finite),
};

/** The stored value if it passes the setting's schema, else the setting's fallback. */
export function parseSetting<T>(s: Setting<T>, stored: unknown): T {
  if (stored === undefined) return s.fallback;
  const parsed = (settingSchemas[s.name] as z.ZodMiniType<T>).safeParse(stored);
  return parsed.success ? parsed.data : s.fallback;
}

/** Refuses a value the setting's schema does not accept, before anything is written. */
export function checkSettingValue<T>(s: Setting<T>, value: T): T {
  const parsed = (settingSchemas[s.name] as z.ZodMiniType<T>).safeParse(value);
  if (!parsed.success) throw new Error(`Setting ${s.key}: ${JSON.stringify(value)} is not allowed`);
  return parsed.data;
}
