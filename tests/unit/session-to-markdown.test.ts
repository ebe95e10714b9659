import { describe, expect, it } from 'vitest';
import {
  createSession,
  finishSession,
  linkStory,
  nextPrompt,
  revealProbe,
  setNotes,
  setScore,
  setSignals,
  setTicks,
  skipPrompt,
  startSession,
  togglePause,
} from '../../lib/practice/session-actions';
import { sessionToMarkdown } from '../../lib/practice/session-to-markdown';
import { onsiteRound } from '../fixtures/onsite-round';
import type { AnswerSignals } from '../../lib/signals/signals-schema';

const signals: AnswerSignals = {
  talkMs: 95_000,
  words: 210,
  wpm: 132.6,
  firstValueNamed: { valueId: 'judgment', atMs: 40_000, phrase: 'judgment' },
  valuesNamed: ['judgment'],
  hedges: [{ phrase: 'i guess', count: 2 }],
  hedgeCount: 2,
  hedgeTimesMs: [1, 2],
  fillers: [],
  fillerCount: 0,
  iCount: 12,
  weCount: 3,
  iWeRatio: 0.8,
  starCues: { situation: true, task: false, action: true, result: true },
  resultNumbers: ['38%'],
  reflected: true,
};

function round() {
  let s = createSession({
    id: 's',
    frameworkId: 'netflix-values',
    frameworkName: 'Netflix interview values',
    presetId: 'onsite',
    presetName: 'Onsite interview',
    minutes: 45,
    seed: 1,
    now: Date.UTC(2026, 10, 20, 9, 30),
    prompts: [
      {
        key: 'a',
        valueId: 'judgment',
        label: 'Judgment',
        definition: '',
        question: 'Tell me about a *hard* call.',
        probeIds: ['p1'],
      },
      {
        key: 'b',
        valueId: 'courage',
        label: 'Courage',
        definition: '',
        question: 'Q2',
        probeIds: [],
      },
      {
        key: 'c',
        valueId: 'impact',
        label: 'Impact',
        definition: '',
        question: 'Q3',
        probeIds: [],
      },
    ],
  });
  const t0 = s.createdAt;
  s = startSession(s, t0);
  s = revealProbe(s);
  s = setTicks(s, 0, { namedValue: true });
  s = setScore(s, 0, 3);
  s = setNotes(s, 0, '# not a heading\n- not a list', t0 + 1);
  s = linkStory(s, 0, 'st1');
  s = setSignals(s, 0, signals);
  s = nextPrompt(s, t0 + 150_000);
  s = skipPrompt(s, t0 + 160_000);
  return finishSession(s, t0 + 170_000);
}

describe('sessionToMarkdown', () => {
  const md = sessionToMarkdown(round(), {
    valueNames: new Map([['judgment', 'Judgment']]),
    storyTitles: new Map([['st1', 'Paused the checkout migration']]),
    probeTexts: new Map([['p1', 'Which value were you acting on?']]),
  });

  it('heads the report with the round, its totals and the values covered', () => {
    expect(md).toMatch(/^# Onsite interview — 2026-11-20 09:30 UTC\n/);
    expect(md).toContain('- Answered 2, skipped 1, 2:40 answering');
    expect(md).toContain('- Self-score: 3.0 / 4');
    expect(md).toContain('- Values covered: Judgment, Impact');
    expect(md).not.toContain('Paused:');
  });

  it('says how long and how often the round stood paused', () => {
    const prompt = {
      key: 'a',
      valueId: 'judgment',
      label: 'Judgment',
      definition: '',
      question: 'Q1',
      probeIds: [],
    };
    const t0 = Date.UTC(2026, 10, 20, 9, 30);
    let r = startSession(onsiteRound([prompt], t0), t0);
    r = togglePause(r, t0 + 10_000);
    r = togglePause(r, t0 + 70_000);
    r = togglePause(r, t0 + 80_000);
    r = togglePause(r, t0 + 95_000);
    r = togglePause(r, t0 + 110_000);
    // Finished while paused: that last pause counts too.
    r = finishSession(r, t0 + 120_000);
    const ctx = { valueNames: new Map(), storyTitles: new Map(), probeTexts: new Map() };
    const text = sessionToMarkdown(r, ctx);
    expect(text).toContain('- Paused: 1:25 in all, 3 times (not in the answer times)');
    expect(text).toContain('- Answer time: 0:35');
  });

  it('gives a pace only where there was talk time to measure it from', () => {
    expect(md).toContain('- Talk time: 1:35 (210 words, 133 wpm)');
    const r = round();
    const whole = setSignals(r, 0, { ...signals, talkMs: 0, words: 1, wpm: 0 });
    const text = sessionToMarkdown(whole, {
      valueNames: new Map(),
      storyTitles: new Map(),
      probeTexts: new Map(),
    });
    expect(text).toContain('- Talk time: 0:00 (1 word)');
    expect(text).not.toContain('0 wpm');
  });

  it('lists each answer with its probe, ticks, story, signals and notes', () => {
    expect(md).toContain('## 1. Judgment (answered)');
    expect(md).toContain('> Tell me about a \\*hard\\* call.');
    expect(md).toContain('- Probe: Which value were you acting on?');
    expect(md).toContain('- Did: named the value');
    expect(md).toContain('- Story used: Paused the checkout migration');
    expect(md).toContain('- Value named: Judgment at 0:40');
    expect(md).toContain('- Hedges: “i guess” ×2');
    expect(md).toContain('\\# not a heading\n\\- not a list');
    expect(md).toContain('## 2. Courage (skipped)');
    expect(md).toContain('## 3. Impact (answered)');
    expect(md.match(/### From the captions/g)).toHaveLength(1);
  });
});
