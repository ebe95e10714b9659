import { describe, expect, it } from 'vitest';
import type { Utterance } from '../../lib/captions/utterance-schema';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import {
  currentAnswerSignals,
  currentCue,
  settledKey,
  signalsToStore,
} from '../../lib/live/live-signals';
import { startSession, togglePause } from '../../lib/practice/session-actions';
import { onsiteRound } from '../fixtures/onsite-round';
import type { StoredPrompt } from '../../lib/practice/session-schema';
import { createTokenCache } from '../../lib/signals/token-cache';

const T0 = 1_700_000_000_000;
const prompt = (key: string, valueId: string): StoredPrompt => ({
  key,
  valueId,
  label: valueId,
  definition: '',
  question: `Question ${key}`,
  probeIds: [],
});
const round = () =>
  startSession(onsiteRound([prompt('a', 'judgment'), prompt('b', 'courage')], T0 - 1000), T0);
const say = (id: string, text: string, final: boolean, at = 1): Utterance => ({
  id,
  revision: 1,
  speaker: 'You',
  isSelf: true,
  text,
  start: T0 + at * 1000,
  end: T0 + at * 1000 + 4000,
  final,
});
const values = netflixValues.values;

describe('live signals (pure parts of the panel hook)', () => {
  it('counts open text for the live signals, and settled text only for the record', () => {
    const session = round();
    const lines = [say('u1', 'I guess we used judgment.', false)];
    const live = currentAnswerSignals(lines, values, T0, null, createTokenCache());
    expect(live?.hedgeCount).toBe(1);
    expect(live?.valuesNamed).toEqual(['judgment']);
    expect(signalsToStore(session, lines, values, T0 + 9000, new Map())).toEqual([]);
  });

  it('stores an answer once per change of its settled text', () => {
    const session = round();
    const stored = new Map<string, string>();
    const lines = [say('u1', 'I decided, and the result was 40 percent faster.', true)];
    const first = signalsToStore(session, lines, values, T0 + 9000, stored);
    expect(first.map((s) => s.index)).toEqual([0]);
    expect(first[0]!.signals.resultNumbers).toEqual(['40 percent']);
    expect(signalsToStore(session, lines, values, T0 + 9000, stored)).toEqual([]);
    const more = [...lines, say('u2', 'Maybe we should have waited.', true, 6)];
    expect(signalsToStore(session, more, values, T0 + 12_000, stored)[0]!.signals.hedgeCount).toBe(
      1,
    );
  });

  it('leaves what was said during a pause out of the answer record', () => {
    const stored = new Map<string, string>();
    const answer = [say('u1', 'We shipped it, and churn fell 12 percent.', true, 1)];
    // Paused at 10 s: an aside with the interviewer, full of hedges, while the round is on hold.
    let session = togglePause(round(), T0 + 10_000);
    const aside = say('u2', 'I guess maybe I think we could sort of take a break.', true, 12);
    const whilePaused = signalsToStore(session, [...answer, aside], values, T0 + 17_000, stored);
    expect(whilePaused[0]!.signals.hedgeCount).toBe(0);
    // Resumed at 30 s: the ended pause still keeps the aside out; speech after it counts.
    session = togglePause(session, T0 + 30_000);
    expect(session.pauses).toEqual([[T0 + 10_000, T0 + 30_000]]);
    const after = say('u3', 'Maybe I would have asked sooner.', true, 31);
    const [record] = signalsToStore(
      session,
      [...answer, aside, after],
      values,
      T0 + 36_000,
      stored,
    );
    expect(record!.signals.hedgeCount).toBe(1);
    expect(record!.signals.resultNumbers).toEqual(['12 percent']);
  });

  it('keys the settled record by settled revisions only', () => {
    const session = round();
    const settled = [say('u1', 'We shipped.', true)];
    const withOpen = [...settled, say('u2', 'um', false, 6)];
    expect(settledKey(session, withOpen, values)).toBe(settledKey(session, settled, values));
    const revised = [{ ...settled[0]!, revision: 2, text: 'We shipped it.' }];
    expect(settledKey(session, revised, values)).not.toBe(settledKey(session, settled, values));
  });

  it('shows no cue unless captions work and the current answer runs', () => {
    const session = round();
    const signals = currentAnswerSignals(
      [say('u1', 'We shipped it on time.', false)],
      values,
      T0,
      null,
    );
    const late = T0 + session.targetMs + 1000;
    expect(currentCue(false, signals, session, late)).toBeNull();
    expect(currentCue(true, null, session, late)).toBeNull();
    expect(currentCue(true, signals, session, late)).not.toBeNull();
    // Paused: the answer is on hold, and so are its nudges.
    const paused = togglePause(session, late - 500);
    expect(currentCue(true, signals, paused, late)).toBeNull();
    expect(currentCue(true, signals, togglePause(paused, late), late + 1000)).not.toBeNull();
  });
});
