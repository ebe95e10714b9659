import { useState } from 'react';

/** Where the interviewer pastes the part of the loop plan the candidate sent them. */
export function PlanImport({ onImport }: { onImport: (text: string) => Promise<string[]> }) {
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <form
      className="plan-import"
      aria-label="Start an interview from a loop plan"
      onSubmit={(e) => {
        e.preventDefault();
        void onImport(text).then((p) => {
          setProblems(p);
          if (p.length === 0) setText('');
        });
      }}
    >
      <h2>Start an interview</h2>
      <p className="hint">
        The candidate plans the loop in their Loopside workspace and sends each interviewer a block.
        Paste yours here (a whole chat message is fine): it tells this panel which values to ask
        about. Nothing of the candidate’s stories or notes comes with it.
      </p>
      <label className="notes__label">
        Your part of the loop plan
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={4} />
      </label>
      {problems.length > 0 ? (
        <div role="alert" className="error">
          <p>Nothing was started:</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <button type="submit" className="primary" disabled={text.trim() === ''}>
        Start from this plan
      </button>
    </form>
  );
}
