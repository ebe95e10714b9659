import type { RecordingKind } from './recording-schema';

/**
 * 640×360 at 15 frames a second and ~500 kbit/s of VP8: enough to see eye contact, posture and
 * gestures when watching yourself back, at about 2–4.5 MB a minute. Encoding is the cost
 * (tests/bench/recording.browser-bench.ts): a small frame at a low rate keeps it down, and VP8
 * rather than VP9 because VP9 costs several times the CPU to encode in software for little gain
 * at this size.
 */
const VIDEO_WIDTH = 640;
const VIDEO_HEIGHT = 360;
const VIDEO_FPS = 15;
export const VIDEO_BITS_PER_SECOND = 500_000;
/** Opus speech at 48 kbit/s is clear and small. */
export const AUDIO_BITS_PER_SECOND = 48_000;
/** One chunk a second: a closed tab or a crash loses at most about a second. */
export const TIMESLICE_MS = 1_000;

const preferred: Record<RecordingKind, string[]> = {
  'camera-mic': ['video/webm;codecs=vp8,opus', 'video/webm', 'video/mp4'],
  mic: ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/webm', 'audio/mp4'],
};

/** The first container this browser can record, or '' to let it choose. */
export function pickMimeType(kind: RecordingKind, isSupported: (type: string) => boolean): string {
  return preferred[kind].find((t) => isSupported(t)) ?? '';
}

export function mediaConstraints(kind: RecordingKind): MediaStreamConstraints {
  return {
    audio: { echoCancellation: true, noiseSuppression: true },
    video:
      kind === 'camera-mic'
        ? {
            width: { ideal: VIDEO_WIDTH },
            height: { ideal: VIDEO_HEIGHT },
            frameRate: { ideal: VIDEO_FPS, max: 30 },
          }
        : false,
  };
}

/** The file ending for a download of the media itself. */
export function mediaExtension(mimeType: string): string {
  if (mimeType.includes('mp4')) return mimeType.startsWith('audio') ? 'm4a' : 'mp4';
  if (mimeType.includes('ogg')) return 'ogg';
  return mimeType.startsWith('audio') ? 'weba' : 'webm';
}
