import * as z from 'zod/mini';

/**
 * What the on-device model may say, and nothing more. Every field is a short observation, a
 * quote of the candidate's own words or a question: there is no field a rewritten story or a
 * scripted answer could go in, and objects are strict, so an extra field is refused outright.
 * The JSON Schema sent to the model (critique-json-schema.ts) has exactly this shape.
 */
export const CRITIQUE_SCHEMA_VERSION = 'critique-schema/1';

export const CRITIQUE_LIMITS = {
  /** A quote is a few of the candidate's words, never a paragraph. */
  quote: 200,
  note: 240,
  question: 200,
  valueName: 80,
  values: 6,
  hedges: 5,
  /** The whole reply, before it is parsed. */
  reply: 6_000,
} as const;

const quote = z.string().check(z.maxLength(CRITIQUE_LIMITS.quote));
const note = z.string().check(z.maxLength(CRITIQUE_LIMITS.note));
const question = z.string().check(z.minLength(1), z.maxLength(CRITIQUE_LIMITS.question));

const verdictSchema = z.enum(['yes', 'partly', 'no']);
const strengthSchema = z.enum(['strong', 'some', 'thin']);

/** One check with the words it rests on. */
const observationSchema = z.strictObject({ verdict: verdictSchema, quote, note });
export type Observation = z.infer<typeof observationSchema>;

const valueEvidenceSchema = z.strictObject({
  value: z.string().check(z.minLength(1), z.maxLength(CRITIQUE_LIMITS.valueName)),
  strength: strengthSchema,
  quote,
  note,
});

const hedgeSchema = z.strictObject({ quote, note });
export type Hedge = z.infer<typeof hedgeSchema>;

export const probeSchema = z.strictObject({ question, why: note });
export type Probe = z.infer<typeof probeSchema>;

const twoProbes = z.array(probeSchema).check(z.minLength(2), z.maxLength(2));
const hedges = z.array(hedgeSchema).check(z.maxLength(CRITIQUE_LIMITS.hedges));

export const storyCritiqueSchema = z.strictObject({
  values: z.array(valueEvidenceSchema).check(z.maxLength(CRITIQUE_LIMITS.values)),
  /** Does the value line name the principle and the reason? */
  valueLine: observationSchema,
  result: observationSchema,
  reflection: observationSchema,
  probes: twoProbes,
  hedges,
});
export type StoryCritique = z.infer<typeof storyCritiqueSchema>;

/** One answer heard in a round, judged against the value its prompt asked about. */
export const answerCritiqueSchema = z.strictObject({
  value: z.strictObject({ strength: strengthSchema, quote, note }),
  valueLine: observationSchema,
  result: observationSchema,
  reflection: observationSchema,
  probes: twoProbes,
  hedges,
});
export type AnswerCritique = z.infer<typeof answerCritiqueSchema>;

/** For the peer interviewer: follow-ups drawn from their own evidence notes. */
const probeSuggestionsSchema = z.strictObject({
  probes: z
    .array(z.strictObject({ question, gap: note, quote }))
    .check(z.minLength(1), z.maxLength(3)),
});
export type ProbeSuggestions = z.infer<typeof probeSuggestionsSchema>;

export const critiqueKinds = {
  story: storyCritiqueSchema,
  answer: answerCritiqueSchema,
  probes: probeSuggestionsSchema,
} as const;
export type CritiqueKind = keyof typeof critiqueKinds;
export type CritiqueOf<K extends CritiqueKind> = z.infer<(typeof critiqueKinds)[K]>;
