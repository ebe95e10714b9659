import { AUDIO_BITS_PER_SECOND, VIDEO_BITS_PER_SECOND } from './recorder-settings';
import type { RecordingKind } from './recording-schema';

/** Space kept free for everything else Loopside stores (stories, rounds, backups before replace). */
const RESERVED_BYTES = 50 * 1024 * 1024;
/** Containers and bursts on scene changes come out a little above the nominal bit rate. */
const OVERHEAD = 1.15;

/** Expected size of a minute of recording at the chosen settings. */
export function bytesPerMinute(kind: RecordingKind): number {
  const bits = AUDIO_BITS_PER_SECOND + (kind === 'camera-mic' ? VIDEO_BITS_PER_SECOND : 0);
  return Math.round(((bits * 60) / 8) * OVERHEAD);
}

interface SpaceInput {
  /** From navigator.storage.estimate(); null when the browser does not say. */
  usageBytes: number | null;
  quotaBytes: number | null;
  kind: RecordingKind;
  /** How long the round is planned to last. */
  minutes: number;
}

export type SpaceVerdict =
  | { state: 'unknown' }
  | { state: 'fits'; minutesLeft: number }
  | { state: 'tight'; minutesLeft: number }
  | { state: 'full'; minutesLeft: number };

/**
 * Whether a recording of the planned length fits in what the browser allows, keeping a reserve
 * for the rest of Loopside's data. "tight" means it may run out before the round ends: the user
 * is told before starting, not halfway through.
 */
export function recordingSpace(input: SpaceInput): SpaceVerdict {
  if (input.usageBytes === null || input.quotaBytes === null) return { state: 'unknown' };
  const free = input.quotaBytes - input.usageBytes - RESERVED_BYTES;
  const minutesLeft = Math.max(0, Math.floor(free / bytesPerMinute(input.kind)));
  if (minutesLeft < 1) return { state: 'full', minutesLeft };
  if (minutesLeft < input.minutes) return { state: 'tight', minutesLeft };
  return { state: 'fits', minutesLeft };
}

/** While recording: stop cleanly before the browser refuses a write and loses the tail. */
export function shouldStopForSpace(usageBytes: number, quotaBytes: number): boolean {
  return quotaBytes - usageBytes < RESERVED_BYTES;
}
