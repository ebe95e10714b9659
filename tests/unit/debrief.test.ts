import { onsiteRound } from '../fixtures/onsite-round';
import { describe, expect, it } from 'vitest';
import { debriefAnswer, debriefRound } from '../../lib/practice/debrief';
import {
  finishSession,
  linkStory,
  nextPrompt,
  setNotes,
  setScore,
  setTicks,
  skipPrompt,
  startSession,
} from '../../lib/practice/session-actions';
import type { Answer, StoredPrompt } from '../../lib/practice/session-schema';
import { QUICK_SKIP_MS, closingStatus } from '../../lib/practice/skip-rule';
import type { AnswerSignals } from '../../lib/signals/signals-schema';
import { quietSignals } from '../fixtures/finished-session';

const prompt = (key: string, valueId: string | null): StoredPrompt => ({
  key,
  valueId,
  label: valueId === null ? 'Career arc' : valueId === 'judgment' ? 'Judgment' : 'Courage',
  definition: '',
  question: `Question ${key}`,
  probeIds: [],
});

const round = () =>
  onsiteRound([prompt('a', 'judgment'), prompt('b', 'courage'), prompt('c', null)]);

const bands = { targetMs: 120_000, maxMs: 180_000 };

const answered = (over: Partial<Answer>): Answer => ({
  ...round().answers[0]!,
  status: 'answered',
  durationMs: 90_000,
  ...over,
});

const signals = (over: Partial<AnswerSignals>): AnswerSignals => ({
  ...quietSignals,
  talkMs: 80_000,
  words: 200,
  wpm: 150,
  ...over,
});

describe('the skipped-prompt rule', () => {
  it('counts a prompt left within a few seconds with nothing recorded as skipped', () => {
    let s = startSession(round(), 0);
    s = nextPrompt(s, QUICK_SKIP_MS - 1);
    expect(s.answers[0]!.status).toBe('skipped');
    s = nextPrompt(s, QUICK_SKIP_MS - 1 + QUICK_SKIP_MS);
    expect(s.answers[1]!.status).toBe('answered');
  });

  it('keeps a quick answer that has a tick, score, note or story as answered', () => {
    const blank = round().answers[0]!;
    expect(closingStatus(blank, 1_000)).toBe('skipped');
    expect(closingStatus({ ...blank, score: 3 }, 1_000)).toBe('answered');
    expect(closingStatus({ ...blank, notes: 'short one' }, 1_000)).toBe('answered');
    expect(closingStatus({ ...blank, notes: '   ' }, 1_000)).toBe('skipped');
    expect(closingStatus({ ...blank, storyIds: ['x'] }, 1_000)).toBe('answered');
    expect(closingStatus({ ...blank, ticks: { ...blank.ticks, differently: true } }, 1_000)).toBe(
      'answered',
    );
    expect(closingStatus({ ...blank, signals: signals({ words: 12 }) }, 1_000)).toBe('answered');
  });

  it('applies to Finish as well: finishing straight after moving on skips the last prompt', () => {
    let s = startSession(round(), 0);
    s = nextPrompt(s, 60_000);
    s = finishSession(s, 61_000);
    expect(s.answers.map((a) => a.status)).toEqual(['answered', 'skipped', 'pending']);
  });

  it('a paused quick prompt is judged by answer time, not wall time', () => {
    let s = startSession(round(), 0);
    s = nextPrompt(s, 60_000);
    s = setNotes(s, 1, '', 60_000);
    // Only 2 s of answer time even though a minute of wall clock passed while paused.
    s = {
      ...s,
      answers: s.answers.map((a, i) =>
        i === 1 ? { ...a, clock: { startedAt: 60_000, pausedMs: 58_000, pausedAt: null } } : a,
      ),
    };
    s = nextPrompt(s, 120_000);
    expect(s.answers[1]!.status).toBe('skipped');
  });
});

describe('the debrief of one answer', () => {
  it('praises what the ticks and signals show and names what was missing', () => {
    const d = debriefAnswer(
      answered({
        ticks: { namedValue: true, measurableOutcome: false, differently: false },
        signals: signals({ resultNumbers: ['40 percent'] }),
        score: 4,
        storyIds: ['st1'],
      }),
      bands,
    );
    expect(d.wentWell).toEqual([
      'Named the value.',
      'Gave a measurable result: 40 percent.',
      'Kept to time (1:30).',
      'You scored it Strong.',
      'Used a story from your bank.',
    ]);
    expect(d.tighten.map((t) => t.text)).toEqual(["Add one line on what you'd do differently."]);
  });

  it('asks to name the value, a number, a reflection and a story when none were there', () => {
    const d = debriefAnswer(answered({}), bands);
    expect(d.wentWell).toEqual(['Kept to time (1:30).']);
    expect(d.tighten.map((t) => t.rule)).toEqual(['name', 'number', 'differently', 'story']);
    expect(d.tighten[0]!.text).toContain('Judgment');
  });

  it('judges length against the round target and limit', () => {
    const rules = (ms: number) =>
      debriefAnswer(answered({ durationMs: ms }), bands).tighten.map((t) => t.text);
    expect(rules(200_000)).toContain('Ran 3:20, past the 3:00 limit: cut the set-up short.');
    expect(rules(150_000)).toContain('Ran 2:30, over the 2:00 target.');
    expect(rules(20_000)).toContain('Only 0:20: give the situation, your action and the result.');
  });

  it('reads hedges, I/we balance and when the value was first said from the captions', () => {
    const d = debriefAnswer(
      answered({
        signals: signals({
          hedgeCount: 4,
          iCount: 1,
          weCount: 6,
          iWeRatio: 1 / 7,
          firstValueNamed: { valueId: 'judgment', atMs: 12_000, phrase: 'judgment' },
          reflected: true,
        }),
      }),
      bands,
    );
    expect(d.wentWell).toContain('Named the value (at 0:12).');
    expect(d.wentWell).toContain("Said what you'd do differently.");
    expect(d.tighten.map((t) => t.rule)).toEqual(['number', 'hedge', 'we', 'story']);
  });

  it('does not ask a topic prompt to name a value or use a story', () => {
    const d = debriefAnswer(answered({ prompt: prompt('c', null) }), bands);
    expect(d.tighten.map((t) => t.rule)).toEqual(['number', 'differently']);
  });

  it('low self-scores ask for another go', () => {
    const d = debriefAnswer(answered({ score: 2 }), bands);
    expect(d.tighten.map((t) => t.text)).toContain('You scored it Thin: practise this one again.');
  });
});

describe('the debrief of a round', () => {
  it('lists each reached prompt, counts them and finds the repeated weakness', () => {
    let s = startSession(round(), 0);
    s = setTicks(s, 0, { namedValue: true, differently: true });
    s = setScore(s, 0, 3);
    s = linkStory(s, 0, 'st1');
    s = nextPrompt(s, 100_000);
    s = skipPrompt(s, 110_000);
    s = finishSession(s, 110_000);
    const d = debriefRound(s);
    expect(d.answers.map((a) => [a.label, a.status])).toEqual([
      ['Judgment', 'answered'],
      ['Courage', 'skipped'],
      // Finished the moment it was shown: the skipped-prompt rule applies.
      ['Career arc', 'skipped'],
    ]);
    expect(d.answered).toBe(1);
    expect(d.skipped).toBe(2);
    expect(d.answers[0]!.storyIds).toEqual(['st1']);
    // Only one answered prompt: nothing repeats, so no round-wide focus.
    expect(d.focus).toBeNull();
  });

  it('names a round-wide focus when the same thing is missing from several answers', () => {
    let s = startSession(round(), 0);
    s = setTicks(s, 0, { namedValue: true, differently: true });
    s = nextPrompt(s, 90_000);
    s = setTicks(s, 1, { namedValue: true, differently: true });
    s = nextPrompt(s, 180_000);
    s = finishSession(s, 180_000);
    expect(debriefRound(s).focus).toBe('Across this round: close each answer with a number.');
  });
});
