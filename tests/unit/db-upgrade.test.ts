import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { emptyStory } from '../../lib/stories/story-schema';
import { sampleLoop, sampleRun, sampleVoteRow } from '../fixtures/peer-rows';
import { answerCritiqueRow, storyCritiqueRow } from '../fixtures/critique-rows';

/** The newest schema version: every upgrade path must arrive there. */
const LATEST_VERSION = 9;

/** Each schema as it shipped, so a test can make a database exactly as an older Loopside left it. */
const OLD_STORES: Record<string, string>[] = [
  { settings: 'key', sessions: 'id, createdAt, status', frameworks: 'id' },
  { stories: 'id, updatedAt, archived, *values' },
  { transcripts: 'id, sessionId' },
  { snapshots: 'id, createdAt' },
  { loops: 'id, createdAt', votes: 'id, loopId, origin', interviews: 'id, createdAt, status' },
  { plans: 'id', hourEntries: 'id, day', rehearsals: 'id, storyId, at', readiness: 'id' },
  { clippedPages: 'id, clippedAt, kind' },
  {
    recordings: 'id, sessionId, startedAt, status',
    recordingChunks: '[recordingId+seq], recordingId',
  },
];

/** Opens `name` as `version` of the old schema (1–8). */
async function openAtVersion(name: string, version: number): Promise<Dexie> {
  const old = new Dexie(name);
  OLD_STORES.slice(0, version).forEach((stores, i) => old.version(i + 1).stores(stores));
  await old.open();
  return old;
}

let n = 0;
const freshName = () => `upgrade-test-${++n}-${Math.random()}`;

/** A session row exactly as version 1 wrote it (no storyIds on answers). */
function v1Session(id: string) {
  return {
    id,
    frameworkId: 'netflix-values',
    frameworkName: 'Netflix interview values',
    presetId: 'onsite',
    presetName: 'Onsite interview',
    minutes: 45,
    targetMs: 120_000,
    maxMs: 180_000,
    seed: 7,
    createdAt: 1_700_000_000_000,
    finishedAt: 1_700_000_900_000,
    status: 'finished',
    clock: { startedAt: 1_700_000_000_000, pausedMs: 0, pausedAt: 1_700_000_900_000 },
    currentIndex: 1,
    answers: [
      {
        prompt: {
          key: 'judgment:0',
          valueId: 'judgment',
          label: 'Judgment',
          definition: 'd',
          question: 'q',
          probeIds: [],
        },
        clock: { startedAt: 1, pausedMs: 0, pausedAt: 2 },
        durationMs: 150_000,
        status: 'answered',
        probesShown: ['principle-1'],
        ticks: { namedValue: true, measurableOutcome: false, differently: true },
        score: 3,
        notes: 'Kept every word — ✓ שלום',
        notesUpdatedAt: 5,
      },
    ],
  };
}

async function seedV1(name: string, sessions: object[]) {
  const old = await openAtVersion(name, 1);
  await old.table('sessions').bulkAdd(sessions);
  await old.table('settings').put({ key: 'activeFrameworkId', value: 'netflix-memo-2024' });
  old.close();
}

describe('database upgrades', () => {
  it('v1 → latest keeps every session and setting and adds the fields later versions expect', async () => {
    const name = freshName();
    const rows = [v1Session('a'), v1Session('b')];
    await seedV1(name, rows);

    const db = new LoopsideDb(name);
    const sessions = await db.sessions.orderBy('id').toArray();
    expect(sessions).toHaveLength(2);
    sessions.forEach((s, i) => {
      const { answers, ...rest } = s;
      const { answers: oldAnswers, ...oldRest } = rows[i]!;
      expect(rest).toEqual(oldRest);
      expect(answers).toEqual(oldAnswers.map((a) => ({ ...a, storyIds: [], signals: null })));
    });
    expect(await db.settings.get('activeFrameworkId')).toEqual({
      key: 'activeFrameworkId',
      value: 'netflix-memo-2024',
    });
    expect(await db.stories.count()).toBe(0);
    expect(db.verno).toBe(LATEST_VERSION);
    db.close();
  });

  it('v2 → v3 keeps every story and session, adds empty signals and a transcripts table', async () => {
    const name = freshName();
    const old = await openAtVersion(name, 2);
    const session = v1Session('s');
    const v2 = { ...session, answers: session.answers.map((a) => ({ ...a, storyIds: ['st-1'] })) };
    const story = {
      id: 'st-1',
      title: 'Rollback call at 2am 🌙',
      situation: 'موقف',
      task: 't',
      action: 'a',
      result: 'r',
      outcome: 'Saved 40% of churn',
      reflection: 'Ask earlier',
      valueLine: 'The value I acted on was Judgment because…',
      values: ['Judgment'],
      role: 'EM',
      company: 'Acme',
      when: '2023',
      tags: ['incident'],
      archived: false,
      createdAt: 1,
      updatedAt: 2,
      lastPractisedAt: 0,
    };
    await old.table('sessions').add(v2);
    await old.table('stories').add(story);
    old.close();

    const db = new LoopsideDb(name);
    expect(await db.stories.get('st-1')).toEqual(story);
    const upgraded = await db.sessions.get('s');
    expect(upgraded).toEqual({ ...v2, answers: v2.answers.map((a) => ({ ...a, signals: null })) });
    expect(await db.transcripts.count()).toBe(0);
    expect(db.verno).toBe(LATEST_VERSION);
    db.close();
  });

  it('v3 → v4 keeps every row of every table and adds an empty safety-copy table', async () => {
    const name = freshName();
    const old = await openAtVersion(name, 3);
    const session = v1Session('s');
    const v3 = {
      ...session,
      answers: session.answers.map((a) => ({ ...a, storyIds: [], signals: null })),
    };
    const transcript = {
      id: 's:0',
      sessionId: 's',
      answerIndex: 0,
      lines: [
        { id: 'u1', speaker: 'You', isSelf: true, text: 'I paused the launch.', start: 1, end: 2 },
      ],
      updatedAt: 3,
    };
    const story = {
      id: 'st',
      title: 'Held the launch',
      situation: 's',
      task: 't',
      action: 'a',
      result: 'r',
      outcome: '40% fewer errors',
      reflection: 'ask earlier',
      valueLine: 'Judgment because…',
      values: ['Judgment'],
      role: '',
      company: '',
      when: '',
      tags: [],
      archived: false,
      createdAt: 1,
      updatedAt: 2,
      lastPractisedAt: 0,
    };
    const pack = { id: 'mine', pack: { id: 'mine', name: 'Mine' }, importedAt: 4 };
    await old.table('sessions').add(v3);
    await old.table('transcripts').add(transcript);
    await old.table('stories').add(story);
    await old.table('frameworks').add(pack);
    await old.table('settings').put({ key: 'keepTranscripts', value: true });
    old.close();

    const db = new LoopsideDb(name);
    expect(await db.sessions.get('s')).toEqual(v3);
    expect(await db.transcripts.get('s:0')).toEqual(transcript);
    expect(await db.stories.get('st')).toEqual(story);
    expect(await db.frameworks.get('mine')).toEqual(pack);
    expect(await db.settings.get('keepTranscripts')).toEqual({
      key: 'keepTranscripts',
      value: true,
    });
    expect(await db.snapshots.count()).toBe(0);
    expect(db.verno).toBe(LATEST_VERSION);
    db.close();
  });

  it('v4 → the latest keeps every row and adds empty plan, logged-hours, rehearsal and readiness tables', async () => {
    const name = freshName();
    const old = await openAtVersion(name, 4);
    const session = v1Session('s');
    const v4 = {
      ...session,
      answers: session.answers.map((a) => ({ ...a, storyIds: ['st'], signals: null })),
    };
    const story = { ...emptyStory('st', 1), title: 'Paused the launch', values: ['Judgment'] };
    const snapshot = { id: 'snap', createdAt: 5, reason: 'before-replace', json: '{}' };
    await old.table('sessions').add(v4);
    await old.table('stories').add(story);
    await old.table('snapshots').add(snapshot);
    await old.table('settings').put({ key: 'activeFrameworkId', value: 'netflix-values' });
    old.close();

    const db = new LoopsideDb(name);
    expect(await db.sessions.get('s')).toEqual(v4);
    expect(await db.stories.get('st')).toEqual(story);
    expect(await db.snapshots.get('snap')).toEqual(snapshot);
    expect((await db.settings.get('activeFrameworkId'))?.value).toBe('netflix-values');
    expect(await db.plans.count()).toBe(0);
    expect(await db.hourEntries.count()).toBe(0);
    expect(await db.rehearsals.count()).toBe(0);
    expect(await db.readiness.count()).toBe(0);
    await db.rehearsals.add({ id: 'r1', storyId: 'st', at: 10, rating: 3, durationMs: 90_000 });
    expect(await db.rehearsals.where('storyId').equals('st').count()).toBe(1);
    expect(db.verno).toBe(LATEST_VERSION);
    db.close();
  });

  it('v4 → the latest keeps every row of every table and adds empty loop, vote and interview tables', async () => {
    const name = freshName();
    const old = await openAtVersion(name, 4);
    const session = v1Session('s');
    const v4 = {
      ...session,
      answers: session.answers.map((a) => ({ ...a, storyIds: ['st'], signals: null })),
    };
    const snapshot = { id: 'before-replace-1', createdAt: 1, reason: 'before-replace', json: '{}' };
    const transcript = { id: 's:0', sessionId: 's', answerIndex: 0, lines: [], updatedAt: 3 };
    await old.table('sessions').add(v4);
    await old.table('snapshots').add(snapshot);
    await old.table('transcripts').add(transcript);
    await old.table('settings').put({ key: 'panelRole', value: 'candidate' });
    old.close();

    const db = new LoopsideDb(name);
    expect(await db.sessions.get('s')).toEqual(v4);
    expect(await db.snapshots.get('before-replace-1')).toEqual(snapshot);
    expect(await db.transcripts.get('s:0')).toEqual(transcript);
    expect(await db.settings.get('panelRole')).toEqual({ key: 'panelRole', value: 'candidate' });
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.loops.count()).toBe(0);
    expect(await db.votes.count()).toBe(0);
    expect(await db.interviews.count()).toBe(0);
    // The new tables work with their indexes straight away.
    const loop = sampleLoop();
    await db.loops.add(loop);
    await db.votes.add(sampleVoteRow(loop, 1, 'hire'));
    await db.interviews.add(sampleRun(loop, 2));
    expect(await db.votes.where('loopId').equals(loop.id).count()).toBe(1);
    expect(await db.interviews.where('status').equals('ready').count()).toBe(1);
    db.close();
  });

  it('v4 → the latest keeps every row of every table and adds an empty clipped-pages table', async () => {
    const name = freshName();
    const old = await openAtVersion(name, 4);
    const session = v1Session('s');
    const v4 = {
      ...session,
      answers: session.answers.map((a) => ({ ...a, storyIds: [], signals: null })),
    };
    const transcript = { id: 's:0', sessionId: 's', answerIndex: 0, lines: [], updatedAt: 3 };
    const snapshot = { id: 'snap', createdAt: 9, reason: 'before-replace', json: '{}' };
    const pack = { id: 'mine', pack: { id: 'mine', name: 'Mine' }, importedAt: 4 };
    await old.table('sessions').add(v4);
    await old.table('transcripts').add(transcript);
    await old.table('snapshots').add(snapshot);
    await old.table('frameworks').add(pack);
    await old.table('settings').put({ key: 'keepTranscripts', value: true });
    old.close();

    const db = new LoopsideDb(name);
    expect(await db.sessions.get('s')).toEqual(v4);
    expect(await db.transcripts.get('s:0')).toEqual(transcript);
    expect(await db.snapshots.get('snap')).toEqual(snapshot);
    expect(await db.frameworks.get('mine')).toEqual(pack);
    expect(await db.settings.get('keepTranscripts')).toEqual({
      key: 'keepTranscripts',
      value: true,
    });
    expect(await db.clippedPages.count()).toBe(0);
    expect(db.verno).toBe(LATEST_VERSION);
    db.close();
  });

  it('v7 → v8 keeps every row and adds empty recording tables that store Blobs in order', async () => {
    const name = freshName();
    const old = await openAtVersion(name, 7);
    const session = v1Session('s');
    const v7 = {
      ...session,
      answers: session.answers.map((a) => ({ ...a, storyIds: [], signals: null })),
    };
    const transcript = { id: 's:0', sessionId: 's', answerIndex: 0, lines: [], updatedAt: 3 };
    const clip = { id: 'c1', url: 'https://x.test/', title: 'Jobs', clippedAt: 5, kind: 'job' };
    const plan = { id: 'plan', interviewDate: '2026-03-01' };
    await old.table('sessions').add(v7);
    await old.table('transcripts').add(transcript);
    await old.table('clippedPages').add(clip);
    await old.table('plans').add(plan);
    await old.table('loops').add(sampleLoop());
    old.close();

    const db = new LoopsideDb(name);
    expect(await db.sessions.get('s')).toEqual(v7);
    expect(await db.transcripts.get('s:0')).toEqual(transcript);
    expect(await db.table('clippedPages').get('c1')).toEqual(clip);
    expect(await db.table('plans').get('plan')).toEqual(plan);
    expect(await db.loops.count()).toBe(1);
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.recordings.count()).toBe(0);
    expect(await db.recordingChunks.count()).toBe(0);
    await db.recordings.add({
      id: 'r',
      sessionId: 's',
      mimeType: 'video/webm',
      kind: 'camera-mic',
      status: 'recording',
      startedAt: 1,
      endedAt: null,
      lastChunkAt: null,
      bytes: 0,
      chunkCount: 0,
      pauses: [],
    });
    await db.recordingChunks.bulkAdd([
      { recordingId: 'r', seq: 1, at: 2, size: 1, data: new Blob(['b']) },
      { recordingId: 'r', seq: 0, at: 1, size: 1, data: new Blob(['a']) },
    ]);
    expect(await db.recordings.where('sessionId').equals('s').count()).toBe(1);
    const seqs = (await db.recordingChunks.where('recordingId').equals('r').sortBy('seq')).map(
      (c) => c.seq,
    );
    expect(seqs).toEqual([0, 1]);
    db.close();
  });

  it('v7 → v9 keeps every row of every table and adds an empty critiques table', async () => {
    const name = freshName();
    const old = await openAtVersion(name, 7);
    const session = v1Session('s');
    const v7 = {
      ...session,
      answers: session.answers.map((a) => ({ ...a, storyIds: ['st'], signals: null })),
    };
    const rows: [string, object][] = [
      ['sessions', v7],
      ['stories', { ...emptyStory('st', 2), title: 'Kept as it was — ✓ שלום' }],
      ['transcripts', { id: 's:0', sessionId: 's', answerIndex: 0, lines: [], updatedAt: 3 }],
      ['snapshots', { id: 'snap', createdAt: 9, reason: 'before-replace', json: '{}' }],
      ['frameworks', { id: 'mine', pack: { id: 'mine', name: 'Mine' }, importedAt: 4 }],
      ['loops', sampleLoop()],
      ['plans', { id: 'current', interviewDate: '2026-12-24' }],
      ['hourEntries', { id: 'h', day: '2026-11-30', minutes: 30, label: 'mock', createdAt: 5 }],
      ['rehearsals', { id: 'r', storyId: 'st', at: 6, rating: 3, durationMs: 1 }],
      ['readiness', { id: 'current', compNumber: '250k' }],
      ['clippedPages', { id: 'c', title: 'Values', clippedAt: 7, kind: 'values-page' }],
    ];
    for (const [table, row] of rows) await old.table(table).add(row);
    await old.table('settings').put({ key: 'keepTranscripts', value: true });
    old.close();

    const db = new LoopsideDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    for (const [table, row] of rows) {
      expect(await db.table(table).toArray()).toEqual([row]);
    }
    expect(await db.settings.get('keepTranscripts')).toEqual({
      key: 'keepTranscripts',
      value: true,
    });
    expect(await db.critiques.count()).toBe(0);
    // The new table works with its index straight away.
    await db.critiques.bulkAdd([storyCritiqueRow('st'), answerCritiqueRow('s', 0)]);
    expect(await db.critiques.where('subjectId').equals('s').count()).toBe(1);
    db.close();
  });

  it('v8 → v9 keeps every recording and its Blob chunks, byte for byte and in order', async () => {
    const name = freshName();
    const old = await openAtVersion(name, 8);
    const session = v1Session('s');
    await old.table('sessions').add({
      ...session,
      answers: session.answers.map((a) => ({ ...a, storyIds: [], signals: null })),
    });
    const recording = {
      id: 'r',
      sessionId: 's',
      mimeType: 'video/webm',
      kind: 'camera-mic',
      status: 'complete',
      startedAt: 1,
      endedAt: 9,
      lastChunkAt: 8,
      bytes: 6,
      chunkCount: 2,
      pauses: [{ at: 3, resumedAt: 4 }],
    };
    await old.table('recordings').add(recording);
    await old.table('recordingChunks').bulkAdd([
      { recordingId: 'r', seq: 1, at: 8, size: 3, data: new Blob(['def']) },
      { recordingId: 'r', seq: 0, at: 2, size: 3, data: new Blob(['abc']) },
    ]);
    old.close();

    const db = new LoopsideDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    expect(await db.recordings.toArray()).toEqual([recording]);
    const chunks = await db.recordingChunks.where('recordingId').equals('r').sortBy('seq');
    expect(chunks.map((c) => [c.seq, c.at, c.size])).toEqual([
      [0, 2, 3],
      [1, 8, 3],
    ]);
    expect(await Promise.all(chunks.map((c) => c.data.text()))).toEqual(['abc', 'def']);
    expect(await db.critiques.count()).toBe(0);
    db.close();
  });

  it('a failed upgrade leaves the data at the old version and the open fails loudly', async () => {
    const name = freshName();
    await seedV1(name, [v1Session('a')]);

    class BrokenDb extends Dexie {
      constructor() {
        super(name);
        this.version(1).stores({
          settings: 'key',
          sessions: 'id, createdAt, status',
          frameworks: 'id',
        });
        this.version(2)
          .stores({ stories: 'id' })
          .upgrade(async (tx) => {
            await tx
              .table('sessions')
              .toCollection()
              .modify((s: { notes?: string }) => {
                s.notes = 'half-done';
              });
            throw new Error('disk full');
          });
      }
    }
    const broken = new BrokenDb();
    await expect(broken.open()).rejects.toThrow(/disk full/);
    broken.close();

    const reopened = new Dexie(name);
    await reopened.open();
    expect(reopened.verno).toBe(1);
    expect(await reopened.table('sessions').get('a')).toEqual(v1Session('a'));
    reopened.close();
  });
});
