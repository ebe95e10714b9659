import { mountApp } from '../../components/boot/mount-app';
import { WorkspaceApp } from '../../components/workspace/workspace-app';
import { getDb } from '../../lib/db/loopside-db';
import { readWorkspaceStart } from '../../lib/db/workspace-start';
import '../../components/styles/base.css';
import '../../components/styles/workspace.css';
import '../../components/styles/peer.css';

// The story bank's first screen is read before the first render; if that read fails, the
// workspace still starts and its live queries load each part as before.
void mountApp(async () => (
  <WorkspaceApp start={await readWorkspaceStart(getDb()).catch(() => undefined)} />
));
