/** Characters that could start emphasis, code, links, raw HTML or a table cell anywhere in a line. */
const INLINE = /[\\`*_[\]<>|~]/g;

/** Line openings that Markdown would read as a heading, list, rule or setext underline. */
const BLOCK_STARTS: [RegExp, string][] = [
  [/^(#{1,6})(?=\s|$)/, '\\$1'],
  [/^([-+])(?=\s|$)/, '\\$1'],
  [/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2'],
  [/^([=-])(?=[=-]*\s*$)/, '\\$1'],
];

/**
 * Makes one line of user text print as itself in Markdown. Leading spaces go too: four of them
 * would turn the line into a code block.
 */
export function escapeMarkdownLine(line: string): string {
  let out = line.trim().replace(INLINE, '\\$&');
  for (const [start, replacement] of BLOCK_STARTS) out = out.replace(start, replacement);
  return out;
}

/** Multi-line text as Markdown lines, keeping single blank lines as paragraph breaks. */
export function escapeMarkdownText(text: string): string {
  return text
    .split(/\r?\n/)
    .map(escapeMarkdownLine)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
