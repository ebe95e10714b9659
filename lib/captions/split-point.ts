/**
 * Recognisers keep rewriting the last few words, so a split leaves at least this much of the newest
 * text open: a correction then lands in the open utterance, never in one already settled.
 */
export const SPLIT_TAIL_KEEP = 400;

/**
 * Where to cut `text` (longer than `max`) so the head fits in `max` characters: at the last space
 * before the limit that still leaves a tail open, or mid-word when the text has no space at all.
 */
export function splitPoint(text: string, max: number): number {
  const limit = Math.min(max, Math.max(1, text.length - SPLIT_TAIL_KEEP));
  const space = text.lastIndexOf(' ', limit);
  return space > 0 ? space : limit;
}
