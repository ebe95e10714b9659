import { mountApp } from '../../components/boot/mount-app';
import { PanelApp } from '../../components/panel/panel-app';
import '../../components/styles/base.css';
import '../../components/styles/panel.css';

void mountApp(<PanelApp workspaceHref="/workspace.html" />);
