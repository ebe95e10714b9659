import { formatByteCount, formatBytes } from '../format/format-bytes';
import { lineColumn } from './scan-json-text';

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

/** Leading bytes of packed files people may pick by mistake instead of the file inside. */
const COMPRESSED: readonly { name: string; magic: readonly number[] }[] = [
  { name: 'gzip', magic: [0x1f, 0x8b] },
  { name: 'zip', magic: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'zip', magic: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'bzip2', magic: [0x42, 0x5a, 0x68] },
  { name: 'xz', magic: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { name: '7-Zip', magic: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'Zstandard', magic: [0x28, 0xb5, 0x2f, 0xfd] },
];

/** Leading bytes of files that are plainly something else: a picture, a document, a video. */
const OTHER_KINDS: readonly { name: string; magic: readonly number[] }[] = [
  { name: 'a picture (PNG)', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'a picture (JPEG)', magic: [0xff, 0xd8, 0xff] },
  { name: 'a picture (GIF)', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a PDF document', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  {
    name: 'a video or sound file (WebM, as a Loopside recording)',
    magic: [0x1a, 0x45, 0xdf, 0xa3],
  },
];

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, k) => bytes[k] === b);

/**
 * "The file is 52,428,801 bytes (50.0 MB), 1 byte over the limit": rounded sizes alone would
 * read as equal for a file just over the limit.
 */
export function tooBigMessage(size: number, limit: number, what: string): string {
  return `The file is ${formatByteCount(size)} (${formatBytes(size)}), ${formatByteCount(size - limit)} over the limit; ${what} is at most ${formatByteCount(limit)} (${formatBytes(limit)}).`;
}

/** Which UTF-16 byte order the first bytes suggest, from where ASCII text puts its zero bytes. */
function utf16Guess(bytes: Uint8Array): 'big-endian' | 'little-endian' | null {
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 2) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let k = 0; k < sample; k++) {
    if (bytes[k] === 0) {
      if (k % 2 === 0) evenZeros++;
      else oddZeros++;
    }
  }
  const pairs = sample / 2;
  if (evenZeros >= pairs * 0.4 && oddZeros === 0) return 'big-endian';
  if (oddZeros >= pairs * 0.4 && evenZeros === 0) return 'little-endian';
  return null;
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 character. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let k = 0;
  while (k < bytes.length) {
    const b = bytes[k] as number;
    if (b < 0x80) {
      k++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return k;
    let cp = b & (0x3f >> need);
    for (let j = 1; j <= need; j++) {
      const c = bytes[k + j];
      if (c === undefined || (c & 0xc0) !== 0x80) return k;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return k;
    k += need + 1;
  }
  return -1;
}

/**
 * Turns a chosen file's bytes into text, or says in plain words why they are not a UTF-8 text
 * file: compressed, UTF-16 or UTF-32 encoded, binary, or holding bytes that are not UTF-8. Never
 * replaces a byte it cannot read: the replacement character would be imported as if typed.
 */
export function decodeTextFile(bytes: Uint8Array, maxBytes: number, what: string): DecodeResult {
  if (bytes.length > maxBytes)
    return { ok: false, error: tooBigMessage(bytes.length, maxBytes, what) };
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' };
  const packed = COMPRESSED.find((c) => startsWith(bytes, c.magic));
  if (packed) {
    return {
      ok: false,
      error: `This looks like a compressed file (${packed.name}), not a backup itself. Unpack it first, then choose the .json file that comes out.`,
    };
  }
  const other = OTHER_KINDS.find((c) => startsWith(bytes, c.magic));
  if (other) {
    return {
      ok: false,
      error: `This file is ${other.name}, not ${what}. Choose the .json file Loopside saved.`,
    };
  }
  const utf32 = startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])
    ? 'big-endian'
    : startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])
      ? 'little-endian'
      : null;
  if (utf32) {
    return {
      ok: false,
      error: `This file is UTF-32 encoded (${utf32}). Open it in a text editor, save it as UTF-8, and choose it again.`,
    };
  }
  const utf16 = startsWith(bytes, [0xfe, 0xff])
    ? 'big-endian'
    : startsWith(bytes, [0xff, 0xfe])
      ? 'little-endian'
      : utf16Guess(bytes);
  if (utf16) {
    return {
      ok: false,
      error: `This file is UTF-16 encoded (${utf16}). Open it in a text editor, save it as UTF-8, and choose it again.`,
    };
  }
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  const zero = body.indexOf(0);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    const at = firstInvalidUtf8(body);
    const before = new TextDecoder('utf-8').decode(body.subarray(0, Math.max(at, 0)));
    const { line, column } = lineColumn(before, before.length);
    const byte = (body[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      error: `This file is not UTF-8 text: the byte 0x${byte} at line ${line}, column ${column} (byte ${(at + 1).toLocaleString('en-US')}) is not part of any UTF-8 character. If it came from another program, save it as UTF-8 and choose it again.`,
    };
  }
  if (zero !== -1) {
    const { line, column } = lineColumn(text, text.indexOf('\0'));
    return {
      ok: false,
      error: `This file holds binary data (a zero byte at line ${line}, column ${column}); a backup is plain text.`,
    };
  }
  return { ok: true, text };
}
