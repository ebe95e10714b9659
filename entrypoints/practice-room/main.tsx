import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PracticeRoomApp } from '../../components/practice-room/practice-room-app';
import '../../components/styles/base.css';
import '../../components/styles/panel.css';
import '../../components/styles/practice-room.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PracticeRoomApp search={location.search} />
  </StrictMode>,
);
