import { mountApp } from '../../components/boot/mount-app';
import { PracticeRoomApp } from '../../components/practice-room/practice-room-app';
import { getDb } from '../../lib/db/loopside-db';
import { readPanelStart } from '../../lib/db/panel-start';
import { checkOnDeviceSpeech } from '../../lib/browser/on-device-speech';
import { speechLang, speechSupportWithin } from '../../lib/practice-room/speech-support';
import '../../components/styles/base.css';
import '../../components/styles/panel.css';
import '../../components/styles/practice-room.css';

// The coach's packs, open round and bank state, and whether on-device speech is offered, are read
// before the first render, so nothing grows above the coach a moment later. A failed read leaves
// that part to the room's own live queries and checks.
void mountApp(async () => {
  const [start, speech] = await Promise.all([
    readPanelStart(getDb()).catch(() => undefined),
    speechSupportWithin(() => checkOnDeviceSpeech(speechLang(navigator.language)), 300),
  ]);
  return <PracticeRoomApp search={location.search} start={start} speech={speech} />;
});
