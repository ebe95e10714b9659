import { describe, expect, it } from 'vitest';
import type { Utterance } from '../../lib/captions/utterance-schema';
import { netflixValues } from '../../lib/frameworks/netflix-values';
import { answerSignals, type SignalValue } from '../../lib/signals/answer-signals';
import { answerSignalsSchema } from '../../lib/signals/signals-schema';

const T0 = 1_700_000_000_000;
let seq = 0;

function say(text: string, fromS = 0, toS = fromS + 10, extra: Partial<Utterance> = {}): Utterance {
  seq += 1;
  return {
    id: `u${seq}`,
    revision: 1,
    speaker: 'You',
    isSelf: true,
    text,
    start: T0 + fromS * 1000,
    end: T0 + toS * 1000,
    final: true,
    ...extra,
  };
}

const values: SignalValue[] = netflixValues.values;

function signalsOf(texts: string[] | Utterance[], vals: readonly SignalValue[] = values) {
  const utterances = texts.map((t, i) => (typeof t === 'string' ? say(t, i * 10) : t));
  return answerSignalsSchema.parse(
    answerSignals({ utterances, values: vals, answerStart: T0, now: T0 + 600_000 }),
  );
}

describe('fillers, including false friends', () => {
  it.each([
    ['I like the way we shipped it.', []],
    ['I would like to add one thing.', []],
    ['It was, like, a huge change.', ['like']],
    ['Like, um, we had no data.', ['like', 'um']],
    ['Like I said, we had no data.', ['like']],
    ['We had, you know, no time.', ['you know']],
    ['We had no time, you know.', ['you know']],
    ['Do you know what I mean?', []],
    ['You know the answer already.', []],
    ['Um, uh, so we rebuilt it.', ['um', 'uh']],
    ['I mean, we rebuilt it.', ['i mean']],
    ['What I mean is we rebuilt it.', []],
    ['It was basically done.', []],
    ['Basically, it was done.', ['basically']],
    ['The umbrella policy covered it.', []],
  ])('%s → %j', (text, expected) => {
    const s = signalsOf([text]);
    const got = s.fillers.flatMap((f) => Array<string>(f.count).fill(f.phrase));
    expect(got.sort()).toEqual([...expected].sort());
    expect(s.fillerCount).toBe(expected.length);
  });
});

describe('naming a value', () => {
  const withImpactful: SignalValue[] = [{ id: 'impact', name: 'Impact', synonyms: ['impactful'] }];
  it.each([
    { text: 'The impact was clear to everyone.', vals: values, named: ['impact'] },
    { text: 'It was a really impactful project.', vals: values, named: [] },
    { text: 'It was a really impactful project.', vals: withImpactful, named: ['impact'] },
    { text: 'So I spoke up in the planning review.', vals: values, named: ['courage'] },
    { text: 'Good judgement here meant waiting.', vals: values, named: ['judgment'] },
    { text: 'I spoke up, and the impact was big.', vals: values, named: ['courage', 'impact'] },
    { text: 'We talked about communications tooling.', vals: values, named: [] },
    { text: 'Nothing here names anything.', vals: values, named: [] },
  ])('$text → $named', ({ text, vals, named }) => {
    const s = signalsOf([text], vals);
    expect(s.valuesNamed).toEqual(named);
    expect(s.firstValueNamed?.valueId ?? null).toBe(named[0] ?? null);
  });

  it('reports when, from the answer start, and the words as spoken', () => {
    const s = signalsOf([
      say('Some context first.', 0, 8),
      say('So the Judgment call was mine', 10, 20),
    ]);
    // Word 3 of 6 in an utterance spoken from 10 s to 20 s: 10 s + 10 s × 2/5.
    expect(s.firstValueNamed).toEqual({
      valueId: 'judgment',
      atMs: 14_000,
      phrase: 'Judgment call',
    });
  });
});

describe('hedges', () => {
  it.each([
    ['I guess it sort of worked.', { 'i guess': 1, 'sort of': 1 }],
    ['It depends on the situation.', { 'it depends': 1 }],
    ["I'm not sure it mattered, maybe not.", { "i'm not sure": 1, maybe: 1 }],
    ['I decided to cut the feature and I would again.', {}],
    ['Maybelline was the client.', {}],
  ])('%s', (text, expected) => {
    const s = signalsOf([text]);
    expect(Object.fromEntries(s.hedges.map((h) => [h.phrase, h.count]))).toEqual(expected);
    expect(s.hedgeCount).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
  });

  it('timestamps each hedge from the answer start', () => {
    const s = signalsOf([say('I guess so.', 30, 32), say('Maybe later, sort of.', 50, 56)]);
    expect(s.hedgeTimesMs).toEqual([30_000, 50_000, 54_000]);
  });
});

describe('I and we, STAR cues, result numbers, reflection', () => {
  it.each([
    ['I think we should, and my team agreed with us.', 2, 2, 0.5],
    ['I did it myself.', 2, 0, 1],
    ['Our team shipped it.', 0, 1, 0],
    ['Nobody said anything.', 0, 0, null],
  ])('%s → I %d, we %d, share %s', (text, i, we, ratio) => {
    const s = signalsOf([text]);
    expect([s.iCount, s.weCount, s.iWeRatio]).toEqual([i, we, ratio]);
  });

  it.each([
    {
      name: 'full STAR answer',
      texts: [
        'At the time our checkout was failing one order in fifty.',
        'My job was to fix it before the holiday peak.',
        'So I rewrote the retry logic and talked to the payments team.',
        'As a result, failures dropped 40% and we saved $12k a month within three weeks.',
      ],
      star: { situation: true, task: true, action: true, result: true },
      numbers: ['40%', '$12k', 'three weeks'],
    },
    {
      name: 'action only, numbers before the result are not results',
      texts: ['It took 2 seconds to load.', 'So I cached it.', 'In the end it was fine.'],
      star: { situation: false, task: false, action: true, result: true },
      numbers: [],
    },
    {
      name: 'no result cue: the last third of the answer counts',
      texts: ['We had a slow page.', 'I cached the results.', 'Page loads fell by 300 ms.'],
      star: { situation: false, task: false, action: false, result: false },
      numbers: ['300 ms'],
    },
  ])('$name', ({ texts, star, numbers }) => {
    const s = signalsOf(texts);
    expect(s.starCues).toEqual(star);
    expect(s.resultNumbers).toEqual(numbers);
  });

  it.each([
    ['Looking back, I should have asked sooner.', true],
    ['Next time I would bring data first.', true],
    ['I looked at the back end logs.', false],
    ['We learned nothing new from the vendor.', false],
  ])('%s → reflected %s', (text, reflected) => {
    expect(signalsOf([text]).reflected).toBe(reflected);
  });
});

describe('which speech counts', () => {
  it('only final, self utterances inside the answer window, latest revision', () => {
    const s = signalsOf([
      say('I guess one.', 0, 10),
      say('I guess two.', 10, 20, { isSelf: false }),
      say('I guess three.', 20, 30, { final: false }),
      say('I guess four.', -60, -50),
      say('Old text.', 30, 40, { id: 'x', revision: 1 }),
      say('I guess five.', 30, 40, { id: 'x', revision: 2 }),
    ]);
    expect(s.hedgeCount).toBe(2);
  });

  it('talk time merges overlaps; words per minute follow from it', () => {
    const s = signalsOf([
      say('one two three four five', 0, 30),
      say('six seven eight nine ten', 20, 40),
    ]);
    expect(s.talkMs).toBe(40_000);
    expect(s.words).toBe(10);
    expect(s.wpm).toBe(15);
  });

  it('an empty answer has zeroed signals', () => {
    const s = signalsOf([]);
    expect(s).toMatchObject({ talkMs: 0, words: 0, wpm: 0, firstValueNamed: null, hedgeCount: 0 });
  });
});
