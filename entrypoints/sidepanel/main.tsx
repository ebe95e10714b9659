import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PanelApp } from '../../components/panel/panel-app';
import '../../components/styles/base.css';
import '../../components/styles/panel.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PanelApp workspaceHref="/workspace.html" />
  </StrictMode>,
);
