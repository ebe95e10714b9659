/** A value found on a values page: its name and a one-line definition. */
interface FoundValue {
  name: string;
  definition: string;
}

const MAX_VALUE_NAME = 60;
const MAX_VALUE_DEFINITION = 240;
const MAX_NAME_WORDS = 6;

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Drops the punctuation that joins a bold lead-in to its definition ("Judgment:", "Courage —"). */
const trimJoiner = (s: string) =>
  s
    .replace(/^[\s:.\-–—]+/, '')
    .replace(/[\s:.\-–—]+$/, '')
    .trim();

/** One line: the first sentence, cut at a word boundary when it is still too long. */
function oneLine(text: string, max = MAX_VALUE_DEFINITION): string {
  const t = clean(text);
  const sentence = /^(.+?[.!?])(\s|$)/.exec(t)?.[1] ?? t;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).trim()}…`;
}

function isNameLike(name: string): boolean {
  if (!name || name.length > MAX_VALUE_NAME) return false;
  const words = name.split(' ').length;
  return words <= MAX_NAME_WORDS && !/[.!?]$/.test(name);
}

function add(out: FoundValue[], name: string, definition: string) {
  const n = trimJoiner(clean(name));
  const d = oneLine(clean(definition).replace(/^[\s:.\-–—]+/, ''));
  if (!isNameLike(n) || d.length < 8) return;
  if (out.some((v) => v.name.toLowerCase() === n.toLowerCase())) return;
  out.push({ name: n, definition: d });
}

const PAGE_HEADING = /\b(values|principles|culture|what we|how we|our)\b/i;

/** Headings (h2–h4) with the paragraph after them. */
function fromHeadings(root: ParentNode): FoundValue[] {
  const out: FoundValue[] = [];
  for (const h of Array.from(root.querySelectorAll('h2, h3, h4'))) {
    let next = h.nextElementSibling;
    while (next && !/^(P|DIV|UL|OL|BLOCKQUOTE|H[1-6])$/.test(next.tagName.toUpperCase())) {
      next = next.nextElementSibling;
    }
    if (!next || /^H[1-6]$/.test(next.tagName.toUpperCase())) continue;
    // The page's own heading ("What we value", "Our principles") is not one of the values.
    if (PAGE_HEADING.test(clean(h.textContent))) continue;
    add(out, h.textContent ?? '', next.textContent ?? '');
  }
  return out;
}

/** Paragraphs or list items that open with a bold name. */
function fromBoldLeadIns(root: ParentNode): FoundValue[] {
  const out: FoundValue[] = [];
  for (const block of Array.from(root.querySelectorAll('p, li'))) {
    const first = Array.from(block.childNodes).find(
      (n) => !(n.nodeType === 3 && !clean(n.nodeValue)),
    );
    if (!first || first.nodeType !== 1) continue;
    const tag = (first as Element).tagName.toUpperCase();
    if (tag !== 'STRONG' && tag !== 'B') continue;
    const name = first.textContent ?? '';
    const whole = clean(block.textContent);
    add(out, name, whole.slice(clean(name).length));
  }
  return out;
}

function fromDefinitionLists(root: ParentNode): FoundValue[] {
  const out: FoundValue[] = [];
  for (const dt of Array.from(root.querySelectorAll('dt'))) {
    let dd = dt.nextElementSibling;
    while (dd && dd.tagName.toUpperCase() !== 'DD' && dd.tagName.toUpperCase() !== 'DT') {
      dd = dd.nextElementSibling;
    }
    if (dd?.tagName.toUpperCase() === 'DD') add(out, dt.textContent ?? '', dd.textContent ?? '');
  }
  return out;
}

/** Plain list items written as "Name: definition" or "Name — definition". */
function fromListItems(root: ParentNode): FoundValue[] {
  const out: FoundValue[] = [];
  for (const li of Array.from(root.querySelectorAll('li'))) {
    const m = /^([^:–—]{2,60}?)\s*(?::|\s[–—-]\s)\s*(.+)$/.exec(clean(li.textContent));
    if (m) add(out, m[1]!, m[2]!);
  }
  return out;
}

/**
 * The values a page names, from whichever common shape gives the most: definition lists, bold
 * lead-ins, list items or headings. A tie goes to the more explicit shape (earlier in the list).
 */
function extractValues(root: ParentNode): FoundValue[] {
  const shapes = [
    fromDefinitionLists(root),
    fromBoldLeadIns(root),
    fromListItems(root),
    fromHeadings(root),
  ];
  let best: FoundValue[] = [];
  for (const s of shapes) if (s.length > best.length) best = s;
  return best.length >= 2 ? best : [];
}

/** Reads stored (sanitised) clip HTML into a detached document and extracts its values. */
export function extractValuesFromHtml(html: string): FoundValue[] {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractValues(doc.body);
}
