import { mountApp } from '../../components/boot/mount-app';
import { WorkspaceApp } from '../../components/workspace/workspace-app';
import '../../components/styles/base.css';
import '../../components/styles/workspace.css';
import '../../components/styles/peer.css';

void mountApp(<WorkspaceApp />);
