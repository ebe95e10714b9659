import { BUILTIN_FRAMEWORK_IDS } from '../../lib/frameworks/builtin-framework-ids';
import { useFrameworkImport } from '../hooks/use-framework-import';
import { useFrameworks } from '../hooks/use-frameworks';
import { countOf } from '../../lib/format/count-of';

/** The value frameworks: the ones Loopside ships, the user's own, and importing a pack. */
export function FrameworksView() {
  const { frameworks, active, setActive } = useFrameworks();
  const { state, importFile, remove, removed, undoRemove, downloadTemplate } = useFrameworkImport();
  return (
    <section aria-labelledby="frameworks-title" className="frameworks">
      <h2 id="frameworks-title">Value frameworks</h2>
      <p className="hint">
        The framework decides which values the coach asks about and which the coverage map counts.
        Write your own as a JSON file (start from a copy of one below) and import it here.
      </p>
      <ul className="frameworks__list" aria-label="Frameworks">
        {frameworks.map((f) => (
          <li key={f.id} className="frameworks__item" data-testid="framework-row">
            <strong>{f.name}</strong> · {countOf(f.values.length, 'value')} ·{' '}
            {countOf(f.probes.length, 'probe')}
            {f.date ? ` · ${f.date}` : ''}
            <span className="muted"> · {f.source}</span>
            <div className="frameworks__actions">
              {f.id === active.id ? (
                <span className="badge">In use</span>
              ) : (
                <button type="button" onClick={() => void setActive(f.id)}>
                  Use this one
                </button>
              )}
              <button type="button" className="quiet" onClick={() => downloadTemplate(f)}>
                Download a copy to edit
              </button>
              {BUILTIN_FRAMEWORK_IDS.includes(f.id) ? null : (
                <button type="button" className="quiet" onClick={() => void remove(f.id)}>
                  Remove {f.name}
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {removed ? (
        <p role="status">
          Removed “{(removed.pack as { name?: string }).name ?? removed.id}”.{' '}
          <button type="button" onClick={() => void undoRemove()}>
            Undo
          </button>
        </p>
      ) : null}
      <label className="frameworks__import">
        Import a framework file
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            void importFile(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </label>
      {state.step === 'working' ? <p role="status">Checking “{state.fileName}”…</p> : null}
      {state.step === 'invalid' ? (
        <div role="alert" className="error">
          <p>“{state.fileName}” was not imported; nothing changed.</p>
          <p>{state.error}</p>
        </div>
      ) : null}
      {state.step === 'done' ? (
        <p role="status">
          {state.replaced ? 'Updated' : 'Added'} “{state.name}”.
        </p>
      ) : null}
    </section>
  );
}
