import { useState } from 'react';
import { extractValuesFromHtml } from '../../lib/clip/extract-values';
import type { ClippedPage } from '../../lib/clip/clip-schema';
import type { DraftValue, FrameworkDraft } from '../../lib/clip/values-to-framework';
import { useClipFramework } from '../hooks/use-clip-framework';

function initialDraft(clip: ClippedPage): FrameworkDraft {
  const found = extractValuesFromHtml(clip.html);
  return {
    name: clip.title.slice(0, 80),
    source: `${clip.siteName || new URL(clip.url).hostname} (${clip.url})`.slice(0, 200),
    values: found.length
      ? found.map((v) => ({ ...v, prompts: '' }))
      : [{ name: '', definition: '', prompts: '' }],
  };
}

/** The values found on a page, as an editable draft that saves as a framework. */
export function FrameworkDraftEditor({
  clip,
  onClose,
}: {
  clip: ClippedPage;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState(() => initialDraft(clip));
  const { state, save } = useClipFramework();
  const found = draft.values.filter((v) => v.name).length;
  const setValue = (i: number, patch: Partial<DraftValue>) =>
    setDraft((d) => ({ ...d, values: d.values.map((v, j) => (j === i ? { ...v, ...patch } : v)) }));
  return (
    <form
      className="framework-draft"
      aria-label={`Framework from ${clip.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save(draft);
      }}
    >
      <h4>Framework from this page</h4>
      <p className="quiet">
        {found
          ? `${found} value${found === 1 ? '' : 's'} found. Edit names and definitions, add your own prompts (one per line), or leave prompts empty to start from generic ones.`
          : 'No values were found on this page; add them yourself below.'}
      </p>
      <label>
        Framework name{' '}
        <input
          value={draft.name}
          maxLength={80}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
      </label>
      <label>
        Source{' '}
        <input
          value={draft.source}
          maxLength={200}
          onChange={(e) => setDraft({ ...draft, source: e.target.value })}
        />
      </label>
      <ol className="framework-draft__values">
        {draft.values.map((v, i) => (
          <li key={i}>
            <fieldset>
              <legend>Value {i + 1}</legend>
              <label>
                Value name{' '}
                <input
                  value={v.name}
                  maxLength={60}
                  onChange={(e) => setValue(i, { name: e.target.value })}
                />
              </label>
              <label>
                Definition{' '}
                <textarea
                  value={v.definition}
                  maxLength={240}
                  rows={2}
                  onChange={(e) => setValue(i, { definition: e.target.value })}
                />
              </label>
              <label>
                Prompts for {v.name || `value ${i + 1}`} (one per line, optional){' '}
                <textarea
                  value={v.prompts}
                  rows={2}
                  onChange={(e) => setValue(i, { prompts: e.target.value })}
                />
              </label>
              <button
                type="button"
                onClick={() =>
                  setDraft((d) => ({ ...d, values: d.values.filter((_, j) => j !== i) }))
                }
              >
                Remove {v.name || `value ${i + 1}`}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          setDraft((d) => ({
            ...d,
            values: [...d.values, { name: '', definition: '', prompts: '' }],
          }))
        }
      >
        Add a value
      </button>{' '}
      <button type="submit" className="primary">
        Save as framework
      </button>{' '}
      <button type="button" onClick={onClose}>
        Close
      </button>
      {state.step === 'saved' ? (
        <p role="status">
          Saved “{state.name}”{state.replaced ? ', replacing the earlier version' : ''}. It is now
          the framework your next round uses.
        </p>
      ) : state.step === 'invalid' ? (
        <p role="alert" className="error">
          Not saved: {state.error}
        </p>
      ) : null}
    </form>
  );
}
