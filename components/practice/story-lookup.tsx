import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { StorySearchHit, StorySearchOptions } from '../../lib/search/story-search';
import type { Story } from '../../lib/stories/story-schema';
import { valueLineNudge } from '../../lib/stories/value-line-nudge';
import { CueCard } from './cue-card';

export interface StoryLookupProps {
  stories: readonly Story[];
  byId: ReadonlyMap<string, Story>;
  /** Changes identity whenever the bank changes. */
  search: (query: string, opts?: StorySearchOptions) => StorySearchHit[];
  /** The value of the current prompt, or null for topic prompts. */
  valueName: string | null;
  /** Stories already linked to this answer. */
  linkedIds: readonly string[];
  /** Links the story to this answer (and counts it as practised). */
  onUse: (storyId: string) => void;
  onUnuse: (storyId: string) => void;
  /** Other values in this round the story already answered. */
  otherUses: (storyId: string) => string[];
  /** Where the empty bank sends the candidate to write stories. */
  workspaceHref?: string;
  /**
   * The bank has been read (default true): until then an empty `stories` means "not known yet",
   * not "no stories", and the lookup says it is reading rather than that the bank is empty.
   */
  read?: boolean;
  /** Some stories are not searchable yet: results may grow in a moment. */
  indexing?: boolean;
}

type SuggestStories = typeof import('../../lib/stories/suggest-stories').suggestStories;
// Suggestions rate stories with the completeness rules, which the panel's first paint does not
// need: they load with the first lookup and stay for every later prompt.
let loadedSuggest: SuggestStories | null = null;
const loadSuggest = () =>
  import('../../lib/stories/suggest-stories').then((m) => (loadedSuggest = m.suggestStories));

export function StoryLookup({
  stories,
  byId,
  search,
  valueName,
  linkedIds,
  onUse,
  onUnuse,
  otherUses,
  workspaceHref,
  read = true,
  indexing = false,
}: StoryLookupProps) {
  const [query, setQuery] = useState('');
  const [onlyValue, setOnlyValue] = useState(false);
  const [active, setActive] = useState(0);
  const [openId, setOpenId] = useState<string | null>(null);
  const listId = useId();

  const hits = useMemo(
    () => search(query, { value: onlyValue && valueName ? valueName : undefined, limit: 8 }),
    [search, query, onlyValue, valueName],
  );
  const [suggestStories, setSuggestStories] = useState<SuggestStories | null>(() => loadedSuggest);
  useEffect(() => {
    if (!suggestStories) void loadSuggest().then((f) => setSuggestStories(() => f));
  }, [suggestStories]);
  const suggestions = useMemo(
    () => (valueName && suggestStories ? suggestStories(stories, valueName, 3) : []),
    [stories, valueName, suggestStories],
  );
  const open = openId ? byId.get(openId) : undefined;

  // Opening a card is only looking; the story counts as used when the candidate says so.
  const choose = (id: string) => setOpenId(id);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, Math.max(hits.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active];
      if (hit) choose(hit.id);
    } else if (e.key === 'Escape') {
      // One Esc clears the search, closes its card and leaves the field (the view's keys take
      // over from its heading), as the keys hint says; the search is a `/` away again.
      setQuery('');
      setOpenId(null);
    }
  };

  const uses = open ? otherUses(open.id) : [];
  const warnings = [
    uses.length
      ? `Already used for ${uses.join(' and ')} in this round — a second story would show more range.`
      : null,
    open ? valueLineNudge(open.valueLine, valueName) : null,
  ].filter((w): w is string => w !== null);
  const warning = warnings.length ? warnings.join(' ') : null;

  return (
    <section className="lookup" aria-label="Story lookup">
      {suggestions.length > 0 ? (
        <div className="suggestions">
          <span className="suggestions__label">For {valueName}:</span>
          {suggestions.map((s) => (
            <button
              key={s.id}
              type="button"
              className={`chip ${linkedIds.includes(s.id) ? 'is-on' : ''}`}
              onClick={() => choose(s.id)}
              dir="auto"
            >
              {s.title || 'Untitled story'}
            </button>
          ))}
        </div>
      ) : valueName && stories.length > 0 && suggestStories ? (
        <p className="hint">No story tagged {valueName} yet.</p>
      ) : null}
      <div className="lookup__bar">
        <label className="lookup__label" htmlFor="story-search">
          Search your stories
        </label>
        <input
          id="story-search"
          type="search"
          role="combobox"
          aria-expanded={hits.length > 0}
          aria-controls={listId}
          aria-activedescendant={hits[active] ? `${listId}-${active}` : undefined}
          aria-autocomplete="list"
          autoComplete="off"
          placeholder={stories.length || !read ? 'Type a few letters…' : 'No stories yet'}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        {valueName ? (
          <label className="tick lookup__only">
            <input
              type="checkbox"
              checked={onlyValue}
              onChange={(e) => setOnlyValue(e.target.checked)}
            />
            Only {valueName}
          </label>
        ) : null}
      </div>
      {!read ? (
        <p className="hint" role="status">
          Reading your stories…
        </p>
      ) : stories.length === 0 ? (
        <p className="hint empty-bank">
          Your story bank is empty: answers land better with a story ready.{' '}
          {workspaceHref ? (
            <a href={`${workspaceHref}#stories`} target="_blank" rel="noreferrer">
              Write your first stories in the workspace
            </a>
          ) : null}
        </p>
      ) : null}
      {hits.length > 0 ? (
        <ul id={listId} role="listbox" className="lookup__results" aria-label="Matching stories">
          {hits.map((h, i) => (
            <li
              key={h.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'is-active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(h.id);
              }}
              dir="auto"
            >
              {h.title || 'Untitled story'}
              {linkedIds.includes(h.id) ? <span className="muted"> · used</span> : null}
            </li>
          ))}
        </ul>
      ) : query.trim() ? (
        <p className="hint" role="status">
          {indexing
            ? `Nothing for “${query}” yet: your stories are still being indexed.`
            : `No story matches “${query}”.`}
        </p>
      ) : null}
      {hits.length > 0 && indexing ? (
        <p className="hint" role="status">
          Still indexing your stories: more matches may appear.
        </p>
      ) : null}
      {open ? (
        <CueCard
          story={open}
          warning={warning}
          used={linkedIds.includes(open.id)}
          onUse={() => onUse(open.id)}
          onUnuse={() => onUnuse(open.id)}
          onClose={() => {
            setOpenId(null);
            // The card and its buttons are gone: focus goes back to the search it came from.
            document.getElementById('story-search')?.focus();
          }}
        />
      ) : null}
    </section>
  );
}
