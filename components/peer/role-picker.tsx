import { useFocusChoiceOnShow } from '../hooks/use-focus-choice-on-show';
import type { PanelRole } from '../../lib/settings/settings';

const roles: { id: PanelRole; name: string; hint: string }[] = [
  { id: 'candidate', name: 'Candidate', hint: 'practise your answers with your own stories' },
  { id: 'interviewer', name: 'Interviewer', hint: 'ask the questions, take notes, vote alone' },
];

/** Asked before a round; hidden while one runs so the view cannot switch mid-interview. */
export function RolePicker({
  role,
  onChange,
  focusChosen = false,
  onFocused,
}: {
  role: PanelRole;
  onChange: (role: PanelRole) => void;
  /** Focus the chosen role when this picker first shows (the view was just switched). */
  focusChosen?: boolean;
  /** Called once it has, so a later showing of the picker does not take focus again. */
  onFocused?: () => void;
}) {
  const groupRef = useFocusChoiceOnShow<HTMLFieldSetElement>(focusChosen, onFocused);
  return (
    <fieldset className="role-picker" ref={groupRef}>
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
