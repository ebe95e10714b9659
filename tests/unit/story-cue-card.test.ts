import { describe, expect, it } from 'vitest';
import { cueCard, CUE_LINE_MAX } from '../../lib/stories/cue-card';
import { exampleStory } from '../../lib/stories/example-story';
import { clampLine, firstSentence } from '../../lib/stories/short-line';

describe('cueCard', () => {
  it('shows one line per beat, taken from the first sentence', () => {
    const card = cueCard({
      ...exampleStory(),
      situation:
        'Prices were about to change in nine markets. Finance had signed off. Nobody had checked refunds.',
      task: 'I owned the go/no-go call!\nMore detail on a second line.',
    });
    expect(card.title).toBe('Paused the pricing launch');
    expect(card.beats.map(({ label, line }) => ({ label, line }))).toEqual([
      { label: 'Situation', line: 'Prices were about to change in nine markets.' },
      { label: 'Task', line: 'I owned the go/no-go call!' },
      {
        label: 'Action',
        line: 'I re-ran the experiment data, found a refund spike, and argued to pause.',
      },
      {
        label: 'Result',
        line: 'We paused, fixed the refund bug, and relaunched a week later without the spike.',
      },
    ]);
    expect(card.outcome).toBe('Refund requests fell 40% and we kept $2M of annual revenue.');
    expect(card.reflection).toBe('I would bring finance into the data review a week earlier.');
    expect(card.valueLine).toMatch(/^The value I acted on was Judgment/);
  });

  it('keeps every beat whole for reading the card, not only its first line', () => {
    const situation = 'Prices were about to change in nine markets. Nobody had checked refunds.';
    const card = cueCard({
      ...exampleStory(),
      situation,
      outcome: ' Refunds fell 40%. Churn too. ',
    });
    expect(card.beats[0]).toMatchObject({
      line: 'Prices were about to change in nine markets.',
      full: situation,
    });
    expect(card.outcomeFull).toBe('Refunds fell 40%. Churn too.');
  });

  it('leaves out beats the story does not have', () => {
    const card = cueCard({ ...exampleStory(), task: '  ', result: '' });
    expect(card.beats.map((b) => b.label)).toEqual(['Situation', 'Action']);
  });

  it('cuts a long first sentence on a word boundary with an ellipsis', () => {
    const long =
      'I spent three weeks interviewing every team that depended on the legacy billing service and mapped each of their integration points before proposing anything. Then more.';
    const [beat] = cueCard({ ...exampleStory(), situation: long }).beats;
    expect(beat?.line.length).toBeLessThanOrEqual(CUE_LINE_MAX);
    expect(beat?.line.endsWith('…')).toBe(true);
    expect(long.startsWith(beat!.line.slice(0, -1))).toBe(true);
    expect(long.charAt(beat!.line.length - 1)).toBe(' ');
  });
});

describe('firstSentence', () => {
  const cases: [string, string][] = [
    ['One. Two.', 'One.'],
    ['We used e.g. the cache. Then shipped.', 'We used e.g. the cache.'],
    ['Revenue grew 2.5x in a year. Great.', 'Revenue grew 2.5x in a year.'],
    ['Did it work? Yes.', 'Did it work?'],
    ['"We ship today." Then we did.', '"We ship today."'],
    ['No full stop at all', 'No full stop at all'],
    ['First line\nSecond line', 'First line'],
    ['هل نجح ذلك؟ نعم.', 'هل نجح ذلك؟'],
    ['הצלחנו. ואז המשכנו.', 'הצלחנו.'],
    ['发布了。然后呢', '发布了。'],
    ['', ''],
  ];
  it.each(cases)('%j → %j', (text, expected) => {
    expect(firstSentence(text)).toBe(expected);
  });
});

describe('clampLine', () => {
  it('leaves short lines alone', () => {
    expect(clampLine('Short line.', 20)).toBe('Short line.');
  });

  it('never splits an emoji', () => {
    const text = `${'word '.repeat(3)}👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦`;
    const out = clampLine(text, 17);
    expect(out).toBe('word word word…');
    expect(clampLine('👩‍👩‍👧‍👦'.repeat(5), 3)).toBe('👩‍👩‍👧‍👦👩‍👩‍👧‍👦…');
  });

  it('cuts mid-word when there is no space near the end', () => {
    expect(clampLine('https://example.com/a/very/long/path', 12)).toBe('https://exa…');
  });

  it('drops a dangling comma before the ellipsis', () => {
    expect(clampLine('alpha beta, gamma delta epsilon', 14)).toBe('alpha beta…');
  });
});
