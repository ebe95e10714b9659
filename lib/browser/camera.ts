import { describeMediaError, type MediaKind } from '../practice-room/media-errors';

type MediaResult = { ok: true; stream: MediaStream } | { ok: false; message: string };

function errorName(e: unknown): string | undefined {
  return e instanceof Error || e instanceof DOMException ? e.name : undefined;
}

/** Asks this page for the camera or microphone; a refusal comes back as a sentence, not a throw. */
export async function openMedia(kind: MediaKind): Promise<MediaResult> {
  const devices = globalThis.navigator?.mediaDevices;
  if (!devices?.getUserMedia)
    return { ok: false, message: describeMediaError(kind, 'unsupported') };
  try {
    const stream = await devices.getUserMedia(
      kind === 'camera'
        ? { video: { width: { ideal: 1280 }, height: { ideal: 720 } }, audio: false }
        : { audio: true, video: false },
    );
    return { ok: true, stream };
  } catch (e) {
    return { ok: false, message: describeMediaError(kind, errorName(e)) };
  }
}

/** Releases the device so the browser's "in use" indicator goes away. */
export function stopMedia(stream: MediaStream | null | undefined): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}
