import { hasLabelled, textOf } from './caption-dom';
import type { CaptionBlock } from './caption-tracker';

export const ZOOM_CAPTIONS_OFF_DETAIL =
  'Click Captions (CC) in the Zoom toolbar and choose to show them; if the button is missing, the host has to allow captions first.';

const ROOT_SELECTORS = ['#live-transcription-subtitle', '.live-transcription-subtitle__box'];
const ITEM_SELECTOR = '.live-transcription-subtitle__item';
/** Most speakers a call keeps a "Speaker N" label for; older avatars are forgotten. */
const MAX_SPEAKERS = 64;

/** Zoom's web client usually lives in a same-origin iframe; captions are read from inside it. */
function zoomDocuments(doc: Document): Document[] {
  const docs = [doc];
  const frame = doc.querySelector('iframe#webclient');
  try {
    const inner = frame instanceof Element ? (frame as HTMLIFrameElement).contentDocument : null;
    if (inner) docs.push(inner);
  } catch {
    // A cross-origin frame throws; there is nothing we may read there.
  }
  return docs;
}

export function findZoomCaptionRoot(doc: Document): Element | null {
  for (const d of zoomDocuments(doc)) {
    for (const selector of ROOT_SELECTORS) {
      const el = d.querySelector(selector);
      if (el) return el;
    }
  }
  return null;
}

export function isZoomCallUi(doc: Document): boolean {
  return zoomDocuments(doc).some(
    (d) =>
      d.querySelector('#wc-footer, .footer__leave-btn, #wc-container-left') !== null ||
      hasLabelled(d, 'button[aria-label]', ['leave']),
  );
}

interface Person {
  name: string;
  self: boolean;
}

/** "Dana (Host, me)" → Dana, self. Zoom marks the local user with "me" in the participant list. */
export function parseZoomParticipantName(raw: string): Person {
  const text = raw.replace(/\s+/g, ' ').trim();
  const match = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text);
  if (!match) return { name: text, self: false };
  const tags = (match[2] ?? '').toLowerCase().split(/[,\s]+/);
  return { name: (match[1] ?? '').trim(), self: tags.includes('me') };
}

function findParticipant(doc: Document, src: string, captionRoot: Element): Person | null {
  for (const img of Array.from(doc.getElementsByTagName('img'))) {
    if (img.getAttribute('src') !== src || captionRoot.contains(img)) continue;
    const item = img.closest('[role="listitem"], [role="option"], li');
    if (!item) continue;
    const nameEl = item.querySelector('[class*="display-name"], [class*="name"]');
    const raw = textOf(nameEl) || item.getAttribute('aria-label') || textOf(item);
    if (raw) return parseZoomParticipantName(raw);
  }
  return null;
}

interface ZoomBlockReader {
  read(root: Element): CaptionBlock[];
  isSelf(speaker: string): boolean;
}

/**
 * Zoom shows only an avatar next to each caption line. The reader names speakers from the avatar's
 * alt text or the participant list, and otherwise numbers them "Speaker N" for the whole call.
 */
export function createZoomBlockReader(): ZoomBlockReader {
  const numbered = new Map<string, string>();
  const named = new Map<string, Person>();
  const selfNames = new Set<string>();

  const speakerFor = (img: Element | null, root: Element): string => {
    if (!img) return '';
    const alt = img.getAttribute('alt')?.trim();
    // Generic alt text ("avatar") says nothing about who is talking.
    if (alt && !/avatar|profile|picture/i.test(alt)) return parseZoomParticipantName(alt).name;
    const src = img.getAttribute('src') ?? '';
    if (src === '') return '';
    let person = named.get(src) ?? null;
    if (!person) {
      person = findParticipant(root.ownerDocument, src, root);
      if (person) {
        named.set(src, person);
        if (person.self) selfNames.add(person.name);
      }
    }
    if (person) return person.name;
    let label = numbered.get(src);
    if (!label) {
      if (numbered.size >= MAX_SPEAKERS) numbered.clear();
      label = `Speaker ${numbered.size + 1}`;
      numbered.set(src, label);
    }
    return label;
  };

  return {
    read(root) {
      const items = root.matches(ITEM_SELECTOR)
        ? [root]
        : Array.from(root.querySelectorAll(ITEM_SELECTOR));
      const blocks: CaptionBlock[] = [];
      let speaker = '';
      for (const item of items) {
        // Zoom groups a speaker's lines under one avatar, so a line without one keeps the last name.
        const prev = item.previousElementSibling;
        const img = item.querySelector('img') ?? (prev?.tagName === 'IMG' ? prev : null);
        if (img) speaker = speakerFor(img, root);
        const text = textOf(item);
        if (text) blocks.push({ speaker, text });
      }
      return blocks;
    },
    isSelf(speaker) {
      return selfNames.has(speaker);
    },
  };
}
