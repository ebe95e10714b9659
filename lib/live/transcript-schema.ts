import * as z from 'zod/mini';
import { utteranceSchema } from '../captions/utterance-schema';

/** A settled caption line as a transcript keeps it: the utterance without its revision state. */
const transcriptLineSchema = z.omit(utteranceSchema, { revision: true, final: true });
export type TranscriptLine = z.infer<typeof transcriptLineSchema>;

/** One answer's caption lines; the id is `<sessionId>:<answerIndex>`. */
export const transcriptRowSchema = z.object({
  id: z.string().check(z.maxLength(200)),
  sessionId: z.string().check(z.maxLength(64)),
  answerIndex: z.int().check(z.minimum(0)),
  lines: z.array(transcriptLineSchema).check(z.maxLength(5_000)),
  updatedAt: z.number(),
});
export type TranscriptRow = z.infer<typeof transcriptRowSchema>;
