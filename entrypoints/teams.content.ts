import { defineContentScript } from 'wxt/utils/define-content-script';
import { runCaptionReader } from '../lib/browser/run-caption-reader';
import { platformInfo } from '../lib/live/platform-hosts';

// Registered at run time, only after the user grants access to Teams (see background).
export default defineContentScript({
  matches: platformInfo('teams').matches,
  registration: 'runtime',
  runAt: 'document_idle',
  main: (ctx) => runCaptionReader('teams', ctx.signal),
});
