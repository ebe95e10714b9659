import { onsiteRound } from '../fixtures/onsite-round';
import { describe, expect, it } from 'vitest';
import { elapsedMs } from '../../lib/practice/round-clock';
import {
  finishSession,
  linkStory,
  nextPrompt,
  otherUses,
  revealProbe,
  sessionTotals,
  setNotes,
  setScore,
  setTicks,
  skipPrompt,
  startSession,
  togglePause,
  unlinkStory,
} from '../../lib/practice/session-actions';
import { sessionSchema, type StoredPrompt } from '../../lib/practice/session-schema';

const prompt = (key: string, valueId: string | null): StoredPrompt => ({
  key,
  valueId,
  label: valueId ?? 'Career arc',
  definition: '',
  question: `Question ${key}`,
  probeIds: ['p1', 'p2'],
});

const base = () =>
  onsiteRound([prompt('a', 'judgment'), prompt('b', 'courage'), prompt('c', null)]);

describe('a practice round', () => {
  it('starts the round and the first answer together', () => {
    const s = startSession(base(), 1_000);
    expect(s.status).toBe('active');
    expect(s.answers[0]!.status).toBe('current');
    expect(elapsedMs(s.clock, 61_000)).toBe(60_000);
    expect(elapsedMs(s.answers[0]!.clock, 61_000)).toBe(60_000);
    expect(sessionSchema.safeParse(s).success).toBe(true);
  });

  it('pauses and resumes both clocks', () => {
    let s = startSession(base(), 0);
    s = togglePause(s, 10_000);
    s = togglePause(s, 70_000);
    expect(elapsedMs(s.clock, 80_000)).toBe(20_000);
    expect(elapsedMs(s.answers[0]!.clock, 80_000)).toBe(20_000);
  });

  it('remembers each ended pause, including one the round finished in', () => {
    let s = startSession(base(), 0);
    expect(s.pauses).toBeUndefined();
    s = togglePause(s, 10_000);
    s = togglePause(s, 70_000);
    s = togglePause(s, 90_000);
    expect(s.pauses).toEqual([[10_000, 70_000]]);
    s = finishSession(s, 100_000);
    expect(s.pauses).toEqual([
      [10_000, 70_000],
      [90_000, 100_000],
    ]);
    expect(sessionSchema.safeParse(s).success).toBe(true);
    // Finishing a round that was running adds no pause.
    expect(finishSession(startSession(base(), 0), 5_000).pauses).toBeUndefined();
  });

  it('freezes the answer length on next and starts the next answer clock', () => {
    let s = startSession(base(), 0);
    s = nextPrompt(s, 150_000);
    expect(s.currentIndex).toBe(1);
    expect(s.answers[0]).toMatchObject({ status: 'answered', durationMs: 150_000 });
    expect(elapsedMs(s.answers[0]!.clock, 999_000)).toBe(150_000);
    expect(elapsedMs(s.answers[1]!.clock, 160_000)).toBe(10_000);
    expect(elapsedMs(s.clock, 160_000)).toBe(160_000);
  });

  it('keeps a paused round paused when moving on', () => {
    let s = startSession(base(), 0);
    s = togglePause(s, 10_000);
    s = nextPrompt(s, 20_000);
    expect(elapsedMs(s.answers[1]!.clock, 50_000)).toBe(0);
    s = togglePause(s, 50_000);
    expect(elapsedMs(s.answers[1]!.clock, 55_000)).toBe(5_000);
  });

  it('records skips and finishes after the last prompt', () => {
    let s = startSession(base(), 0);
    s = skipPrompt(s, 5_000);
    s = nextPrompt(s, 65_000);
    s = nextPrompt(s, 125_000);
    expect(s.status).toBe('finished');
    expect(s.finishedAt).toBe(125_000);
    expect(s.answers.map((a) => a.status)).toEqual(['skipped', 'answered', 'answered']);
    const totals = sessionTotals(s);
    expect(totals).toMatchObject({ answered: 2, skipped: 1, talkMs: 120_000 });
    expect(totals.valuesCovered).toEqual(['courage']);
  });

  it('reveals probes in order and stops when none remain', () => {
    let s = startSession(base(), 0);
    s = revealProbe(s);
    s = revealProbe(s);
    const again = revealProbe(s);
    expect(s.answers[0]!.probesShown).toEqual(['p1', 'p2']);
    expect(again).toBe(s);
  });

  it('stores ticks, a 1–4 score and notes on the right answer', () => {
    let s = startSession(base(), 0);
    s = setTicks(s, 0, { namedValue: true });
    s = setScore(s, 0, 3);
    s = setScore(s, 0, 7);
    s = setNotes(s, 0, 'Named judgment early ✓', 42);
    expect(s.answers[0]).toMatchObject({
      ticks: { namedValue: true, measurableOutcome: false, differently: false },
      score: 3,
      notes: 'Named judgment early ✓',
      notesUpdatedAt: 42,
    });
    expect(s.answers[1]!.notes).toBe('');
  });

  it('finishing mid-answer closes the answer with its time', () => {
    let s = startSession(base(), 0);
    s = finishSession(s, 30_000);
    expect(s.status).toBe('finished');
    expect(s.answers[0]).toMatchObject({ status: 'answered', durationMs: 30_000 });
    expect(s.answers[1]!.status).toBe('pending');
  });
});

describe('stories chosen during a round', () => {
  it('records which story answered which prompt, once', () => {
    let s = startSession(base(), 0);
    s = linkStory(s, 0, 'story-1');
    const again = linkStory(s, 0, 'story-1');
    expect(again).toBe(s);
    expect(s.answers[0]!.storyIds).toEqual(['story-1']);
    expect(unlinkStory(s, 0, 'story-1').answers[0]!.storyIds).toEqual([]);
  });

  it('warns when the same story answers two different values', () => {
    let s = startSession(base(), 0);
    s = linkStory(s, 0, 'story-1');
    expect(otherUses(s, 0, 'story-1')).toEqual([]);
    expect(otherUses(s, 1, 'story-1')).toEqual(['judgment']);
    expect(otherUses(s, 1, 'story-2')).toEqual([]);
  });
});
