import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { jobTerms } from '../../lib/clip/job-terms';
import { listJobPostings } from '../../lib/db/clip-queries';
import { getDb } from '../../lib/db/loopside-db';
import { roundPostingSetting } from '../../lib/settings/settings';
import { useSetting } from './use-setting';

/**
 * The job posting the user is preparing for: its distinctive terms show while writing stories
 * and during rounds. Only clips of kind "job posting" can be chosen.
 */
export function useRoundPosting() {
  const postings = useLiveQuery(() => listJobPostings(getDb()), []);
  const [postingId, setPostingId] = useSetting(roundPostingSetting);
  const posting = postings?.find((p) => p.id === postingId) ?? null;
  const terms = useMemo(() => (posting ? jobTerms(posting.text) : []), [posting]);
  return {
    postings: postings ?? [],
    postingId: posting ? postingId : null,
    setPostingId,
    posting,
    terms,
  };
}
