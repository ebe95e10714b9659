import type { CaptionHealth, Platform } from '../../lib/captions/utterance-schema';
import { platforms } from '../../lib/live/platform-hosts';
import type { LiveCue } from '../../lib/signals/signals-schema';

const stateWords: Record<CaptionHealth['state'], string> = {
  searching: 'looking for the call',
  'not-found': 'caption area not found',
  'captions-off': 'captions are off',
  working: 'reading captions',
  lost: 'lost the caption area',
  refound: 'found the captions again',
};

interface LiveSignalsBarProps {
  health: Partial<Record<Platform, CaptionHealth>>;
  cue: LiveCue | null;
  granted: Partial<Record<Platform, boolean>>;
  onToggleAccess: (platform: Platform, on: boolean) => void;
  speakers: string[];
  selfName: string | null;
  selfKnown: boolean;
  onSelfName: (name: string | null) => void;
  keepTranscripts: boolean;
  onKeepTranscripts: (on: boolean) => void;
  showCallSettings?: boolean;
}

/** One calm line of caption health, at most one cue, and the live-signal settings tucked away. */
export function LiveSignalsBar(props: LiveSignalsBarProps) {
  const reports = platforms.flatMap((p) => {
    const h = props.health[p.id];
    return h ? [{ name: p.name, h }] : [];
  });
  const anyGranted = platforms.some((p) => props.granted[p.id]);
  return (
    <section className="live" aria-label="Live signals">
      {props.cue ? (
        <p className={`cue cue--${props.cue.tone}`} role="status" data-testid="live-cue">
          {props.cue.text}
        </p>
      ) : null}
      {reports.map(({ name, h }) => (
        <p
          key={name}
          className={`live__health live__health--${h.state}`}
          data-testid="caption-health"
          data-state={h.state}
        >
          <strong>{name}:</strong> {stateWords[h.state]}
          {h.state === 'working' || h.state === 'refound' ? null : (
            <span className="muted"> — {h.detail}</span>
          )}
        </p>
      ))}
      {reports.length === 0 && anyGranted ? (
        <p className="live__health muted">
          Live signals are on; open the call tab to start reading captions.
        </p>
      ) : null}
      {props.speakers.length > 0 && !props.selfKnown ? (
        <label className="live__self">
          Which speaker is you?
          <select
            value={props.selfName ?? ''}
            onChange={(e) => props.onSelfName(e.target.value || null)}
          >
            <option value="">Choose…</option>
            {props.speakers.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <details className="live__settings">
        {(props.showCallSettings ?? true) ? (
          <>
            <summary>Live signals from the call’s captions</summary>
            <p className="hint">
              Loopside can read the captions your call already shows, on this computer only, to time
              your answers and notice hedging. Turn it on per site; the browser asks you first.
            </p>
          </>
        ) : (
          <summary>Transcript settings</summary>
        )}
        {((props.showCallSettings ?? true) ? platforms : []).map((p) => (
          <label key={p.id} className="tick">
            <input
              type="checkbox"
              checked={props.granted[p.id] ?? false}
              onChange={(e) => props.onToggleAccess(p.id, e.target.checked)}
            />
            Read captions on {p.name}
          </label>
        ))}
        <label className="tick">
          <input
            type="checkbox"
            checked={props.keepTranscripts}
            onChange={(e) => props.onKeepTranscripts(e.target.checked)}
          />
          Keep a transcript of each answer (stored only here; delete it per round in the workspace)
        </label>
        {props.selfName ? (
          <p className="hint">
            You are “{props.selfName}” in the captions.{' '}
            <button type="button" className="quiet" onClick={() => props.onSelfName(null)}>
              Change
            </button>
          </p>
        ) : null}
      </details>
    </section>
  );
}
