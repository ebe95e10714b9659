/**
 * Limits on what a clip may hold. A backup rejects any string over 100,000 characters, so the
 * stored text and HTML stay under that, and a clip always survives a backup round trip.
 */
export const MAX_CLIP_CHARS = 100_000;
/** Pages with more elements than this are refused before Readability walks them. */
export const MAX_PAGE_ELEMENTS = 60_000;
/** Serialised page size read at most (characters). */
export const MAX_PAGE_HTML = 8_000_000;
/** Below this much article text, the page holds no article worth clipping. */
export const MIN_ARTICLE_TEXT = 200;
export const MAX_CLIP_TITLE = 300;
export const MAX_CLIP_URL = 2_000;
