import { localDay } from '../format/local-day';
import type { Framework } from '../frameworks/framework-schema';
import { valueNameKey } from '../coverage/same-value-name';
import { escapeMarkdownLine, escapeMarkdownText } from './escape-markdown';
import { isStrong } from './story-completeness';
import type { Story } from './story-schema';

const FIELDS: [label: string, field: keyof Story][] = [
  ['Value line', 'valueLine'],
  ['Situation', 'situation'],
  ['Task', 'task'],
  ['Action', 'action'],
  ['Result', 'result'],
  ['Outcome', 'outcome'],
  ['What I would do differently', 'reflection'],
];

function heading(level: number, text: string): string {
  // A trailing "#" would be eaten as a closing sequence of the heading.
  return `${'#'.repeat(level)} ${escapeMarkdownLine(text.replace(/\s+/g, ' ')).replace(/(?<!\\)#$/, '\\#')}`;
}

function storyBlock(story: Story): string {
  const lines = [heading(3, story.title.trim() || 'Untitled story')];
  const context = [story.role, story.company, story.when].map((s) => s.trim()).filter(Boolean);
  if (context.length > 0) lines.push(`_${context.map(escapeMarkdownLine).join(' · ')}_`);
  for (const [label, field] of FIELDS) {
    const text = escapeMarkdownText(String(story[field]));
    if (text !== '') lines.push(`**${label}:** ${text}`);
  }
  if (story.tags.length > 0) {
    lines.push(`**Tags:** ${story.tags.map(escapeMarkdownLine).join(', ')}`);
  }
  return lines.join('\n\n');
}

function byTitle(a: Story, b: Story): number {
  return a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

function group(title: string, stories: readonly Story[], note?: string): string {
  const parts = [heading(2, title)];
  if (note) parts.push(`_${escapeMarkdownLine(note)}_`);
  if (stories.length === 0) parts.push('_No stories for this value yet._');
  parts.push(...[...stories].sort(byTitle).map(storyBlock));
  return parts.join('\n\n');
}

/**
 * The story bank as one Markdown document, grouped by the framework's values in its order. A story
 * appears under every value it proves; tags from other frameworks get their own groups after the
 * framework's values, then come untagged stories. Archived stories are left out.
 */
export function storiesToMarkdown(
  stories: readonly Story[],
  framework: Framework,
  now: Date,
): string {
  const live = stories.filter((s) => !s.archived);
  const names = framework.values.map((v) => v.name);
  const frameworkKeys = new Set(names.map(valueNameKey));
  const taggedWith = (key: string) =>
    live.filter((s) => s.values.some((v) => valueNameKey(v) === key));

  const sections = framework.values.map((v) =>
    group(v.name, taggedWith(valueNameKey(v.name)), v.definition),
  );
  const otherNames = new Map<string, string>();
  for (const s of live) {
    for (const v of s.values) {
      const key = valueNameKey(v);
      if (key !== '' && !frameworkKeys.has(key) && !otherNames.has(key)) otherNames.set(key, v);
    }
  }
  for (const [key, name] of [...otherNames].sort((a, b) => a[1].localeCompare(b[1]))) {
    sections.push(group(name, taggedWith(key), `Not a value of ${framework.name}.`));
  }
  const untagged = live.filter((s) => s.values.every((v) => valueNameKey(v) === ''));
  if (untagged.length > 0) sections.push(group('Untagged', untagged));

  const strong = live.filter((s) => isStrong(s, names)).length;
  const date = localDay(now.getTime());
  const header = [
    heading(1, `Story bank: ${framework.name}`),
    `Exported ${date}. ${live.length} ${live.length === 1 ? 'story' : 'stories'}, ${strong} strong.`,
  ];
  return `${[...header, ...sections].join('\n\n')}\n`;
}
