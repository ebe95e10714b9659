import type { TranscriptRow } from '../live/transcript-schema';
import type { RoundRecordingFile } from './round-recording-file-schema';
import type { Session } from '../practice/session-schema';
import type { Recording } from './recording-schema';

export const ROUND_RECORDING_FORMAT = 'loopside-round-recording';
export const ROUND_RECORDING_VERSION = 1;

const BLOCK = 3 * 8_192;

/** Base64 in blocks, so a 40 MB recording does not build one giant argument list. */
function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += BLOCK) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(i, i + BLOCK))));
  }
  return parts.join('');
}

export function base64ToBytes(text: string): Uint8Array {
  const bin = atob(text);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function roundRecordingFile(input: {
  session: Session | null;
  transcripts: readonly TranscriptRow[];
  recording: Recording;
  media: Uint8Array;
  now: number;
}): RoundRecordingFile {
  return {
    format: ROUND_RECORDING_FORMAT,
    formatVersion: ROUND_RECORDING_VERSION,
    exportedAt: new Date(input.now).toISOString(),
    app: 'Loopside',
    session: input.session,
    transcripts: [...input.transcripts],
    recording: input.recording,
    media: {
      mimeType: input.recording.mimeType,
      bytes: input.media.length,
      base64: bytesToBase64(input.media),
    },
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `loopside-round-recording-2026-01-31-0930.json`, in local time like backup files. */
export function roundRecordingFilename(startedAt: number, ext = 'json'): string {
  const d = new Date(startedAt);
  const stamp = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}`;
  return `loopside-round-recording-${stamp}.${ext}`;
}
