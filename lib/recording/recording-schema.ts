import * as z from 'zod/mini';

/** Camera and microphone, or the microphone alone (a smaller file, nothing seen). */
const recordingKindSchema = z.enum(['camera-mic', 'mic']);
export type RecordingKind = z.infer<typeof recordingKindSchema>;

/**
 * `recording` while a practice-room tab is writing it; `finished` when stopped; `interrupted` when
 * the tab closed or crashed first (everything up to the last chunk is kept).
 */
const recordingStatusSchema = z.enum(['recording', 'finished', 'interrupted']);

/** A stretch of wall-clock time when the recorder was paused (the round was paused). */
const recordingPauseSchema = z.object({
  at: z.number(),
  /** null while still paused. */
  until: z.nullable(z.number()),
});
export type RecordingPause = z.infer<typeof recordingPauseSchema>;

export const recordingSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The round it belongs to; null until a round starts while recording. */
  sessionId: z.nullable(z.string().check(z.maxLength(64))),
  mimeType: z.string().check(z.maxLength(200)),
  kind: recordingKindSchema,
  status: recordingStatusSchema,
  /** Wall-clock ms when the recorder started. */
  startedAt: z.number(),
  /** Wall-clock ms when it stopped, or the last chunk's time for an interrupted one. */
  endedAt: z.nullable(z.number()),
  /** When the newest chunk was stored. */
  lastChunkAt: z.nullable(z.number()),
  bytes: z.number().check(z.minimum(0)),
  chunkCount: z.int().check(z.minimum(0)),
  pauses: z.array(recordingPauseSchema).check(z.maxLength(10_000)),
});
export type Recording = z.infer<typeof recordingSchema>;

/** One piece from MediaRecorder's `dataavailable`, in the order it arrived. */
export const recordingChunkSchema = z.object({
  recordingId: z.string().check(z.minLength(1), z.maxLength(64)),
  seq: z.int().check(z.minimum(0)),
  /** Wall-clock ms when it arrived. */
  at: z.number(),
  size: z.number().check(z.minimum(0)),
  data: z.instanceof(Blob),
});
export type RecordingChunk = z.infer<typeof recordingChunkSchema>;
