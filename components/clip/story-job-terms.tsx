import { STORY_PROSE_FIELDS } from '../../lib/stories/story-fields';
import { termsUsed } from '../../lib/clip/job-terms';
import type { Story } from '../../lib/stories/story-schema';
import { useRoundPosting } from '../hooks/use-round-posting';
import { JobTermsList } from './job-terms-list';

/** Everything a story says, for matching a posting's terms. */
const storyText = (s: Story) => STORY_PROSE_FIELDS.map((f) => s[f]).join('\n');

/** While writing a story: the chosen posting's terms, the ones this story already uses marked. */
export function StoryJobTerms({ story }: { story: Story }) {
  const { posting, postings, terms } = useRoundPosting();
  if (!posting) {
    // Postings clipped but none chosen: say where the terms come from, rather than nothing.
    return postings.length > 0 ? (
      <p className="hint" data-testid="job-terms-hint">
        Choose a job posting for your round (in the coach panel, under “Job posting for this round”)
        to see its terms here as you write.
      </p>
    ) : null;
  }
  return (
    <JobTermsList title={posting.title} terms={terms} used={termsUsed(storyText(story), terms)} />
  );
}

/** A story-list mark: this story uses words from the posting being practised for. */
export function PostingTermsBadge({ story, terms }: { story: Story; terms: readonly string[] }) {
  const used = terms.length ? termsUsed(storyText(story), terms) : [];
  if (!used.length) return null;
  return (
    <span className="badge badge--terms" title={used.join(', ')}>
      Uses posting terms · {used.length}
    </span>
  );
}
