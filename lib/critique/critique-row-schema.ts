import * as z from 'zod/mini';
import { AVAILABILITIES } from './language-model-api';
import { answerCritiqueSchema, storyCritiqueSchema } from './critique-schema';

const base = {
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  /** The story's id, or the round's id for an answer. */
  subjectId: z.string().check(z.minLength(1), z.maxLength(64)),
  createdAt: z.number(),
  promptVersion: z.string().check(z.maxLength(40)),
  schemaVersion: z.string().check(z.maxLength(40)),
  /** What Chrome reported when the critique was asked ("downloadable": it downloaded first). */
  availability: z.enum(AVAILABILITIES),
  /** Fingerprint of the text read, to tell the candidate when it has changed since. */
  sourceDigest: z.string().check(z.maxLength(16)),
  /** Quotes the model gave that were not the candidate's words, left out. */
  droppedQuotes: z.int().check(z.minimum(0), z.maximum(100)),
};

/** One stored critique: the latest for a story, or for one answer of a round. */
export const critiqueRowSchema = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    kind: z.literal('story'),
    answerIndex: z.null(),
    result: storyCritiqueSchema,
  }),
  z.object({
    ...base,
    kind: z.literal('answer'),
    answerIndex: z.int().check(z.minimum(0)),
    result: answerCritiqueSchema,
  }),
]);
export type CritiqueRow = z.infer<typeof critiqueRowSchema>;

export const storyCritiqueId = (storyId: string) => `story:${storyId}`;
export const answerCritiqueId = (sessionId: string, answerIndex: number) =>
  `answer:${sessionId}:${answerIndex}`;
