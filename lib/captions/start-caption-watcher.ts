import { CaptionWatcher, type CaptionWatcherOptions } from './caption-watcher';
import {
  findMeetCaptionRoot,
  isMeetCallUi,
  meetCaptionsOn,
  isMeetSelf,
  MEET_CAPTIONS_OFF_DETAIL,
  meetSelfName,
  readMeetBlocks,
} from './meet-adapter';
import {
  findTeamsCaptionRoot,
  isTeamsCallUi,
  readTeamsBlocks,
  TEAMS_CAPTIONS_OFF_DETAIL,
} from './teams-adapter';
import type { CaptionHealth, Platform, Utterance } from './utterance-schema';
import {
  createZoomBlockReader,
  findZoomCaptionRoot,
  isZoomCallUi,
  ZOOM_CAPTIONS_OFF_DETAIL,
} from './zoom-adapter';

type PlatformParts = Pick<
  CaptionWatcherOptions,
  'findRoot' | 'readBlocks' | 'isSelf' | 'isCallUi' | 'captionsOn' | 'captionsOffDetail'
>;

/** Adapter pieces for one platform; `doc` is read lazily because the self name appears late. */
export function captionPlatformParts(platform: Platform, doc: Document): PlatformParts {
  switch (platform) {
    case 'meet':
      return {
        findRoot: findMeetCaptionRoot,
        readBlocks: readMeetBlocks,
        isSelf: (speaker) => isMeetSelf(speaker, meetSelfName(doc)),
        isCallUi: isMeetCallUi,
        captionsOn: meetCaptionsOn,
        captionsOffDetail: MEET_CAPTIONS_OFF_DETAIL,
      };
    case 'teams':
      return {
        findRoot: findTeamsCaptionRoot,
        readBlocks: readTeamsBlocks,
        isCallUi: isTeamsCallUi,
        captionsOffDetail: TEAMS_CAPTIONS_OFF_DETAIL,
      };
    case 'zoom': {
      const reader = createZoomBlockReader();
      return {
        findRoot: findZoomCaptionRoot,
        readBlocks: (root) => reader.read(root),
        isSelf: (speaker) => reader.isSelf(speaker),
        isCallUi: isZoomCallUi,
        captionsOffDetail: ZOOM_CAPTIONS_OFF_DETAIL,
      };
    }
  }
}

/** The one call a content script needs: read captions until `signal` aborts. */
export function startCaptionWatcher(
  platform: Platform,
  doc: Document,
  onUtterance: (utterance: Utterance) => void,
  onHealth: (health: CaptionHealth) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const watcher = new CaptionWatcher({
    doc,
    platform,
    ...captionPlatformParts(platform, doc),
    onUtterance,
    onHealth,
    now: () => Date.now(),
  }).start();
  signal.addEventListener('abort', () => watcher.stop(), { once: true });
}
