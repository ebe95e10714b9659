import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { remapStoryValues } from '../../lib/coverage/remap-values';
import { createStoryFilter, searchTerms } from '../../lib/stories/filter-stories';
import { createBankRows } from '../../lib/stories/bank-rows';
import type { StoredFrameworkChoice } from '../../lib/db/framework-choice';
import { FIRST_SCREEN_STORIES as FIRST_SCREEN } from '../../lib/stories/first-screen-stories';
import type { Story } from '../../lib/stories/story-schema';
import { useFrameworks } from '../hooks/use-frameworks';
import { useAfterPaint } from '../hooks/use-after-paint';
import { useAllStories } from '../hooks/use-all-stories';
import { useCountedBank } from '../hooks/use-counted-bank';
import { useRecentStories, useStoryActions } from '../hooks/use-stories';
import '../styles/stories.css';
import { StoryEditor } from './story-editor';
import { StoryList } from './story-list';
import { UndoToast } from './undo-toast';

/** Long enough to notice the mistake and reach the button; short enough not to linger. */
const UNDO_MS = 8000;

/** The bank's first screen, read before the page's first render (see lib/db/workspace-start.ts). */
interface StoryBankStart {
  recentStories: Story[];
  frameworks: StoredFrameworkChoice;
}

export function StoryBank({
  valueFilter,
  start,
}: {
  valueFilter: string | null;
  start?: StoryBankStart;
}) {
  // The newest stories come first and cheaply; the whole bank (counts, filters, scrolling) is read
  // once that first screen has painted, so opening a bank of thousands is not one long wait.
  const [headSeen, setHeadSeen] = useState(false);
  const { active } = useFrameworks(start?.frameworks);
  const names = useMemo(() => active.values.map((v) => v.name), [active]);
  const bankRows = useMemo(() => createBankRows(), []);
  const countRows = useCallback(
    (bank: readonly Story[], from: number, deadline: number) =>
      bankRows.warm(bank, names, from, deadline),
    [bankRows, names],
  );
  // The whole bank is shown once every story's gaps are counted, a slice per task: at 10,000
  // stories that count took one task of 110-218 ms, a click's worth of lag after opening.
  const full = useCountedBank(useAllStories(useAfterPaint(headSeen)), countRows);
  const head = useRecentStories(full === undefined ? FIRST_SCREEN : 0, start?.recentStories);
  // Set during render (React's pattern for state derived from a changing input).
  if (!headSeen && head !== undefined) setHeadSeen(true);
  // A first screen that came back short is the whole bank: a new or small bank is complete at once.
  const complete = full !== undefined || (head !== undefined && head.length < FIRST_SCREEN);
  const stories = full ?? head;
  const actions = useStoryActions();
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [newId, setNewId] = useState<string | undefined>();
  const [showArchived, setShowArchived] = useState(false);
  const [deleted, setDeleted] = useState<Story | null>(null);
  const [query, setQuery] = useState('');
  // Typing stays quick in a big bank: the list catches up with the box a moment later.
  const deferredQuery = useDeferredValue(query);

  useEffect(() => {
    if (!deleted) return;
    const timer = setTimeout(() => setDeleted(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [deleted]);

  const all = useMemo(() => stories ?? [], [stories]);
  const {
    rows: items,
    liveCount,
    strongCount,
  } = useMemo(
    () => bankRows(all, { showArchived, valueFilter, valueNames: names }),
    [bankRows, all, showArchived, valueFilter, names],
  );
  const filterStories = useMemo(() => createStoryFilter(), []);
  const shown = useMemo(
    () => filterStories(items, deferredQuery, (i) => i.story),
    [filterStories, items, deferredQuery],
  );
  const searching = searchTerms(deferredQuery).length > 0;
  // Until a just-created story arrives from the database, show nothing rather than another story.
  // A story just archived leaves the list, and the editor moves on with it unless archived stories
  // are shown.
  const chosen = all.find((s) => s.id === selectedId);
  const selected =
    (chosen && (showArchived || !chosen.archived) ? chosen : undefined) ??
    (selectedId !== undefined && selectedId === newId ? undefined : shown[0]?.story);
  // The count says what the list shows: all of it, or how many of the bank a filter or a search
  // leaves (archived stories count in both while they are shown).
  const total = showArchived ? all.length : liveCount;
  const narrowed = !!valueFilter || searching;

  const select = (id: string) => {
    setSelectedId(id);
    setNewId(undefined);
  };
  // After archive, delete or undo the editor under the focused button is gone or replaced: focus
  // goes to the story now selected in the list, once the list no longer shows the story that left
  // (or shows the one that came back), or to the bank's heading when no story is left.
  const sectionRef = useRef<HTMLElement | null>(null);
  const refocus = useRef<{ gone?: string; back?: string } | null>(null);
  useEffect(() => {
    const want = refocus.current;
    const root = sectionRef.current;
    if (!want || !root) return;
    if (want.gone && shown.some((i) => i.story.id === want.gone)) return;
    if (want.back && selected?.id !== want.back) return;
    const row = root.querySelector<HTMLElement>('.story-list button[aria-current="true"]');
    (row ?? root.querySelector<HTMLElement>('#story-bank-title'))?.focus();
    refocus.current = null;
  }, [shown, selected?.id]);
  const archived = (id: string, archiving: boolean) => {
    setNewId(undefined);
    if (archiving && !showArchived) refocus.current = { gone: id };
  };
  const createStory = async () => {
    // Starting from a filtered view most likely means a story for that value.
    const preset = valueFilter ? remapStoryValues([valueFilter], active).kept : [];
    // Select the new story before it is written, so the old editor is gone at once and nothing
    // typed straight after the click can land in the previous story.
    const id = crypto.randomUUID();
    setNewId(id);
    setSelectedId(id);
    await actions.create(preset, id);
  };
  const duplicate = async (id: string) => {
    const copyId = await actions.duplicate(id);
    if (copyId) select(copyId);
  };
  const remove = async (id: string) => {
    refocus.current = { gone: id };
    const story = await actions.remove(id);
    setSelectedId(undefined);
    if (story) setDeleted(story);
  };
  const undo = async () => {
    if (!deleted) return;
    const story = deleted;
    setDeleted(null);
    refocus.current = { back: story.id };
    await actions.restore(story);
    select(story.id);
  };

  return (
    <section className="story-bank" aria-labelledby="story-bank-title" ref={sectionRef}>
      <header className="story-bank__header">
        <h2 id="story-bank-title" tabIndex={-1}>
          Story bank
        </h2>
        {stories && !complete ? <p className="muted counting">Counting stories…</p> : null}
        {complete ? (
          <p className="muted">
            {narrowed ? `${shown.length} of ` : ''}
            {total} {total === 1 ? 'story' : 'stories'}
            {narrowed ? '' : ` · ${strongCount} strong`}
          </p>
        ) : null}
        <div className="story-bank__actions">
          <button type="button" className="primary" onClick={() => void createStory()}>
            New story
          </button>
          <label className="story-bank__toggle">
            <input
              type="checkbox"
              checked={showArchived}
              onChange={(e) => {
                setShowArchived(e.target.checked);
                setNewId(undefined);
              }}
            />
            Show archived
          </label>
          <button
            type="button"
            disabled={!complete || liveCount === 0}
            onClick={() => actions.exportMarkdown(all, active)}
          >
            Export as Markdown
          </button>
        </div>
      </header>
      {valueFilter ? (
        <p className="story-bank__filter">
          Showing stories for <strong dir="auto">{valueFilter}</strong> ·{' '}
          <a href="#stories">clear</a>
        </p>
      ) : null}
      <div className="story-bank__body">
        <div className="story-bank__list">
          <p className="story-bank__search">
            <label htmlFor="story-bank-search">Search stories</label>
            <input
              id="story-bank-search"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder="Title or any part of the story"
              autoComplete="off"
              spellCheck={false}
            />
          </p>
          {stories === undefined ? <p className="empty">Loading stories…</p> : null}
          {stories !== undefined && !complete && items.length === 0 ? (
            <p className="empty">Loading stories…</p>
          ) : null}
          {complete && items.length === 0 ? (
            <p className="empty empty--none">
              {valueFilter
                ? `No stories tagged ${valueFilter} yet.`
                : 'No stories yet. Start with a time you made a hard call and stood by it.'}
            </p>
          ) : null}
          {items.length > 0 && shown.length === 0 && searching ? (
            <p className="empty empty--none" role="status">
              No story matches “{deferredQuery.trim()}”.{' '}
              <button type="button" className="linkish" onClick={() => setQuery('')}>
                Clear search
              </button>
            </p>
          ) : null}
          <StoryList items={shown} selectedId={selected?.id} onSelect={select} />
        </div>
        <div className="story-bank__editor">
          {selected ? (
            <StoryEditor
              key={selected.id}
              story={selected}
              framework={active}
              focusTitle={selected.id === newId}
              onDuplicate={(id) => void duplicate(id)}
              onDelete={(id) => void remove(id)}
              onArchived={archived}
            />
          ) : stories && all.length > 0 ? (
            <p className="empty">Pick a story on the left to edit it.</p>
          ) : null}
        </div>
      </div>
      {deleted ? <UndoToast message="Story deleted" onUndo={() => void undo()} /> : null}
    </section>
  );
}
