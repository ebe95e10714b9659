import type { ModelState } from './language-model-api';

/** Chrome's model, as reports and news about it put it; Chrome shows the exact size itself. */
export const MODEL_DOWNLOAD_SIZE = 'about 4 GB';

/** The model's state in a few words, as the critique area shows it. */
export function describeModelState(state: ModelState, progress: number | null = null): string {
  switch (state) {
    case 'missing':
      return 'Not available in this browser';
    case 'unavailable':
      return 'Not available on this computer';
    case 'downloadable':
      return `Downloadable — ${MODEL_DOWNLOAD_SIZE}, needs your click`;
    case 'downloading':
      return progress === null ? 'Downloading' : `Downloading ${Math.round(progress * 100)} %`;
    case 'available':
      return 'Ready';
  }
}
