import { mountApp } from '../../components/boot/mount-app';
import { PanelRoot } from '../../components/panel/panel-root';
import { getDb } from '../../lib/db/loopside-db';
import { readPanelStart } from '../../lib/db/panel-start';
import '../../components/styles/base.css';
import '../../components/styles/panel.css';
import '../../components/styles/peer.css';

// The role, packs and open round are read together before the first render; if that read fails,
// the panel still starts and its live queries load each part as before.
void mountApp(async () => (
  <PanelRoot
    workspaceHref="/workspace.html"
    start={await readPanelStart(getDb()).catch(() => undefined)}
  />
));
