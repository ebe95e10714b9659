import { describe, expect, it } from 'vitest';
import { exampleStory } from '../../lib/stories/example-story';
import { isStrong, storyGaps, type StoryGapCode } from '../../lib/stories/story-completeness';
import type { Story } from '../../lib/stories/story-schema';

const codes = (story: Story, names?: string[]) => storyGaps(story, names).map((g) => g.code);
const withChange = (change: Partial<Story>) => ({ ...exampleStory(), ...change });

describe('storyGaps', () => {
  it('finds nothing missing in a complete story', () => {
    expect(storyGaps(exampleStory())).toEqual([]);
    expect(isStrong(exampleStory())).toBe(true);
  });

  it('lists every gap of an empty story, in the order of the form', () => {
    const empty = withChange({
      title: '',
      values: [],
      valueLine: '',
      situation: '',
      task: '',
      action: '',
      result: '',
      outcome: '',
      reflection: '',
    });
    expect(storyGaps(empty).map((g) => [g.code, g.field])).toEqual([
      ['no-title', 'title'],
      ['no-value', 'values'],
      ['no-value-line', 'valueLine'],
      ['missing-star', 'situation'],
      ['missing-star', 'task'],
      ['missing-star', 'action'],
      ['missing-star', 'result'],
      ['no-outcome', 'outcome'],
      ['no-reflection', 'reflection'],
    ]);
    expect(isStrong(empty)).toBe(false);
  });

  it('gives every gap a short message that ends like a sentence', () => {
    const gaps = storyGaps(withChange({ title: '', outcome: 'In 2023.', valueLine: 'Judgment' }));
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) {
      expect(gap.message.length).toBeLessThanOrEqual(100);
      expect(gap.message).toMatch(/[.!"]$/);
    }
  });

  const single: [string, Partial<Story>, StoryGapCode[]][] = [
    ['whitespace title', { title: '   ' }, ['no-title']],
    ['emoji-only title', { title: '🚀🔥' }, ['no-title']],
    ['emoji plus words title', { title: '🚀 Launch rescue' }, []],
    ['tags that are blank', { values: ['  '] }, ['no-value']],
    [
      'value line without a reason',
      { valueLine: 'The value I acted on was Judgment.' },
      ['value-line-no-reason'],
    ],
    [
      'value line without the value',
      { valueLine: 'I acted on it because the data said so.' },
      ['value-line-unnamed'],
    ],
    [
      'value line naming the value in another form',
      {
        values: ['Courage'],
        valueLine: 'It was a courageous call, since nobody else would say it.',
      },
      [],
    ],
    [
      'British spelling of the value',
      { valueLine: 'I used my judgement so that we would not ship a refund bug.' },
      [],
    ],
    ['missing situation only', { situation: '' }, ['missing-star']],
    [
      'result that is only praise',
      { result: 'It went well and everyone was happy.' },
      ['vague-result'],
    ],
    ['result "it was a success"', { result: 'It was a success!' }, ['vague-result']],
    [
      'praise with specifics is fine',
      { result: 'It went well: checkout errors stopped and support queues emptied overnight.' },
      [],
    ],
    [
      'outcome without a number',
      { outcome: 'Customers were delighted.' },
      ['no-number-in-outcome'],
    ],
    ['outcome with a year only', { outcome: 'Shipped in Q2 2023.' }, ['no-number-in-outcome']],
    ['reflection "n/a"', { reflection: 'n/a' }, ['no-reflection']],
    ['reflection "Nothing."', { reflection: 'Nothing.' }, ['no-reflection']],
    [
      'reflection that changes nothing',
      { reflection: "I wouldn't change a thing" },
      ['no-reflection'],
    ],
  ];
  it.each(single)('%s', (_name, change, expected) => {
    expect(codes(withChange(change))).toEqual(expected);
  });

  it('accepts a value named only in the framework list, such as a synonym', () => {
    const story = withChange({
      valueLine: 'I chose candour, because hiding the bug would cost more.',
    });
    expect(codes(story)).toContain('value-line-unnamed');
    expect(codes(story, ['Judgment', 'Candor', 'candour'])).toEqual([]);
  });

  it('is not strong for a framework none of its tags belong to', () => {
    // Tagged Judgment (Netflix); the practice is for a framework without it.
    const gaps = storyGaps(exampleStory(), ['Customer Obsession', 'Ownership', 'Are Right, A Lot']);
    expect(gaps.map((g) => g.code)).toEqual(['no-value']);
    expect(gaps[0]!.message).toMatch(/another one/);
    expect(isStrong(exampleStory(), ['Customer Obsession', 'Ownership'])).toBe(false);
    // Any one tag of this framework is enough, whatever its case or accents.
    expect(codes(withChange({ values: ['Judgment', 'ownership'] }), ['Ownership'])).toEqual([]);
  });

  it('explains that a date is not an outcome', () => {
    const gap = storyGaps(withChange({ outcome: 'Done by March 2024.' })).find(
      (g) => g.code === 'no-number-in-outcome',
    );
    expect(gap?.message).toMatch(/date/i);
  });
});

describe('numbers in the outcome', () => {
  const outcomes: [string, boolean][] = [
    ['Cut p95 latency by 30%', true],
    ['Saved $2M a year', true],
    ['Throughput went up 3x', true],
    ['Twelve teams adopted it', true],
    ['We halved the on-call pages', true],
    ['Zero downtime during the move', true],
    ['Grew to 2000 customers', true],
    ['Revenue rose 2023%', true],
    ['Saved $2023 in fees', true],
    ['📈 up 15% 🎉', true],
    ['ارتفعت المبيعات ٣٠٪', true],
    ['המכירות עלו ב-25%', true],
    ['Launched in 2023 to 40 markets', true],
    ['In 2023', false],
    ['Wrapped up in late 2023.', false],
    ['Shipped in 2023, and the team was happy', false],
    ['Launched on 2024-03-01', false],
    ['Done by 3/4/2024', false],
    ['Released March 12', false],
    ['Finished in Q3', false],
    ['From 2019 to 2021 we owned it', false],
    ['Since 2020 revenue grew', false],
    ['No one complained', false],
    ['Everyone was pleased 😀', false],
    ['', false],
  ];
  it.each(outcomes)('%j → measurable %s', (outcome, measurable) => {
    const story = withChange({ outcome });
    const flagged = codes(story).some((c) => c === 'no-number-in-outcome' || c === 'no-outcome');
    expect(flagged).toBe(!measurable);
  });
});

describe('other scripts and long text', () => {
  it('judges an Arabic story on structure and digits, with an Arabic reason word', () => {
    const story = withChange({
      title: 'إيقاف الإطلاق',
      situation: 'كان الفريق على وشك إطلاق الأسعار الجديدة.',
      task: 'كنت مسؤولة عن الخطة.',
      action: 'راجعت البيانات وطلبت التأجيل.',
      result: 'أجلنا الإطلاق وأصلحنا الخلل.',
      outcome: 'انخفضت طلبات الاسترداد بنسبة ٤٠٪',
      reflection: 'كنت سأشرك فريق المالية مبكراً.',
      valueLine: 'اخترت Judgment لأنّ البيانات خالفت الخطة.',
    });
    expect(codes(story)).toEqual([]);
  });

  it('reads a Hebrew value line with a Hebrew reason word', () => {
    const story = withChange({
      title: 'עצירת ההשקה',
      valueLine: 'פעלתי מתוך Judgment כי הנתונים סתרו את התוכנית.',
      reflection: 'הייתי משתף את צוות הכספים מוקדם יותר.',
    });
    expect(codes(story)).toEqual([]);
  });

  it('flags a Hebrew value line that gives no reason', () => {
    expect(codes(withChange({ valueLine: 'הערך היה Judgment.' }))).toEqual([
      'value-line-no-reason',
    ]);
  });

  it('handles beats at the 20,000-character limit', () => {
    const long = 'We reviewed every dependency with the platform team. '
      .repeat(370)
      .slice(0, 20_000);
    const story = withChange({ situation: long, task: long, action: long, result: long });
    expect(codes(story)).toEqual([]);
    expect(codes(withChange({ outcome: long }))).toEqual(['no-number-in-outcome']);
  });
});
