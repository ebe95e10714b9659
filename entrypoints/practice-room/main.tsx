import { mountApp } from '../../components/boot/mount-app';
import { PracticeRoomApp } from '../../components/practice-room/practice-room-app';
import '../../components/styles/base.css';
import '../../components/styles/panel.css';
import '../../components/styles/practice-room.css';

void mountApp(<PracticeRoomApp search={location.search} />);
