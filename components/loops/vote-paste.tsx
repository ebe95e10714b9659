import { useState } from 'react';
import type { VoteImportPlan } from '../../lib/peer/import-votes';

type Result = VoteImportPlan & { added: number };

/** Paste one vote block, several, or a whole chat; a bad block stores nothing unless you say so. */
export function VotePaste({
  onImport,
}: {
  onImport: (text: string, acceptPartial: boolean) => Promise<Result>;
}) {
  const [text, setText] = useState('');
  const [result, setResult] = useState<Result | null>(null);
  const run = (partial: boolean) =>
    void onImport(text, partial).then((r) => {
      setResult(r);
      if (r.problems.length === 0 || partial) setText('');
    });
  return (
    <form
      className="vote-paste"
      aria-label="Paste votes"
      onSubmit={(e) => {
        e.preventDefault();
        run(false);
      }}
    >
      <label className="notes__label">
        Paste votes (one block, several, or a whole chat)
        <textarea value={text} rows={4} onChange={(e) => setText(e.target.value)} />
      </label>
      <button type="submit" disabled={text.trim() === ''}>
        Import votes
      </button>
      {result && result.problems.length > 0 ? (
        <div role="alert" className="error">
          <p>
            {result.added > 0
              ? `Imported ${result.added}; these were left out:`
              : 'Nothing was imported:'}
          </p>
          <ul>
            {result.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          {result.added === 0 && result.good > 0 ? (
            <button type="button" onClick={() => run(true)}>
              Import the {result.good} valid {result.good === 1 ? 'vote' : 'votes'} only
            </button>
          ) : null}
        </div>
      ) : null}
      {result && result.problems.length === 0 ? (
        <p role="status">
          {result.added > 0
            ? `${result.added} ${result.added === 1 ? 'vote' : 'votes'} in.`
            : 'No new votes.'}{' '}
          {result.notes.join(' ')}
        </p>
      ) : null}
    </form>
  );
}
