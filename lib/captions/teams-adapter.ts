import { hasLabelled, textOf } from './caption-dom';
import type { CaptionBlock } from './caption-tracker';

export const TEAMS_CAPTIONS_OFF_DETAIL =
  'In Teams, open More (…) in the meeting toolbar, then Language and speech, and turn on live captions.';

const ROOT_SELECTORS = [
  '[data-tid="closed-caption-v2-window-wrapper"]',
  '[data-tid="closed-captions-renderer"]',
];

export function findTeamsCaptionRoot(doc: Document): Element | null {
  for (const selector of ROOT_SELECTORS) {
    const el = doc.querySelector(selector);
    if (el) return el;
  }
  return null;
}

export function isTeamsCallUi(doc: Document): boolean {
  return (
    doc.querySelector('#hangup-button, [data-tid="hangup-main-btn"], [data-tid="call-hangup"]') !==
      null || hasLabelled(doc, 'button[aria-label]', ['leave', 'hang up'])
  );
}

/**
 * Reads Teams' caption lines in screen order. The list is virtualised, so nodes are not used as
 * keys: the tracker matches lines by content and position instead. A line without its own author
 * element belongs to the author shown above it.
 */
export function readTeamsBlocks(root: Element): CaptionBlock[] {
  const blocks: CaptionBlock[] = [];
  let author = '';
  const parts = root.querySelectorAll('[data-tid="author"], [data-tid="closed-caption-text"]');
  for (const el of Array.from(parts)) {
    if (el.getAttribute('data-tid') === 'author') {
      author = textOf(el);
    } else {
      blocks.push({ speaker: author, text: textOf(el) });
    }
  }
  return blocks;
}
