import type { ReactNode } from 'react';
import { useShownUntilStored } from '../hooks/use-shown-until-stored';

/**
 * A labelled checkbox for a stored yes/no (an answer's tick, an interviewer's mark, a story's
 * value): ticked from the click on, not when the record comes back from the database.
 */
export function StoredCheckbox(props: {
  stored: boolean;
  onChange: (on: boolean) => Promise<unknown>;
  children: ReactNode;
  className?: string;
  title?: string;
  keyShortcut?: string;
}) {
  const [checked, track] = useShownUntilStored(props.stored);
  return (
    <label className={props.className ?? 'tick'} title={props.title}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => void track(e.target.checked, props.onChange(e.target.checked))}
        aria-keyshortcuts={props.keyShortcut}
      />
      {props.children}
    </label>
  );
}
