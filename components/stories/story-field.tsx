import { useAutosaveText, type SaveState } from '../hooks/use-autosave-text';

const stateMarks: Record<SaveState, string> = {
  saved: '',
  saving: 'Saving…',
  unsaved: 'Typing…',
  error: 'Not saved to the database yet. Your text is kept on this page; copy it somewhere safe.',
};

interface StoryFieldProps {
  /** Unique per story and field, so each field journals on its own. */
  journalKey: string;
  /** The DOM id, so the completeness panel can send focus here. */
  id: string;
  label: string;
  stored: string;
  storedAt: number;
  save: (text: string) => Promise<unknown>;
  /** Every keystroke, before it is saved, so the completeness panel can follow along. */
  onText?: (text: string) => void;
  multiline?: boolean;
  placeholder?: string;
  hint?: string;
  autoFocus?: boolean;
  /** The most the schema stores, so nothing typed is silently cut later. */
  maxLength?: number;
}

export function StoryField({
  journalKey,
  id,
  label,
  stored,
  storedAt,
  save,
  onText,
  multiline = false,
  placeholder,
  hint,
  autoFocus,
  maxLength,
}: StoryFieldProps) {
  const { text, onChange, flush, state } = useAutosaveText({ journalKey, stored, storedAt, save });
  const hintId = hint ? `${id}-hint` : undefined;
  const common = {
    id,
    value: text,
    placeholder,
    dir: 'auto' as const,
    autoFocus,
    maxLength,
    'aria-describedby': hintId,
    onBlur: flush,
  };
  return (
    <div className={`story-field story-field--${multiline ? 'long' : 'short'}`}>
      <label htmlFor={id} className="story-field__label">
        {label}
      </label>
      {multiline ? (
        <textarea
          {...common}
          rows={3}
          onChange={(e) => {
            onChange(e.target.value);
            onText?.(e.target.value);
          }}
        />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => {
            onChange(e.target.value);
            onText?.(e.target.value);
          }}
        />
      )}
      {hint ? (
        <span id={hintId} className="story-field__hint">
          {hint}
        </span>
      ) : null}
      {state === 'error' ? (
        <span role="alert" className="story-field__state story-field__state--error">
          {stateMarks.error}
        </span>
      ) : (
        <span className={`story-field__state story-field__state--${state}`} aria-hidden="true">
          {stateMarks[state]}
        </span>
      )}
    </div>
  );
}
