import * as z from 'zod/mini';

const phraseCount = z.object({ phrase: z.string(), count: z.int().check(z.minimum(1)) });

export const answerSignalsSchema = z.object({
  /** Time the candidate was speaking inside the answer window. */
  talkMs: z.number().check(z.minimum(0)),
  words: z.int().check(z.minimum(0)),
  wpm: z.number().check(z.minimum(0)),
  firstValueNamed: z.nullable(
    z.object({
      valueId: z.string(),
      /** Offset from the start of the answer. */
      atMs: z.number(),
      /** The words as spoken. */
      phrase: z.string(),
    }),
  ),
  /** Value ids in the order they were first named. */
  valuesNamed: z.array(z.string()),
  hedges: z.array(phraseCount),
  hedgeCount: z.int().check(z.minimum(0)),
  /** Offsets from the start of the answer, oldest first: what the live cue looks at. */
  hedgeTimesMs: z.array(z.number()),
  fillers: z.array(phraseCount),
  fillerCount: z.int().check(z.minimum(0)),
  iCount: z.int().check(z.minimum(0)),
  weCount: z.int().check(z.minimum(0)),
  /** Share of "I" among I + we words, 0–1; null when neither was said. */
  iWeRatio: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
  starCues: z.object({
    situation: z.boolean(),
    task: z.boolean(),
    action: z.boolean(),
    result: z.boolean(),
  }),
  /** Numbers with a unit said in the result part ("40 percent", "3 weeks"). */
  resultNumbers: z.array(z.string()),
  reflected: z.boolean(),
});
export type AnswerSignals = z.infer<typeof answerSignalsSchema>;

export const liveCueSchema = z.object({
  id: z.enum(['over-max', 'name-value', 'past-target', 'hedging']),
  text: z.string().check(z.maxLength(120)),
  tone: z.enum(['info', 'warn']),
});
export type LiveCue = z.infer<typeof liveCueSchema>;
