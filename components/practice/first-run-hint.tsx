/** Shown above the round types while the story bank is empty: stories come first. */
export function FirstRunHint({ workspaceHref }: { workspaceHref: string }) {
  return (
    <aside className="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">New here? Stories first</h2>
      <p>
        Rounds go better with a few true stories ready to find mid-answer. Write them in the
        workspace, then come back and start a round.
      </p>
      <p>
        <a href={`${workspaceHref}#stories`} target="_blank" rel="noreferrer">
          Write your first stories
        </a>
      </p>
    </aside>
  );
}
