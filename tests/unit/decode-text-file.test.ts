import { describe, expect, it } from 'vitest';
import { decodeTextFile, tooBigMessage } from '../../lib/validation/decode-text-file';

const LIMIT = 50 * 1024 * 1024;
const decode = (bytes: number[] | Uint8Array) =>
  decodeTextFile(
    bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes),
    LIMIT,
    'a Loopside backup',
  );
const utf16 = (text: string, order: 'be' | 'le', bom: boolean) => {
  const out: number[] = bom ? (order === 'be' ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const c of text) {
    const code = c.charCodeAt(0);
    out.push(...(order === 'be' ? [code >> 8, code & 255] : [code & 255, code >> 8]));
  }
  return out;
};
const error = (r: ReturnType<typeof decode>) => (r.ok ? '' : r.error);

describe('reading a chosen file as UTF-8 text', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode('{"t": "שלום 👋"}');
    expect(decode(bytes)).toEqual({ ok: true, text: '{"t": "שלום 👋"}' });
    expect(decode([0xef, 0xbb, 0xbf, ...bytes])).toEqual({ ok: true, text: '{"t": "שלום 👋"}' });
  });

  it('says a UTF-16 file is UTF-16, in either byte order, with or without a mark', () => {
    for (const order of ['be', 'le'] as const) {
      for (const bom of [true, false]) {
        expect(error(decode(utf16('{"format": "loopside-backup"}', order, bom)))).toBe(
          `This file is UTF-16 encoded (${order === 'be' ? 'big-endian' : 'little-endian'}). Open it in a text editor, save it as UTF-8, and choose it again.`,
        );
      }
    }
    expect(error(decode([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toMatch(
      /UTF-32 encoded \(little-endian\)/,
    );
  });

  it('says a compressed file is compressed', () => {
    expect(error(decode([0x1f, 0x8b, 8, 0, 0, 0]))).toBe(
      'This looks like a compressed file (gzip), not a backup itself. Unpack it first, then choose the .json file that comes out.',
    );
    expect(error(decode([0x50, 0x4b, 3, 4, 20, 0]))).toMatch(/compressed file \(zip\)/);
  });

  it('names a picture, a PDF or a recording chosen instead of the .json file', () => {
    expect(error(decode([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(
      'This file is a picture (PNG), not a Loopside backup. Choose the .json file Loopside saved.',
    );
    expect(error(decode([0xff, 0xd8, 0xff, 0xe0]))).toMatch(/^This file is a picture \(JPEG\)/);
    expect(error(decode(new TextEncoder().encode('%PDF-1.7\n')))).toMatch(/a PDF document/);
    expect(error(decode([0x1a, 0x45, 0xdf, 0xa3, 0x9f]))).toMatch(/WebM, as a Loopside recording/);
    // Text that merely starts like one of them is still read.
    expect(decode(new TextEncoder().encode('%PDF notes')).ok).toBe(true);
  });

  it('refuses bytes that are not UTF-8 and says where, instead of replacing them', () => {
    const bytes = [
      ...new TextEncoder().encode('{\n  "title": "caf'),
      0xe9,
      ...new TextEncoder().encode('"\n}'),
    ];
    expect(error(decode(bytes))).toBe(
      'This file is not UTF-8 text: the byte 0xE9 at line 2, column 16 (byte 18) is not part of any UTF-8 character. If it came from another program, save it as UTF-8 and choose it again.',
    );
  });

  it('refuses binary data with a zero byte', () => {
    expect(
      error(
        decode([
          0x7b, 0x22, 0x61, 0x22, 0x3a, 0x20, 0x31, 0x7d, 0x00, 0x41, 0x42, 0x43, 0x44, 0x45,
        ]),
      ),
    ).toMatch(/binary data \(a zero byte at line 1, column 9\)/);
  });

  it('gives exact sizes near the limit, never "50.0 MB; at most 50.0 MB"', () => {
    expect(tooBigMessage(LIMIT + 1, LIMIT, 'a Loopside backup')).toBe(
      'The file is 52,428,801 bytes (50.0 MB), 1 byte over the limit; a Loopside backup is at most 52,428,800 bytes (50.0 MB).',
    );
    expect(error(decode([]))).toBe('The file is empty.');
  });
});
