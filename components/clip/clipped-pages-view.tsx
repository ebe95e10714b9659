import '../styles/clip.css';
import { useState } from 'react';
import { jobTerms } from '../../lib/clip/job-terms';
import { CLIP_KIND_LABELS, CLIP_KINDS, type ClipKind } from '../../lib/clip/clip-kinds';
import type { ClippedPage } from '../../lib/clip/clip-schema';
import { useClips } from '../hooks/use-clips';
import { useRoundPosting } from '../hooks/use-round-posting';
import { UndoToast } from '../stories/undo-toast';
import { ClipReaderView } from './clip-reader-view';
import { FrameworkDraftEditor } from './framework-draft-editor';
import { JobTermsList } from './job-terms-list';
import { formatMoment } from '../../lib/format/format-moment';

const formatDate = (ms: number) => formatMoment(ms);

/** The workspace's "Clipped pages" section: each clip with its source, kind and readable text. */
export function ClippedPagesView() {
  const { clips, removed, remove, undo, setKind } = useClips();
  if (clips === undefined) return <p className="loading">Loading…</p>;
  return (
    <section className="clipped-pages" aria-labelledby="clips-heading">
      <h2 id="clips-heading">Clipped pages</h2>
      {removed ? (
        <UndoToast message={`Deleted “${removed.title}”.`} onUndo={() => void undo()} />
      ) : null}
      {clips.length === 0 ? (
        <p className="quiet">
          No clipped pages yet. Open a job posting, a culture memo or a company’s values page, then
          choose “Clip this page to Loopside” in the coach panel or in the page’s right-click menu.
        </p>
      ) : (
        <ul className="clipped-pages__list">
          {clips.map((c) => (
            <li key={c.id}>
              <ClipCard
                clip={c}
                onDelete={() => void remove(c.id)}
                onKind={(k) => void setKind(c.id, k)}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ClipCard({
  clip,
  onDelete,
  onKind,
}: {
  clip: ClippedPage;
  onDelete: () => void;
  onKind: (k: ClipKind) => void;
}) {
  const [open, setOpen] = useState<'none' | 'read' | 'framework'>('none');
  const posting = useRoundPosting();
  const tied = posting.postingId === clip.id;
  return (
    <article className="clip-card" aria-labelledby={`clip-${clip.id}`}>
      <h3 id={`clip-${clip.id}`}>{clip.title}</h3>
      <p className="clip-card__meta">
        <a href={clip.url} target="_blank" rel="noreferrer noopener">
          {clip.url}
        </a>
        <br />
        Clipped {formatDate(clip.clippedAt)}
      </p>
      <label>
        Kind{' '}
        <select value={clip.kind} onChange={(e) => onKind(e.target.value as ClipKind)}>
          {CLIP_KINDS.map((k) => (
            <option key={k} value={k}>
              {CLIP_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <div className="clip-card__actions">
        <button
          type="button"
          aria-expanded={open === 'read'}
          onClick={() => setOpen(open === 'read' ? 'none' : 'read')}
        >
          {open === 'read' ? 'Hide' : 'Read'} “{clip.title}”
        </button>
        {clip.kind !== 'job-posting' ? (
          <button type="button" onClick={() => setOpen('framework')}>
            Make a framework from this page
          </button>
        ) : (
          <button type="button" onClick={() => void posting.setPostingId(tied ? null : clip.id)}>
            {tied ? 'Stop practising for this posting' : 'Practise for this posting'}
          </button>
        )}
        <button type="button" onClick={onDelete}>
          Delete “{clip.title}”
        </button>
      </div>
      {clip.kind === 'job-posting' ? (
        <JobTermsList title={clip.title} terms={jobTerms(clip.text)} />
      ) : null}
      {open === 'read' ? <ClipReaderView html={clip.html} text={clip.text} /> : null}
      {open === 'framework' ? (
        <FrameworkDraftEditor clip={clip} onClose={() => setOpen('none')} />
      ) : null}
    </article>
  );
}
