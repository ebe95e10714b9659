// @vitest-environment node
// Node's own Blob survives the structured clone fake-indexeddb does, as a browser's does.
import { afterEach, describe, expect, it } from 'vitest';
import { LoopsideDb } from '../../lib/db/loopside-db';
import {
  appendChunk,
  attachSession,
  closeAbandonedRecordings,
  createRecording,
  deleteAllRecordings,
  deleteRecording,
  finishRecording,
  listRecordings,
  recordingBlob,
  setRecordingPaused,
} from '../../lib/db/recording-queries';
import {
  bytesPerMinute,
  recordingSpace,
  shouldStopForSpace,
} from '../../lib/recording/recording-quota';
import { base64ToBytes, roundRecordingFile } from '../../lib/recording/round-recording-file';
import {
  parseRoundRecordingBytes,
  parseRoundRecordingFile,
} from '../../lib/recording/parse-round-recording-file';
import { importRoundRecording } from '../../lib/db/recording-queries';
import {
  exportRoundRecording,
  importRoundRecordingFile,
} from '../../lib/db/round-recording-transfer';
import { finishedSession } from '../fixtures/finished-session';
import { roundRecordingFileSchema } from '../../lib/recording/round-recording-file-schema';
import { mediaExtension, pickMimeType } from '../../lib/recording/recorder-settings';

const open: LoopsideDb[] = [];
const freshDb = () => {
  const db = new LoopsideDb(`rec-${Math.random()}`);
  open.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(open.splice(0).map((db) => db.delete()));
});

const bytes = (...n: number[]) => new Blob([new Uint8Array(n)], { type: 'video/webm' });

describe('recording storage', () => {
  it('stores chunks as they arrive and joins them in order, with size and count kept in step', async () => {
    const db = freshDb();
    await createRecording(db, {
      id: 'r',
      sessionId: null,
      mimeType: 'video/webm',
      kind: 'camera-mic',
      now: 1,
    });
    // Out of order on purpose: the sequence number decides the order, not the write order.
    await appendChunk(db, 'r', 1, bytes(3, 4), 20);
    await appendChunk(db, 'r', 0, bytes(1, 2), 10);
    await appendChunk(db, 'r', 2, bytes(5), 30);
    const [rec] = await listRecordings(db);
    expect(rec).toMatchObject({ bytes: 5, chunkCount: 3, lastChunkAt: 30, status: 'recording' });
    const blob = await recordingBlob(db, 'r');
    expect(blob?.type).toBe('video/webm');
    expect([...new Uint8Array(await blob!.arrayBuffer())]).toEqual([1, 2, 3, 4, 5]);
  });

  it('lists the recordings that read, leaving out a damaged row instead of failing the list', async () => {
    const db = freshDb();
    const input = { sessionId: null, mimeType: 'video/webm', kind: 'camera-mic' as const };
    await createRecording(db, { ...input, id: 'good', now: 1 });
    await createRecording(db, { ...input, id: 'bad', now: 2 });
    await db.recordings.update('bad', { bytes: -1 });
    expect((await listRecordings(db)).map((r) => r.id)).toEqual(['good']);
  });

  it('ties a recording to the round that starts during it, once', async () => {
    const db = freshDb();
    await createRecording(db, { id: 'r', sessionId: null, mimeType: '', kind: 'mic', now: 1 });
    await attachSession(db, 'r', 's1');
    await attachSession(db, 'r', 's2');
    expect((await db.recordings.get('r'))?.sessionId).toBe('s1');
  });

  it('keeps pauses and closes an open one when stopped', async () => {
    const db = freshDb();
    await createRecording(db, { id: 'r', sessionId: 's', mimeType: '', kind: 'mic', now: 0 });
    await setRecordingPaused(db, 'r', true, 10);
    await setRecordingPaused(db, 'r', false, 15);
    await setRecordingPaused(db, 'r', true, 20);
    await finishRecording(db, 'r', 25);
    expect(await db.recordings.get('r')).toMatchObject({
      status: 'finished',
      endedAt: 25,
      pauses: [
        { at: 10, until: 15 },
        { at: 20, until: 25 },
      ],
    });
  });

  it('a recording whose tab is gone ends at its last chunk; one still being written is left alone', async () => {
    const db = freshDb();
    await createRecording(db, { id: 'gone', sessionId: 's', mimeType: '', kind: 'mic', now: 0 });
    await appendChunk(db, 'gone', 0, bytes(1), 1_000);
    await appendChunk(db, 'gone', 1, bytes(2), 2_000);
    await createRecording(db, { id: 'live', sessionId: 's', mimeType: '', kind: 'mic', now: 0 });
    expect(await closeAbandonedRecordings(db, new Set(['live']))).toBe(1);
    expect(await db.recordings.get('gone')).toMatchObject({
      status: 'interrupted',
      endedAt: 2_000,
    });
    expect((await db.recordings.get('live'))?.status).toBe('recording');
    // Everything up to the last chunk is still there to play.
    expect((await recordingBlob(db, 'gone'))?.size).toBe(2);
  });

  it('deleting one recording frees its bytes and keeps the others; deleting all empties both tables', async () => {
    const db = freshDb();
    for (const id of ['a', 'b']) {
      await createRecording(db, { id, sessionId: 's', mimeType: '', kind: 'mic', now: 0 });
      await appendChunk(db, id, 0, bytes(1, 2, 3), 1);
    }
    expect(await deleteRecording(db, 'a')).toBe(3);
    expect(await db.recordingChunks.where('recordingId').equals('a').count()).toBe(0);
    expect(await db.recordingChunks.where('recordingId').equals('b').count()).toBe(1);
    // A chunk arriving for a deleted recording is dropped, not orphaned.
    expect(await appendChunk(db, 'a', 1, bytes(9), 2)).toBe(false);
    expect(await db.recordingChunks.where('recordingId').equals('a').count()).toBe(0);
    expect(await deleteAllRecordings(db)).toBe(3);
    expect(await db.recordings.count()).toBe(0);
    expect(await db.recordingChunks.count()).toBe(0);
  });
});

describe('recording space', () => {
  const MB = 1024 * 1024;
  it('says whether the planned round fits, keeping a reserve for the rest of the data', () => {
    const perMin = bytesPerMinute('camera-mic');
    expect(perMin).toBeGreaterThan(3 * MB);
    expect(perMin).toBeLessThan(6 * MB);
    expect(bytesPerMinute('mic')).toBeLessThan(perMin / 5);
    expect(
      recordingSpace({ usageBytes: 0, quotaBytes: 10_000 * MB, kind: 'camera-mic', minutes: 45 })
        .state,
    ).toBe('fits');
    const tight = recordingSpace({
      usageBytes: 0,
      quotaBytes: 50 * MB + 10 * perMin,
      kind: 'camera-mic',
      minutes: 45,
    });
    expect(tight).toEqual({ state: 'tight', minutesLeft: 10 });
    expect(
      recordingSpace({ usageBytes: 40 * MB, quotaBytes: 60 * MB, kind: 'mic', minutes: 5 }).state,
    ).toBe('full');
    expect(
      recordingSpace({ usageBytes: null, quotaBytes: null, kind: 'mic', minutes: 5 }).state,
    ).toBe('unknown');
    expect(shouldStopForSpace(100 * MB, 120 * MB)).toBe(true);
    expect(shouldStopForSpace(100 * MB, 1_000 * MB)).toBe(false);
  });

  it('picks the first container the browser can record', () => {
    expect(pickMimeType('camera-mic', (t) => t === 'video/webm')).toBe('video/webm');
    expect(pickMimeType('mic', (t) => t.startsWith('audio/ogg'))).toBe('audio/ogg;codecs=opus');
    expect(pickMimeType('mic', () => false)).toBe('');
    expect(mediaExtension('video/webm;codecs=vp8,opus')).toBe('webm');
    expect(mediaExtension('audio/webm;codecs=opus')).toBe('weba');
  });
});

describe('one round with its recording as one file', () => {
  it('carries the media as base64 that decodes to the same bytes, and validates whole', () => {
    const media = new Uint8Array(70_000).map((_, i) => (i * 31) % 256);
    const file = roundRecordingFile({
      session: null,
      transcripts: [],
      recording: {
        id: 'r',
        sessionId: null,
        mimeType: 'audio/webm',
        kind: 'mic',
        status: 'finished',
        startedAt: 1,
        endedAt: 2,
        lastChunkAt: 2,
        bytes: media.length,
        chunkCount: 1,
        pauses: [],
      },
      media,
      now: Date.UTC(2026, 0, 2),
    });
    const parsed = roundRecordingFileSchema.parse(JSON.parse(JSON.stringify(file)));
    expect(parsed.media.bytes).toBe(70_000);
    expect(base64ToBytes(parsed.media.base64)).toEqual(media);
    expect(roundRecordingFileSchema.safeParse({ ...file, format: 'other' }).success).toBe(false);
  });
});

describe('backups and recordings', () => {
  it('every table is either backed up or left out on purpose, and recordings are left out', async () => {
    const { BACKUP_TABLE_NAMES, NOT_IN_BACKUP } = await import('../../lib/backup/backup-schema');
    const { exportBackup } = await import('../../lib/backup/export-backup');
    const db = freshDb();
    const names = db.tables.map((t) => t.name).sort();
    const listed = [...BACKUP_TABLE_NAMES, ...Object.keys(NOT_IN_BACKUP)].sort();
    expect(listed).toEqual(names);
    expect(Object.keys(NOT_IN_BACKUP)).toEqual(
      expect.arrayContaining(['recordings', 'recordingChunks']),
    );
    await createRecording(db, { id: 'r', sessionId: 's', mimeType: '', kind: 'mic', now: 1 });
    await appendChunk(db, 'r', 0, bytes(1, 2), 2);
    const backup = await exportBackup(db, 3);
    expect(Object.keys(backup.tables)).not.toContain('recordings');
    expect(JSON.stringify(backup)).not.toContain('recordingChunks');
  });
});

describe('importing a round with its recording', () => {
  it('brings back the round, its transcript and the same media bytes; twice changes nothing', async () => {
    const from = freshDb();
    const session = finishedSession('s-imp', Date.UTC(2026, 0, 2), [{ value: 'Judgment' }]);
    await from.sessions.add(session);
    const transcript = {
      id: 's-imp:0',
      sessionId: 's-imp',
      answerIndex: 0,
      lines: [],
      updatedAt: 1,
    };
    await createRecording(from, {
      id: 'r-imp',
      sessionId: 's-imp',
      mimeType: 'audio/webm',
      kind: 'mic',
      now: 1,
    });
    await appendChunk(from, 'r-imp', 0, bytes(7, 8), 2);
    await appendChunk(from, 'r-imp', 1, bytes(9), 3);
    await finishRecording(from, 'r-imp', 4);
    const media = new Uint8Array(await (await recordingBlob(from, 'r-imp'))!.arrayBuffer());
    const text = JSON.stringify(
      roundRecordingFile({
        session,
        transcripts: [transcript],
        recording: (await from.recordings.get('r-imp'))!,
        media,
        now: 5,
      }),
    );

    const to = freshDb();
    const parsed = parseRoundRecordingFile(text);
    if (!parsed.ok) throw new Error(parsed.message);
    const blob = new Blob([parsed.media as Uint8Array<ArrayBuffer>], { type: 'audio/webm' });
    expect(await importRoundRecording(to, parsed.file, blob)).toEqual({
      ok: true,
      recordingId: 'r-imp',
      addedRound: true,
    });
    expect(await to.sessions.get('s-imp')).toEqual(session);
    expect(await to.transcripts.get('s-imp:0')).toEqual(transcript);
    expect([...new Uint8Array(await (await recordingBlob(to, 'r-imp'))!.arrayBuffer())]).toEqual([
      7, 8, 9,
    ]);
    expect((await to.recordings.get('r-imp'))?.bytes).toBe(3);
    const again = await importRoundRecording(to, parsed.file, blob);
    expect(again.ok).toBe(false);
    expect(await to.recordingChunks.count()).toBe(1);
  });

  it('a round exported as one file is read back in another profile, with what happened in words', async () => {
    const from = freshDb();
    const session = finishedSession('s-tr', Date.UTC(2026, 0, 3), [{ value: 'Candor' }]);
    await from.sessions.add(session);
    await createRecording(from, {
      id: 'r-tr',
      sessionId: 's-tr',
      mimeType: 'audio/webm',
      kind: 'mic',
      now: Date.UTC(2026, 0, 3, 9, 30),
    });
    await appendChunk(from, 'r-tr', 0, bytes(4, 2), 2);
    await finishRecording(from, 'r-tr', 4);
    const rec = (await from.recordings.get('r-tr'))!;
    const out = await exportRoundRecording(from, rec, 5);
    expect(out?.filename).toMatch(/\.json$/);

    const to = freshDb();
    const file = new Blob([out!.text], { type: 'application/json' });
    expect(await importRoundRecordingFile(to, file)).toBe('Imported the round and its recording.');
    expect((await to.sessions.get('s-tr'))?.id).toBe('s-tr');
    expect(await importRoundRecordingFile(to, file)).toMatch(/already here. Nothing was imported/);
    expect(await importRoundRecordingFile(to, new Blob(['{"format":1']))).not.toMatch(/^Imported/);
    expect(await to.recordings.count()).toBe(1);

    // A recording whose media is gone has nothing to export.
    await deleteRecording(from, 'r-tr');
    expect(await exportRoundRecording(from, rec, 6)).toBeNull();
  });

  it('refuses a recording of another round, and a round dated in the future, as a backup would', async () => {
    const from = freshDb();
    const session = finishedSession('s-chk', Date.UTC(2026, 0, 2), [{ value: 'Judgment' }]);
    await createRecording(from, {
      id: 'r-chk',
      sessionId: 's-chk',
      mimeType: '',
      kind: 'mic',
      now: 1,
    });
    await appendChunk(from, 'r-chk', 0, bytes(1, 2), 2);
    await finishRecording(from, 'r-chk', 3);
    const recording = (await from.recordings.get('r-chk'))!;
    const media = new Uint8Array(await (await recordingBlob(from, 'r-chk'))!.arrayBuffer());
    const fileOf = (over: { session?: typeof session; recording?: typeof recording }) =>
      `\uFEFF${JSON.stringify(
        roundRecordingFile({
          session: over.session ?? session,
          transcripts: [],
          recording: over.recording ?? recording,
          media,
          now: 5,
        }),
      )}`;
    const now = Date.UTC(2026, 11, 1);
    // A byte-order mark in front is fine.
    expect(parseRoundRecordingFile(fileOf({}), now).ok).toBe(true);
    const other = parseRoundRecordingFile(
      fileOf({ recording: { ...recording, sessionId: 'x' } }),
      now,
    );
    expect(other.ok ? '' : other.message).toMatch(/belongs to another round.*Nothing was imported/);
    const later = finishedSession('s-chk', Date.UTC(2099, 0, 2), [{ value: 'Judgment' }]);
    const future = parseRoundRecordingFile(fileOf({ session: later }), now);
    expect(future.ok ? '' : future.message).toMatch(
      /2099-01-0\d, more than a day after today.*Nothing was imported/,
    );
  });

  it('a damaged file says so and stores nothing', () => {
    const message = (r: ReturnType<typeof parseRoundRecordingFile>) => (r.ok ? '' : r.message);
    expect(message(parseRoundRecordingFile('{'))).toBe(
      'The file ends too early (at line 1, column 2); it may have been cut off. Nothing was imported.',
    );
    expect(message(parseRoundRecordingFile('{"format": "x",, }'))).toMatch(
      /^This is not a Loopside round file: it is not valid JSON at line 1, column 16/,
    );
    const bad = parseRoundRecordingFile(JSON.stringify({ format: 'loopside-backup' }));
    expect(message(bad)).toMatch(/not a Loopside round-with-recording file/);
    // A key given twice would let JSON.parse keep one silently; the file is refused with the place.
    expect(message(parseRoundRecordingFile('{"format": "a", "format": "b"}'))).toMatch(
      /the key "format" appears twice .*line 1.*Nothing was imported/,
    );
    // The bytes are read as a backup's are: a picture is named, a stray byte is not replaced.
    expect(message(parseRoundRecordingBytes(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 1])))).toBe(
      'This file is a picture (PNG), not a Loopside round file. Choose the .json file Loopside saved. Nothing was imported.',
    );
    expect(message(parseRoundRecordingBytes(Uint8Array.from([0x7b, 0xff, 0x7d])))).toMatch(
      /not UTF-8 text: the byte 0xFF at line 1, column 2/,
    );
  });
});
