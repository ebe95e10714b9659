import { hasLabelled, isControl, textOf } from './caption-dom';
import type { CaptionBlock } from './caption-tracker';

/** Localised words Meet uses in the caption region's aria-label (lower case, matched as substrings). */
const MEET_CAPTION_LABELS = [
  'caption',
  'untertitel',
  'sous-titres',
  'subtítulos',
  'subtitulos',
  'legendas',
  'sottotitoli',
  'ondertiteling',
  'napisy',
  'субтитры',
  'altyaz',
  '字幕',
  '자막',
];

/** How Meet labels the local user's own captions, per locale. */
const MEET_SELF_LABELS = [
  'you',
  'vous',
  'du',
  'tú',
  'tu',
  'você',
  'voi',
  'jij',
  'ty',
  'вы',
  'あなた',
  '你',
  '您',
  '나',
];

export const MEET_CAPTIONS_OFF_DETAIL =
  'Turn them on with the CC button in the Meet toolbar, or press c.';

export function findMeetCaptionRoot(doc: Document): Element | null {
  for (const el of Array.from(doc.querySelectorAll('[role="region"][aria-label]'))) {
    const label = (el.getAttribute('aria-label') ?? '').toLowerCase();
    if (MEET_CAPTION_LABELS.some((w) => label.includes(w))) return el;
  }
  return null;
}

/** True once the in-call UI is on screen, so a missing caption area means captions are off. */
export function isMeetCallUi(doc: Document): boolean {
  return (
    doc.querySelector('[data-self-name], [data-call-ended]') !== null ||
    hasLabelled(doc, 'button[aria-label]', MEET_CAPTION_LABELS)
  );
}

/**
 * Meet's caption button is labelled for what it will do: "Turn off captions" while they are on.
 * Other languages are not known here, so null (the watcher then takes a missing area for off).
 */
export function meetCaptionsOn(doc: Document): boolean | null {
  for (const el of Array.from(doc.querySelectorAll('button[aria-label]'))) {
    const label = (el.getAttribute('aria-label') ?? '').toLowerCase();
    if (label.includes('turn off captions')) return true;
    if (label.includes('turn on captions')) return false;
  }
  return null;
}

export function meetSelfName(doc: Document): string | null {
  const el = doc.querySelector('[data-self-name]');
  const name = el?.getAttribute('data-self-name')?.trim();
  return name ? name : null;
}

export function isMeetSelf(speaker: string, selfName: string | null): boolean {
  const name = speaker.trim().toLowerCase();
  return MEET_SELF_LABELS.includes(name) || (selfName !== null && name === selfName.toLowerCase());
}

/** The parts of a block that carry text; the avatar image has none, controls are skipped. */
function textParts(el: Element): { el: Element; text: string }[] {
  const parts: { el: Element; text: string }[] = [];
  for (const c of Array.from(el.children)) {
    if (isControl(c)) continue;
    // Raw text: the tracker normalises whitespace once, so a long block is scanned as few times as possible.
    const text = c.textContent ?? '';
    if (/\S/.test(text)) parts.push({ el: c, text });
  }
  return parts;
}

/**
 * Reads Meet's caption blocks. Class names change with every build, so a block is recognised by
 * shape: a name part followed by a text part. Anything else in the region (the trailing controls
 * and spacers) is ignored. The block element is the key: Meet edits blocks in place.
 */
export function readMeetBlocks(root: Element): CaptionBlock[] {
  const blocks: CaptionBlock[] = [];
  for (const child of Array.from(root.children)) {
    if (isControl(child)) continue;
    let parts = textParts(child);
    // Some layouts wrap name and text in one more element.
    if (parts.length === 1 && parts[0]) parts = textParts(parts[0].el);
    const [name, ...rest] = parts;
    if (!name || rest.length === 0) continue;
    const text = rest.length === 1 && rest[0] ? rest[0].text : rest.map((r) => r.text).join(' ');
    blocks.push({ speaker: textOf(name.el), text, key: child });
  }
  return blocks;
}
