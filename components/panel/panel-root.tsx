import { lazy, Suspense, useState } from 'react';
import type { PanelStart } from '../../lib/db/panel-start';
import { usePanelRole } from '../hooks/use-panel-role';
import { RolePicker } from '../peer/role-picker';
import { PanelApp } from './panel-app';

// The interviewer's view, its evidence signs and the block codec load only when chosen.
const InterviewerApp = lazy(() =>
  import('../interviewer/interviewer-app').then((m) => ({ default: m.InterviewerApp })),
);

/** The side panel: the candidate's coach, or the interviewer's own view, as the user chose. */
export function PanelRoot({ workspaceHref, start }: { workspaceHref: string; start?: PanelStart }) {
  const [role, setRole] = usePanelRole(start?.role);
  // Choosing a role swaps the whole view: the new view's picker takes focus, not the page.
  const [switched, setSwitched] = useState(false);
  if (role === undefined) return <p className="loading">Loading…</p>;
  const picker = (
    <RolePicker
      role={role}
      focusChosen={switched}
      onFocused={() => setSwitched(false)}
      onChange={(r) => {
        setSwitched(true);
        void setRole(r);
      }}
    />
  );
  if (role === 'interviewer') {
    return (
      <Suspense fallback={<p className="loading">Loading…</p>}>
        <InterviewerApp rolePicker={picker} />
      </Suspense>
    );
  }
  return <PanelApp workspaceHref={workspaceHref} rolePicker={picker} start={start} />;
}
