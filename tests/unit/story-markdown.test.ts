import { describe, expect, it } from 'vitest';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { escapeMarkdownLine } from '../../lib/stories/escape-markdown';
import { exampleStory } from '../../lib/stories/example-story';
import { storiesToMarkdown } from '../../lib/stories/stories-to-markdown';
import type { Story } from '../../lib/stories/story-schema';

const FRAMEWORK: Framework = {
  id: 'memo',
  name: 'Culture memo (2024)',
  source: 'tests',
  coreValueIds: [],
  values: ['Judgment', 'Courage', 'Candor'].map((name) => ({
    id: name.toLowerCase(),
    name,
    definition: `What ${name} means here.`,
    synonyms: [],
    prompts: ['Tell me about a time.'],
  })),
  probes: [{ id: 'principle', kind: 'principle', text: 'Which value were you acting on?' }],
};
const NOW = new Date('2026-03-04T10:00:00Z');

function story(id: string, change: Partial<Story>): Story {
  return { ...exampleStory(id), ...change };
}

function sectionOf(md: string, heading: string): string {
  const start = md.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const next = md.indexOf('\n## ', start + 1);
  return md.slice(start, next < 0 ? undefined : next);
}

describe('storiesToMarkdown', () => {
  const bank = [
    story('a', { title: 'Paused the pricing launch', values: ['Judgment', 'Courage'] }),
    story('b', { title: 'Told the VP the plan would slip', values: ['candor'] }),
    story('c', { title: 'Ran the all-hands', values: ['Communication'] }),
    story('d', { title: 'Unsorted idea', values: [] }),
    story('e', { title: 'Old archived story', values: ['Judgment'], archived: true }),
  ];
  const md = storiesToMarkdown(bank, FRAMEWORK, NOW);

  it('opens with the framework, the date and the counts', () => {
    expect(md.split('\n\n').slice(0, 2)).toEqual([
      '# Story bank: Culture memo (2024)',
      // The story tagged only Communication, not a value of this framework, is not strong here.
      'Exported 2026-03-04. 4 stories, 2 strong.',
    ]);
  });

  it('groups by value in framework order, then other tags, then untagged', () => {
    const headings = md.split('\n').filter((l) => l.startsWith('## '));
    expect(headings).toEqual([
      '## Judgment',
      '## Courage',
      '## Candor',
      '## Communication',
      '## Untagged',
    ]);
    expect(sectionOf(md, 'Communication')).toContain('Not a value of Culture memo (2024).');
  });

  it('lists a story under every value it proves', () => {
    expect(sectionOf(md, 'Judgment')).toContain('### Paused the pricing launch');
    expect(sectionOf(md, 'Courage')).toContain('### Paused the pricing launch');
    expect(sectionOf(md, 'Candor')).toContain('### Told the VP the plan would slip');
    expect(sectionOf(md, 'Untagged')).toContain('### Unsorted idea');
  });

  it('leaves archived stories out', () => {
    expect(md).not.toContain('Old archived story');
  });

  it('writes every part of a story with its context line', () => {
    const judgment = sectionOf(md, 'Judgment');
    for (const part of [
      '_Product Manager · Northwind · 2023_',
      '**Value line:** The value I acted on was Judgment because the data contradicted the plan.',
      '**Situation:** Our team was two days',
      '**Task:** I owned the rollout plan',
      '**Action:** I re-ran the experiment data',
      '**Result:** We paused, fixed the refund bug',
      '**Outcome:** Refund requests fell 40% and we kept $2M of annual revenue.',
      '**What I would do differently:** I would bring finance',
      '**Tags:** pricing',
    ]) {
      expect(judgment).toContain(part);
    }
  });

  it('says so when a value has no stories yet', () => {
    const empty = storiesToMarkdown([], FRAMEWORK, NOW);
    expect(sectionOf(empty, 'Candor')).toContain('_No stories for this value yet._');
    expect(empty).not.toContain('## Untagged');
    expect(empty).toContain('0 stories, 0 strong.');
  });

  it('keeps user text from turning into headings, lists or HTML', () => {
    const tricky = story('x', {
      title: 'Release #',
      values: ['Judgment'],
      situation:
        '# not a heading\n- not a list\n1. not a list either\n    not code\n<b>not bold</b>',
      action: 'Used *stars* and _underscores_ and `ticks` and [links](http://x)',
    });
    const out = storiesToMarkdown([tricky], FRAMEWORK, NOW);
    expect(out).toContain('### Release \\#');
    expect(out).toContain(
      '**Situation:** \\# not a heading\n\\- not a list\n1\\. not a list either\nnot code\n\\<b\\>not bold\\</b\\>',
    );
    expect(out).toContain(
      '\\*stars\\* and \\_underscores\\_ and \\`ticks\\` and \\[links\\](http://x)',
    );
  });
});

describe('escapeMarkdownLine', () => {
  const cases: [string, string][] = [
    ['plain words', 'plain words'],
    ['## two', '\\## two'],
    ['#hashtag', '#hashtag'],
    ['+ plus', '\\+ plus'],
    ['---', '\\---'],
    ['===', '\\==='],
    ['-5% churn', '-5% churn'],
    ['2024. A year', '2024\\. A year'],
    ['3) third', '3\\) third'],
    ['> quote', '\\> quote'],
    ['a | b', 'a \\| b'],
    ['back\\slash', 'back\\\\slash'],
    ['🚀 launch *now*', '🚀 launch \\*now\\*'],
    ['مرحبا *بك*', 'مرحبا \\*بك\\*'],
  ];
  it.each(cases)('%j → %j', (input, expected) => {
    expect(escapeMarkdownLine(input)).toBe(expected);
  });
});
