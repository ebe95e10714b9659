import { useId } from 'react';
import { useAutosaveText } from '../hooks/use-autosave-text';

/** A one-line or short field that autosaves like the notes (journal first, then the database). */
export function AutosaveLine({
  journalKey,
  stored,
  storedAt,
  label,
  maxLength,
  multiline = false,
  save,
}: {
  journalKey: string;
  stored: string;
  storedAt: number;
  label: string;
  maxLength: number;
  multiline?: boolean;
  save: (text: string, at: number) => Promise<unknown>;
}) {
  const { text, onChange, flush } = useAutosaveText({ journalKey, stored, storedAt, save });
  const id = useId();
  // The count describes the field rather than naming it: its name stays what the label says.
  const field = {
    id,
    value: text,
    maxLength,
    dir: 'auto',
    'aria-describedby': `${id}-count`,
    onBlur: flush,
  } as const;
  return (
    <div className="vote__field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...field} rows={3} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...field} type="text" onChange={(e) => onChange(e.target.value)} />
      )}
      <span className="hint" id={`${id}-count`}>
        {text.length}/{maxLength}
      </span>
    </div>
  );
}
