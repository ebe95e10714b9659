import { forwardRef } from 'react';
import { NOTES_MAX } from '../../lib/practice/answer-limits';
import { useAutosaveText, type SaveState } from '../hooks/use-autosave-text';

const stateWords: Record<SaveState, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Typing…',
  error: 'Could not save to the database — your text is kept in this page; copy it somewhere safe.',
};

interface NotesFieldProps {
  journalKey: string;
  stored: string;
  storedAt: number;
  label: string;
  placeholder?: string;
  save: (text: string, at: number) => Promise<unknown>;
}

export const NotesField = forwardRef<HTMLTextAreaElement, NotesFieldProps>(function NotesField(
  { journalKey, stored, storedAt, label, placeholder, save },
  ref,
) {
  const { text, onChange, flush, state } = useAutosaveText({ journalKey, stored, storedAt, save });
  return (
    <div className="notes">
      <label className="notes__label">
        {label}
        <textarea
          ref={ref}
          value={text}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
          onBlur={flush}
          rows={4}
          maxLength={NOTES_MAX}
          dir="auto"
        />
      </label>
      {/* Only a failure is announced: "Saving…, Saved" twice a key would drown a screen reader. */}
      {state === 'error' ? (
        <span key="alert" className="notes__state notes__state--error" role="alert">
          {stateWords.error}
        </span>
      ) : (
        <span key="state" className={`notes__state notes__state--${state}`}>
          {stateWords[state]}
        </span>
      )}
    </div>
  );
});
