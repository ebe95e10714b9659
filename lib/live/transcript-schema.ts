import * as z from 'zod/mini';
import { UTTERANCE_TEXT_MAX } from '../captions/utterance-limits';

const transcriptLineSchema = z.object({
  id: z.string().check(z.maxLength(128)),
  speaker: z.string().check(z.maxLength(200)),
  isSelf: z.boolean(),
  text: z.string().check(z.maxLength(UTTERANCE_TEXT_MAX)),
  start: z.number(),
  end: z.number(),
});
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
