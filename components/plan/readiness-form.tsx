import type { ReactNode } from 'react';
import { valueNameKey } from '../../lib/coverage/same-value-name';
import type { CompSource, ReadinessRow } from '../../lib/plan/plan-schema';
import type { ReadinessItem } from '../../lib/plan/readiness';
import { compSourceLabels, keeperAnswerLabels } from '../../lib/plan/readiness-labels';
import type { Story } from '../../lib/stories/story-schema';
import { useAutosaveText } from '../hooks/use-autosave-text';
import { useShownUntilStored } from '../hooks/use-shown-until-stored';

type TextField =
  'compNumber' | 'compSourceNotes' | 'careerArc' | 'wants' | 'dontWants' | 'keeperWhy';

const sources = Object.entries(compSourceLabels) as [CompSource, string][];

function ReadinessText({
  row,
  field,
  label,
  multiline,
  maxLength,
  hint,
  onSave,
}: {
  row: ReadinessRow;
  field: TextField;
  label: string;
  multiline?: boolean;
  maxLength: number;
  hint?: ReactNode;
  onSave: (field: TextField, text: string) => Promise<unknown>;
}) {
  const { text, onChange, flush, state } = useAutosaveText({
    journalKey: `readiness:${field}`,
    stored: row[field],
    storedAt: row.updatedAt,
    save: (t) => onSave(field, t),
  });
  const id = `readiness-${field}`;
  const common = {
    id,
    value: text,
    maxLength,
    dir: 'auto' as const,
    onBlur: flush,
    'aria-describedby': hint ? `${id}-hint` : undefined,
  };
  return (
    <div className="readiness-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={5} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...common} onChange={(e) => onChange(e.target.value)} />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      ) : null}
      {state === 'error' ? (
        <p role="alert" className="error">
          Not saved to the database yet; your text is kept on this page.
        </p>
      ) : null}
    </div>
  );
}

interface ReadinessFormProps {
  row: ReadinessRow;
  items: ReadinessItem[];
  ready: number;
  thinnest: string[];
  stories: readonly Story[];
  onChange: (change: (r: ReadinessRow) => ReadinessRow) => Promise<void>;
}

const warningOf = (items: ReadinessItem[], id: ReadinessItem['id']) =>
  items.find((i) => i.id === id)?.warning ?? null;

function Warning({ text }: { text: string | null }) {
  return text ? (
    <p className="readiness-warning">{text}</p>
  ) : (
    <p className="readiness-ok">Ready.</p>
  );
}

export function ReadinessForm({
  row,
  items,
  ready,
  thinnest,
  stories,
  onChange,
}: ReadinessFormProps) {
  const save = (field: TextField, text: string) => onChange((r) => ({ ...r, [field]: text }));
  // The ticks, the date, the planned stories and the Keeper Test answer show the user's choice at
  // once; the text fields keep their own draft.
  const [shown, track] = useShownUntilStored(row);
  const choose = (change: (r: ReadinessRow) => ReadinessRow) =>
    void track(change(shown), onChange(change));
  const words = row.careerArc.trim().split(/\s+/).filter(Boolean).length;
  const live = stories.filter((s) => !s.archived);
  return (
    <section aria-labelledby="readiness-title" className="plan-card" id="plan-readiness">
      <h3 id="readiness-title">Recruiter-screen readiness</h3>
      <p>
        <strong>
          {ready} of {items.length}
        </strong>{' '}
        ready.
      </p>
      <ul className="readiness-checklist">
        {items.map((i) => (
          <li key={i.id} className={i.done ? 'done' : undefined}>
            {i.done ? '✓' : '○'} {i.label}
          </li>
        ))}
      </ul>

      <fieldset>
        <legend>Pay number</legend>
        <ReadinessText
          row={row}
          field="compNumber"
          label="Your number (total per year)"
          maxLength={200}
          onSave={save}
        />
        <div role="group" aria-label="Where the number comes from" className="plan-inline">
          {sources.map(([id, label]) => (
            <label key={id}>
              <input
                type="checkbox"
                checked={shown.compSources.includes(id)}
                onChange={(e) => {
                  // Read now: the change runs later, when the control may show something else.
                  const on = e.target.checked;
                  choose((r) => ({
                    ...r,
                    compSources: on
                      ? [...r.compSources.filter((s) => s !== id), id]
                      : r.compSources.filter((s) => s !== id),
                  }));
                }}
              />{' '}
              {label}
            </label>
          ))}
        </div>
        <ReadinessText
          row={row}
          field="compSourceNotes"
          label="Notes on the sources"
          multiline
          maxLength={2000}
          onSave={save}
        />
        <label>
          Researched on{' '}
          <input
            type="date"
            value={shown.compResearchedOn}
            onChange={(e) => {
              const day = e.target.value;
              choose((r) => ({ ...r, compResearchedOn: day }));
            }}
          />
        </label>
        <Warning text={warningOf(items, 'comp')} />
      </fieldset>

      <fieldset>
        <legend>Career arc</legend>
        <ReadinessText
          row={row}
          field="careerArc"
          label="Your career in two minutes"
          multiline
          maxLength={5000}
          hint={`${words} ${words === 1 ? 'word' : 'words'}; about 120–360 fill two minutes spoken.`}
          onSave={save}
        />
        <Warning text={warningOf(items, 'career-arc')} />
      </fieldset>

      <fieldset>
        <legend>What you want next</legend>
        <ReadinessText
          row={row}
          field="wants"
          label="I want"
          multiline
          maxLength={3000}
          onSave={save}
        />
        <ReadinessText
          row={row}
          field="dontWants"
          label="I do not want"
          multiline
          maxLength={3000}
          onSave={save}
        />
        <Warning text={warningOf(items, 'wants')} />
      </fieldset>

      <fieldset>
        <legend>The Keeper Test, on yourself</legend>
        <p>
          If you told your manager tomorrow you were leaving for a similar job, would they fight to
          keep you?
        </p>
        <div
          role="radiogroup"
          aria-label="Would your manager fight to keep you?"
          className="plan-inline"
        >
          {(['yes', 'unsure', 'no'] as const).map((a) => (
            <label key={a}>
              <input
                type="radio"
                name="keeper"
                checked={shown.keeperAnswer === a}
                onChange={() => choose((r) => ({ ...r, keeperAnswer: a }))}
              />{' '}
              {keeperAnswerLabels[a]}
            </label>
          ))}
        </div>
        <ReadinessText
          row={row}
          field="keeperWhy"
          label="Why, and what would change the answer"
          multiline
          maxLength={3000}
          onSave={save}
        />
        <Warning text={warningOf(items, 'keeper')} />
      </fieldset>

      <fieldset>
        <legend>Stories for the thinnest values</legend>
        {thinnest.map((value) => {
          const tagged = live.filter((s) =>
            s.values.some((v) => valueNameKey(v) === valueNameKey(value)),
          );
          const others = live.filter((s) => !tagged.includes(s));
          return (
            <label key={value} className="readiness-field">
              Story planned for {value}{' '}
              <select
                value={shown.plannedStories[value] ?? ''}
                onChange={(e) => {
                  const storyId = e.target.value;
                  choose((r) => {
                    const planned = { ...r.plannedStories };
                    if (storyId) planned[value] = storyId;
                    else delete planned[value];
                    return { ...r, plannedStories: planned };
                  });
                }}
              >
                <option value="">None yet</option>
                {[...tagged, ...others].map((s) => (
                  <option key={s.id} value={s.id}>
                    {(s.title || 'Untitled story') + (tagged.includes(s) ? '' : ' (not tagged)')}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
        <Warning text={warningOf(items, 'thinnest')} />
      </fieldset>
    </section>
  );
}
