import type { PanelStart } from '../../lib/db/panel-start';
import type { SpeechSupport } from '../../lib/practice-room/speech-support';
import { parseRoomParams } from '../../lib/practice-room/room-params';
import { usePracticeRoomCamera } from '../hooks/use-practice-room-camera';
import { usePracticeRoomTranscript } from '../hooks/use-practice-room-transcript';
import { PanelApp } from '../panel/panel-app';
import { useRoomRecording } from '../hooks/use-room-recording';
import { CameraView } from './camera-view';
import { RecordControls } from './record-controls';
import { HearingModePicker } from './hearing-mode-picker';
import { TranscriptView } from './transcript-view';

interface PracticeRoomAppProps {
  /** The page's query string: `?script=demo` and `?speed=N` set up the scripted demo. */
  search: string;
  /** What the coach's first screen needs, read before the first render (see `readPanelStart`). */
  start?: PanelStart;
  /** On-device speech support, when the browser answered before the first render. */
  speech?: SpeechSupport;
}

/** Solo practice: a self-view and what was heard on the left, the live coach on the right. */
export function PracticeRoomApp({ search, start, speech }: PracticeRoomAppProps) {
  const params = parseRoomParams(search);
  const transcript = usePracticeRoomTranscript(params.mode ?? 'manual', params.speed, speech);
  const camera = usePracticeRoomCamera();
  // Only the practice room records: the coach panel on a call tab has no recorder at all.
  const recording = useRoomRecording();
  return (
    <main className="room">
      <header className="room__header">
        <h1 className="room__title">Practice room</h1>
        <p className="muted">
          Answer out loud as if the interviewer were here. Everything stays on this computer.
        </p>
      </header>
      <HearingModePicker transcript={transcript} />
      <div className="room__columns">
        <div className="room__left">
          <RecordControls recording={recording} />
          <CameraView camera={camera} />
          <TranscriptView
            mode={transcript.mode}
            running={transcript.running}
            lines={transcript.lines}
          />
        </div>
        <div className="room__right">
          <PanelApp
            workspaceHref="/workspace.html"
            utteranceSource={transcript.source}
            showCallSettings={false}
            acceptCommands={false}
            landmark={false}
            demoPlaying={transcript.mode === 'scripted' && transcript.running}
            start={start}
          />
        </div>
      </div>
    </main>
  );
}
