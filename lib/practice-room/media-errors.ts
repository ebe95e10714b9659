export type MediaKind = 'camera' | 'microphone';

/**
 * A calm sentence for a failed camera or microphone request, from the DOMException name the
 * browser gives (`NotAllowedError`, `NotFoundError`, …). Practice goes on either way.
 */
export function describeMediaError(kind: MediaKind, errorName: string | undefined): string {
  const device = kind === 'camera' ? 'camera' : 'microphone';
  switch (errorName) {
    case 'NotAllowedError':
    case 'SecurityError':
      return `Loopside was not allowed to use the ${device}. You can allow it from the site settings in the address bar, or carry on without it.`;
    case 'NotFoundError':
    case 'OverconstrainedError':
      return `No ${device} was found. Plug one in and try again, or carry on without it.`;
    case 'NotReadableError':
    case 'AbortError':
      return `The ${device} is busy or could not start; another app may be using it. Close it and try again.`;
    case 'unsupported':
      return `This browser cannot open a ${device} on this page.`;
    default:
      return `The ${device} did not start. You can try again, or carry on without it.`;
  }
}
