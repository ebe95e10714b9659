import { mediaConstraints, pickMimeType } from '../recording/recorder-settings';
import {
  AUDIO_BITS_PER_SECOND,
  TIMESLICE_MS,
  VIDEO_BITS_PER_SECOND,
} from '../recording/recorder-settings';
import type { RecordingKind } from '../recording/recording-schema';
import { describeMediaError } from '../practice-room/media-errors';

export interface RecorderHandle {
  mimeType: string;
  pause: () => void;
  resume: () => void;
  /** Resolves after the recorder has handed over its last chunk. */
  stop: () => Promise<void>;
}

type OpenRecorderResult = { ok: true; handle: RecorderHandle } | { ok: false; message: string };

interface OpenRecorderOptions {
  kind: RecordingKind;
  /** Called for every non-empty chunk, in order, from 0. */
  onChunk: (data: Blob, seq: number) => void;
  /** The devices went away (unplugged, permission revoked) or the recorder failed. */
  onEnded: (message: string | null) => void;
}

/**
 * Asks for the camera and microphone (or the microphone) at recording settings and starts a
 * MediaRecorder that hands over a chunk every TIMESLICE_MS. Only ever called from a click.
 */
export async function openRecorder(options: OpenRecorderOptions): Promise<OpenRecorderResult> {
  const device = options.kind === 'camera-mic' ? 'camera' : 'microphone';
  if (typeof MediaRecorder === 'undefined' || !navigator.mediaDevices?.getUserMedia)
    return { ok: false, message: 'This browser cannot record on this page.' };
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia(mediaConstraints(options.kind));
  } catch (e) {
    const name = e instanceof Error || e instanceof DOMException ? e.name : undefined;
    return { ok: false, message: describeMediaError(device, name) };
  }
  const mimeType = pickMimeType(options.kind, (t) => MediaRecorder.isTypeSupported(t));
  let recorder: MediaRecorder;
  try {
    recorder = new MediaRecorder(stream, {
      ...(mimeType ? { mimeType } : {}),
      audioBitsPerSecond: AUDIO_BITS_PER_SECOND,
      ...(options.kind === 'camera-mic' ? { videoBitsPerSecond: VIDEO_BITS_PER_SECOND } : {}),
    });
  } catch {
    for (const t of stream.getTracks()) t.stop();
    return { ok: false, message: 'The browser could not start a recording here.' };
  }
  let seq = 0;
  let stopped: (() => void) | null = null;
  const done = new Promise<void>((resolve) => (stopped = resolve));
  recorder.addEventListener('dataavailable', (e) => {
    if (e.data.size > 0) options.onChunk(e.data, seq++);
  });
  recorder.addEventListener('stop', () => {
    for (const t of stream.getTracks()) t.stop();
    stopped?.();
  });
  recorder.addEventListener('error', () => options.onEnded('The recording stopped with an error.'));
  for (const track of stream.getTracks())
    track.addEventListener('ended', () => {
      if (recorder.state !== 'inactive') {
        recorder.stop();
        options.onEnded(
          `The ${device} went away, so the recording stopped. What was recorded is kept.`,
        );
      }
    });
  recorder.start(TIMESLICE_MS);
  return {
    ok: true,
    handle: {
      mimeType: recorder.mimeType || mimeType,
      pause: () => {
        if (recorder.state === 'recording') recorder.pause();
      },
      resume: () => {
        if (recorder.state === 'paused') recorder.resume();
      },
      stop: () => {
        if (recorder.state !== 'inactive') recorder.stop();
        return done;
      },
    },
  };
}
