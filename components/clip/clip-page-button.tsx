import '../styles/clip.css';
import { CLIP_KIND_LABELS } from '../../lib/clip/clip-kinds';
import { useClipPage } from '../hooks/use-clip-page';

/** "Clip this page to Loopside": reads the tab beside the panel and says what happened. */
export function ClipPageButton({ workspaceHref }: { workspaceHref: string }) {
  const { state, clip } = useClipPage();
  return (
    <section className="clip-page" aria-label="Clip a page">
      <button type="button" onClick={() => void clip()} disabled={state.step === 'working'}>
        {state.step === 'working' ? 'Clipping…' : 'Clip this page to Loopside'}
      </button>
      {state.step === 'done' ? (
        <p role="status">
          Clipped “{state.title}” as {CLIP_KIND_LABELS[state.kind].toLowerCase()}.{' '}
          <a href={`${workspaceHref}#clips`} target="_blank" rel="noreferrer">
            Read it in the workspace
          </a>
        </p>
      ) : state.step === 'failed' ? (
        <p role="alert" className="error">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}
