import { base64ToBytes, type RoundRecordingFile } from './round-recording-file';
import { roundRecordingFileSchema } from './round-recording-file-schema';

/** Bigger than any recording Loopside would export (about 4.5 MB a minute, as base64). */
export const MAX_ROUND_FILE_BYTES = 1024 * 1024 * 1024;

export type ParsedRoundFile =
  { ok: true; file: RoundRecordingFile; media: Uint8Array } | { ok: false; message: string };

/** Checks a round-with-recording file whole before anything is stored; a bad file says why. */
export function parseRoundRecordingFile(text: string): ParsedRoundFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This is not a Loopside round file: it is not valid JSON.' };
  }
  const parsed = roundRecordingFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.join('.')})` : '';
    return {
      ok: false,
      message: `This is not a Loopside round-with-recording file, or it is damaged${where}. Nothing was imported.`,
    };
  }
  let media: Uint8Array;
  try {
    media = base64ToBytes(parsed.data.media.base64);
  } catch {
    return {
      ok: false,
      message: 'The recording inside the file is damaged. Nothing was imported.',
    };
  }
  if (media.length !== parsed.data.media.bytes)
    return {
      ok: false,
      message: 'The recording inside the file is cut short or damaged. Nothing was imported.',
    };
  return { ok: true, file: parsed.data as RoundRecordingFile, media };
}
