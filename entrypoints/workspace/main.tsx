import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WorkspaceApp } from '../../components/workspace/workspace-app';
import '../../components/styles/base.css';
import '../../components/styles/workspace.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <WorkspaceApp />
  </StrictMode>,
);
