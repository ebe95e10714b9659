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
  return (
    <label className="vote__field">
      {label}
      {multiline ? (
        <textarea
          value={text}
          maxLength={maxLength}
          rows={3}
          dir="auto"
          onChange={(e) => onChange(e.target.value)}
          onBlur={flush}
        />
      ) : (
        <input
          type="text"
          value={text}
          maxLength={maxLength}
          dir="auto"
          onChange={(e) => onChange(e.target.value)}
          onBlur={flush}
        />
      )}
      <span className="hint">
        {text.length}/{maxLength}
      </span>
    </label>
  );
}
