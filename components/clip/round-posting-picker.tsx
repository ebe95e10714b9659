import { useRoundPosting } from '../hooks/use-round-posting';
import { JobTermsList } from './job-terms-list';

/**
 * Ties practice to a clipped job posting. Before a round: a choice of posting. During a round:
 * the posting's terms, so answers can use the company's own words.
 */
export function RoundPosting({ inRound, usedText = '' }: { inRound: boolean; usedText?: string }) {
  const { postings, postingId, setPostingId, posting, terms } = useRoundPosting();
  if (!postings.length) return null;
  if (inRound) {
    if (!posting) return null;
    const lower = usedText.toLowerCase();
    return (
      <JobTermsList
        title={posting.title}
        terms={terms}
        used={terms.filter((t) => lower.includes(t))}
      />
    );
  }
  return (
    <label className="round-posting">
      Job posting for this round{' '}
      <select value={postingId ?? ''} onChange={(e) => void setPostingId(e.target.value || null)}>
        <option value="">None</option>
        {postings.map((p) => (
          <option key={p.id} value={p.id}>
            {p.title}
          </option>
        ))}
      </select>
    </label>
  );
}
