import * as z from 'zod/mini';
import { transcriptRowSchema } from '../live/transcript-schema';
import { sessionSchema } from '../practice/session-schema';
import { recordingSchema } from './recording-schema';
import { ROUND_RECORDING_FORMAT, ROUND_RECORDING_VERSION } from './round-recording-file';

// Apart from the writer, so the workspace's recordings view does not load the schemas it never checks.
/**
 * One round with its recording, as one JSON file: the round and its transcript exactly as a
 * backup holds them, the recording's details, and the media itself as base64 (about a third
 * larger than the raw file, but one self-describing file that any tool can read back).
 */
export const roundRecordingFileSchema = z.object({
  format: z.literal(ROUND_RECORDING_FORMAT),
  formatVersion: z.literal(ROUND_RECORDING_VERSION),
  exportedAt: z.string(),
  app: z.literal('Loopside'),
  session: z.nullable(sessionSchema),
  transcripts: z.array(transcriptRowSchema),
  recording: recordingSchema,
  media: z.object({
    mimeType: z.string(),
    bytes: z.number(),
    base64: z.string(),
  }),
});
export type RoundRecordingFile = z.infer<typeof roundRecordingFileSchema>;
