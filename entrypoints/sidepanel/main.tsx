import { mountApp } from '../../components/boot/mount-app';
import { PanelRoot } from '../../components/panel/panel-root';
import '../../components/styles/base.css';
import '../../components/styles/panel.css';
import '../../components/styles/peer.css';

void mountApp(<PanelRoot workspaceHref="/workspace.html" />);
