import * as z from 'zod/mini';
import { answerSignalsSchema } from '../signals/signals-schema';
import { NOTES_MAX, PAUSES_MAX } from './answer-limits';

export const clockSchema = z.object({
  startedAt: z.nullable(z.number()),
  pausedMs: z.number(),
  pausedAt: z.nullable(z.number()),
});

const roundPromptSchema = z.object({
  key: z.string(),
  /** null for topic prompts (career arc, compensation, system design…). */
  valueId: z.nullable(z.string()),
  label: z.string(),
  definition: z.string(),
  question: z.string(),
  probeIds: z.array(z.string()),
});
export type StoredPrompt = z.infer<typeof roundPromptSchema>;

const answerTicksSchema = z.object({
  namedValue: z.boolean(),
  measurableOutcome: z.boolean(),
  differently: z.boolean(),
});
export type AnswerTicks = z.infer<typeof answerTicksSchema>;

const answerSchema = z.object({
  prompt: roundPromptSchema,
  /** Answer clock: starts when the prompt is shown, pauses with the round. */
  clock: clockSchema,
  /** Frozen when the candidate moves on, so the record keeps the answer's length. */
  durationMs: z.nullable(z.number()),
  status: z.enum(['pending', 'current', 'answered', 'skipped']),
  /** Probes revealed, in order. */
  probesShown: z.array(z.string()),
  ticks: answerTicksSchema,
  score: z.nullable(z.number().check(z.int(), z.minimum(1), z.maximum(4))),
  notes: z.string().check(z.maxLength(NOTES_MAX)),
  notesUpdatedAt: z.number(),
  /** Stories chosen from the bank while answering (added in schema version 2). */
  storyIds: z.array(z.string()),
  /** What the call's captions showed about this answer (added in schema version 3). */
  signals: z.nullable(answerSignalsSchema),
});
export type Answer = z.infer<typeof answerSchema>;

export const sessionSchema = z.object({
  id: z.string(),
  frameworkId: z.string(),
  frameworkName: z.string(),
  presetId: z.string(),
  presetName: z.string(),
  minutes: z.number(),
  /** Answer target band (ms). */
  targetMs: z.number(),
  maxMs: z.number(),
  seed: z.number(),
  createdAt: z.number(),
  finishedAt: z.nullable(z.number()),
  status: z.enum(['ready', 'active', 'finished']),
  clock: clockSchema,
  /**
   * The round's ended pauses as [paused at, resumed at] on the wall clock, so speech heard during a
   * pause stays out of the answers' records. Absent in rounds saved before it was kept.
   */
  pauses: z.optional(z.array(z.tuple([z.number(), z.number()])).check(z.maxLength(PAUSES_MAX))),
  currentIndex: z.number(),
  answers: z.array(answerSchema),
});
export type Session = z.infer<typeof sessionSchema>;
