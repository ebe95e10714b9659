/**
 * The running caption reader's controller, kept in the extension's isolated world of the call tab
 * (the page cannot see it): turning a platform off aborts it while access still stands.
 */
export type CaptionReaderHolder = { __loopsideCaptionReader?: AbortController };

/** Injected into a call tab when the user turns its platform off: the reader there stops. */
export function stopCaptionReaderInTab(): void {
  (globalThis as CaptionReaderHolder).__loopsideCaptionReader?.abort();
}
