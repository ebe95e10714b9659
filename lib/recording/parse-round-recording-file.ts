import { sessionProblems, sessionTimes } from '../practice/session-health';
import { decodeTextFile } from '../validation/decode-text-file';
import { jsonSyntaxMessage } from '../validation/json-syntax-message';
import { scanJsonText, type JsonTextProblem } from '../validation/scan-json-text';
import { timeProblem } from '../validation/time-bounds';
import { base64ToBytes } from './round-recording-file';
import { roundRecordingFileSchema, type RoundRecordingFile } from './round-recording-file-schema';

/** Bigger than any recording Loopside would export (about 4.5 MB a minute, as base64). */
export const MAX_ROUND_FILE_BYTES = 1024 * 1024 * 1024;

type ParsedRoundFile =
  { ok: true; file: RoundRecordingFile; media: Uint8Array } | { ok: false; message: string };

/**
 * What the schema cannot see: the recording belongs to the round the file carries, and the round
 * and the recording keep their times inside sane bounds, as a backup's rows must. Null when fine.
 */
function roundFileProblem(file: RoundRecordingFile, now: number): string | null {
  const { session, recording } = file;
  if (session && recording.sessionId !== session.id)
    return 'The recording in the file belongs to another round than the one it carries.';
  for (const [name, t] of [
    ['start', recording.startedAt],
    ['end', recording.endedAt],
    ['last chunk', recording.lastChunkAt],
  ] as const) {
    const problem = t === null ? null : timeProblem(t, now, 'clock');
    if (problem) return `The recording's ${name} time ${problem}.`;
  }
  if (!session) return null;
  const broken = sessionProblems(session)[0];
  if (broken)
    return `The round in the file is damaged (${broken.path.join('.')}: ${broken.message}).`;
  for (const [path, t, kind] of sessionTimes(session)) {
    if (t === null || (kind === 'clock' && t === 0)) continue;
    const problem = timeProblem(t, now, kind);
    if (problem) return `The round in the file has a time that ${problem} (${path.join('.')}).`;
  }
  return null;
}

/** Where and why the text is not JSON a round file can be, in words, as for a backup. */
function textProblem(p: JsonTextProblem): string {
  const where = `line ${p.line}, column ${p.column}`;
  if (p.kind === 'end') return `The file ends too early (at ${where}); it may have been cut off.`;
  if (p.kind === 'syntax')
    return `This is not a Loopside round file: it is ${jsonSyntaxMessage(p)}.`;
  return `${p.path || 'The file'}: ${p.problem} (at ${where}).`;
}

/**
 * A chosen file's bytes: decoded strictly, as a backup is (no replacement characters; a picture,
 * a compressed or UTF-16 file is named as such), then checked whole.
 */
export function parseRoundRecordingBytes(bytes: Uint8Array, now = Date.now()): ParsedRoundFile {
  const decoded = decodeTextFile(bytes, MAX_ROUND_FILE_BYTES, 'a Loopside round file');
  if (!decoded.ok) return { ok: false, message: `${decoded.error} Nothing was imported.` };
  return parseRoundRecordingFile(decoded.text, now);
}

/** Checks a round-with-recording file whole before anything is stored; a bad file says why. */
export function parseRoundRecordingFile(text: string, now = Date.now()): ParsedRoundFile {
  // Some editors save a byte-order mark, which JSON.parse refuses.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  // Nesting, repeated keys and numbers too large to hold are refused before JSON.parse sees them.
  const shape = scanJsonText(body, { maxDepth: 64, duplicateKeys: true, overflow: true });
  if (shape) return { ok: false, message: `${textProblem(shape)} Nothing was imported.` };
  const json: unknown = JSON.parse(body);
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
  const file = parsed.data;
  const problem = roundFileProblem(file, now);
  if (problem) return { ok: false, message: `${problem} Nothing was imported.` };
  return { ok: true, file, media };
}
