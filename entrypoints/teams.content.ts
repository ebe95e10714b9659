import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCaptionReader } from '../lib/browser/run-caption-reader';

// Registered at run time, only after the user grants access to Teams (see background).
export default defineContentScript({
  matches: [
    'https://teams.microsoft.com/*',
    'https://teams.live.com/*',
    'https://teams.cloud.microsoft/*',
  ],
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => runCaptionReader('teams', (stop) => ctx.onInvalidated(stop)),
});
