const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'DIV',
  'SECTION',
  'ARTICLE',
  'TABLE',
  'UL',
  'OL',
  'DL',
  'FIGCAPTION',
  'HR',
  'BR',
]);

/** Readable text of a node: one line per block, spaces collapsed, no blank-line runs. */
export function plainText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const block = node.nodeType === 1 && BLOCKS.has((node as Element).tagName.toUpperCase());
    if (block) parts.push('\n');
    node.childNodes.forEach(walk);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
