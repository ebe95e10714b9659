import { useState } from 'react';
import { useFocusChoiceOnShow } from '../hooks/use-focus-choice-on-show';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { findPreset, roundPresets } from '../../lib/practice/round-presets';
import type { RoleTrack } from '../../lib/practice/round-topics';

interface StartRoundInput {
  presetId: string;
  minutes: number;
  valueIds?: string[];
  role?: RoleTrack;
}

const roleNames: Record<RoleTrack, string> = {
  engineer: 'Engineer',
  pm: 'Product manager',
  designer: 'Designer',
};

export function RoundSetup({
  framework,
  onStart,
  onColdStart,
  focusOnShow = false,
  onFocused,
}: {
  framework: Framework;
  onStart: (input: StartRoundInput) => void;
  /** One random value prompt with the answer timer already running. */
  onColdStart?: () => void;
  /** Focus the chosen round type as the form shows (it replaced the debrief the user was on). */
  focusOnShow?: boolean;
  onFocused?: () => void;
}) {
  const formRef = useFocusChoiceOnShow<HTMLFormElement>(focusOnShow, onFocused);
  const [presetId, setPresetId] = useState(roundPresets[0]?.id ?? 'onsite');
  const preset = findPreset(presetId);
  const [minutesByPreset, setMinutesByPreset] = useState<Record<string, number>>({});
  const minutes = minutesByPreset[presetId] ?? preset?.minutes ?? 45;
  const [valueIds, setValueIds] = useState<string[] | null>(null);
  const chosen = valueIds ?? framework.values.map((v) => v.id);
  const ranged = preset && preset.minMinutes !== preset.maxMinutes;
  const [role, setRole] = useState<RoleTrack>('engineer');

  return (
    <form
      ref={formRef}
      className="setup"
      aria-label="Set up a practice round"
      onSubmit={(e) => {
        e.preventDefault();
        onStart({
          presetId,
          minutes,
          valueIds: presetId === 'custom' ? chosen : undefined,
          role: presetId === 'role-screen' ? role : undefined,
        });
      }}
    >
      <fieldset className="presets">
        <legend>Which round are you practising?</legend>
        {roundPresets.map((p) => (
          <label key={p.id} className={`preset ${p.id === presetId ? 'is-on' : ''}`}>
            <input
              type="radio"
              name="preset"
              value={p.id}
              checked={p.id === presetId}
              onChange={() => setPresetId(p.id)}
            />
            <span className="preset__name">{p.name}</span>
            <span className="preset__meta">
              {p.minMinutes === p.maxMinutes
                ? `${p.minutes} min`
                : `${p.minMinutes}–${p.maxMinutes} min`}
            </span>
            <span className="preset__description">{p.description}</span>
          </label>
        ))}
      </fieldset>
      {ranged || presetId === 'custom' ? (
        <label className="minutes">
          Length (minutes)
          <input
            type="number"
            min={preset?.minMinutes ?? 5}
            max={preset?.maxMinutes ?? 180}
            value={minutes}
            onChange={(e) =>
              setMinutesByPreset((m) => ({
                ...m,
                [presetId]: Math.max(1, Number(e.target.value) || 1),
              }))
            }
          />
        </label>
      ) : null}
      {presetId === 'role-screen' ? (
        <label className="minutes">
          Your track
          <select value={role} onChange={(e) => setRole(e.target.value as RoleTrack)}>
            {(Object.keys(roleNames) as RoleTrack[]).map((r) => (
              <option key={r} value={r}>
                {roleNames[r]}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {presetId === 'custom' ? (
        <fieldset className="value-picks">
          <legend>Values to practise</legend>
          {framework.values.map((v) => (
            <label key={v.id} className="tick">
              <input
                type="checkbox"
                checked={chosen.includes(v.id)}
                onChange={(e) =>
                  setValueIds(
                    e.target.checked ? [...chosen, v.id] : chosen.filter((id) => id !== v.id),
                  )
                }
              />
              {v.name}
            </label>
          ))}
          {chosen.length === 0 ? (
            <p className="hint" id="no-values-picked">
              Tick at least one value to start a custom round.
            </p>
          ) : null}
        </fieldset>
      ) : null}
      <button
        type="submit"
        className="primary"
        disabled={presetId === 'custom' && chosen.length === 0}
        aria-describedby={
          presetId === 'custom' && chosen.length === 0 ? 'no-values-picked' : undefined
        }
      >
        Start round
      </button>
      {onColdStart ? (
        <p className="cold-start">
          <button type="button" onClick={onColdStart} aria-keyshortcuts="c">
            Cold start drill
          </button>{' '}
          <span className="hint">
            One random value prompt, timer running at once: answer as if to someone who knows
            nothing about you. Key <kbd>c</kbd>.
          </span>
        </p>
      ) : null}
    </form>
  );
}
