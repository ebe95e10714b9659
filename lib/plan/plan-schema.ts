import * as z from 'zod/mini';
import { isoDaySchema } from './day-math';

const text = (max: number) => z.string().check(z.maxLength(max));

export const PLAN_ROW_ID = 'current';
const planLengthSchema = z.union([z.literal(2), z.literal(4), z.literal(8)]);
export type PlanLength = z.infer<typeof planLengthSchema>;
const roleTrackSchema = z.enum(['engineer', 'pm', 'designer', 'other']);
export type PlanTrack = z.infer<typeof roleTrackSchema>;

/** The candidate's plan settings; the day-by-day plan itself is derived, never stored. */
export const planRowSchema = z.object({
  id: z.literal(PLAN_ROW_ID),
  interviewDate: isoDaySchema,
  /** The first day of the plan (the day the date was set), so the schedule stays put. */
  startDate: isoDaySchema,
  frameworkId: text(64),
  track: roleTrackSchema,
  /** null: follow the recommendation. */
  chosenLength: z.nullable(planLengthSchema),
  /** Task ids ticked by hand, and ids the candidate un-ticked although the evidence said done. */
  ticked: z.array(text(80)).check(z.maxLength(500)),
  unticked: z.array(text(80)).check(z.maxLength(500)),
  updatedAt: z.number(),
});
export type PlanRow = z.infer<typeof planRowSchema>;

/** Practice done outside Loopside: a mock elsewhere, reading the culture memo. */
export const hourEntrySchema = z.object({
  id: text(64),
  day: isoDaySchema,
  minutes: z.number().check(z.int(), z.minimum(1), z.maximum(24 * 60)),
  label: text(200),
  createdAt: z.number(),
});
export type HourEntry = z.infer<typeof hourEntrySchema>;

/** One telling of a story out loud, rated afterwards (1 again · 2 hard · 3 good · 4 easy). */
export const rehearsalSchema = z.object({
  id: text(64),
  storyId: text(64),
  at: z.number(),
  rating: z.number().check(z.int(), z.minimum(1), z.maximum(4)),
  durationMs: z.number().check(z.minimum(0)),
});
export type Rehearsal = z.infer<typeof rehearsalSchema>;

export const READINESS_ROW_ID = 'current';
const compSourceSchema = z.enum(['levels', 'offers', 'surveys', 'other']);
export type CompSource = z.infer<typeof compSourceSchema>;

export const readinessRowSchema = z.object({
  id: z.literal(READINESS_ROW_ID),
  compNumber: text(200),
  compSources: z.array(compSourceSchema),
  compSourceNotes: text(2000),
  compResearchedOn: z.union([isoDaySchema, z.literal('')]),
  careerArc: text(5000),
  wants: text(3000),
  dontWants: text(3000),
  keeperAnswer: z.enum(['', 'yes', 'unsure', 'no']),
  keeperWhy: text(3000),
  /** Value name → the story the candidate means to build or sharpen for it. */
  plannedStories: z.record(text(200), text(64)),
  updatedAt: z.number(),
});
export type ReadinessRow = z.infer<typeof readinessRowSchema>;

export function emptyReadiness(now: number): ReadinessRow {
  return {
    id: READINESS_ROW_ID,
    compNumber: '',
    compSources: [],
    compSourceNotes: '',
    compResearchedOn: '',
    careerArc: '',
    wants: '',
    dontWants: '',
    keeperAnswer: '',
    keeperWhy: '',
    plannedStories: {},
    updatedAt: now,
  };
}
