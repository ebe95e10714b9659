import type { PanelRole } from '../../lib/settings/settings';

const roles: { id: PanelRole; name: string; hint: string }[] = [
  { id: 'candidate', name: 'Candidate', hint: 'practise your answers with your own stories' },
  { id: 'interviewer', name: 'Interviewer', hint: 'ask the questions, take notes, vote alone' },
];

/** Asked before a round; hidden while one runs so the view cannot switch mid-interview. */
export function RolePicker({
  role,
  onChange,
}: {
  role: PanelRole;
  onChange: (role: PanelRole) => void;
}) {
  return (
    <fieldset className="role-picker">
      <legend>Who is using this panel?</legend>
      {roles.map((r) => (
        <label key={r.id} className={`role-picker__role ${r.id === role ? 'is-on' : ''}`}>
          <input
            type="radio"
            name="panel-role"
            value={r.id}
            checked={r.id === role}
            onChange={() => onChange(r.id)}
          />
          <span className="role-picker__name">{r.name}</span>
          <span className="role-picker__hint">{r.hint}</span>
        </label>
      ))}
    </fieldset>
  );
}
