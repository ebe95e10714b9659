import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { isBlankStory } from '../../lib/stories/is-blank-story';
import type { Story } from '../../lib/stories/story-schema';
import { listWindow } from '../../lib/stories/list-window';
import { PostingTermsBadge } from '../clip/story-job-terms';
import { useRoundPosting } from '../hooks/use-round-posting';
import '../styles/story-list-window.css';

interface StoryListItem {
  story: Story;
  gapCount: number;
}

/** Up to this many stories render in full; past it only the rows in view (and a margin) do. */
export const FULL_LIST_MAX = 150;
/** Row height in the windowed list, in px; matches story-list-window.css. */
const ROW_PX = 64;
/** Before the list has been measured (and in layouts that report no size). */
const FALLBACK_VIEW_PX = 800;

function StoryRow({
  item: { story, gapCount },
  selected,
  onSelect,
  terms,
}: {
  item: StoryListItem;
  selected: boolean;
  onSelect: (id: string) => void;
  terms: readonly string[];
}) {
  return (
    <button
      type="button"
      className={`story-item ${selected ? 'is-selected' : ''}`}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(story.id)}
    >
      <span className="story-item__title" dir="auto">
        {story.title.trim() || 'Untitled story'}
      </span>
      <span className="story-item__meta">
        {gapCount === 0 ? (
          <span className="badge badge--strong">Strong</span>
        ) : isBlankStory(story) ? (
          <span className="badge">Not started</span>
        ) : (
          <span className="badge badge--weak">{gapCount} to add</span>
        )}
        {story.archived ? <span className="badge badge--archived">Archived</span> : null}
        <PostingTermsBadge story={story} terms={terms} />
        {story.values.map((v) => (
          <span key={v} className="chip" dir="auto">
            {v}
          </span>
        ))}
      </span>
    </button>
  );
}

/**
 * The story list. A big bank (thousands of stories) renders only the rows in view, so opening the
 * workspace and typing stay quick; each row still says its place in the whole list to assistive
 * technology (aria-setsize / aria-posinset).
 */
export function StoryList({
  items,
  selectedId,
  onSelect,
}: {
  items: readonly StoryListItem[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { terms } = useRoundPosting();
  const windowed = items.length > FULL_LIST_MAX;
  const ref = useRef<HTMLUListElement>(null);
  const [view, setView] = useState({ top: 0, height: FALLBACK_VIEW_PX });

  useEffect(() => {
    const el = ref.current;
    if (!windowed || !el) return;
    const measure = () =>
      setView({ top: el.scrollTop, height: el.clientHeight || FALLBACK_VIEW_PX });
    measure();
    el.addEventListener('scroll', measure, { passive: true });
    window.addEventListener('resize', measure);
    return () => {
      el.removeEventListener('scroll', measure);
      window.removeEventListener('resize', measure);
    };
  }, [windowed]);

  if (!windowed) {
    return (
      <ul className="story-list" aria-label="Stories">
        {items.map((item) => (
          <li key={item.story.id}>
            <StoryRow
              item={item}
              selected={item.story.id === selectedId}
              onSelect={onSelect}
              terms={terms}
            />
          </li>
        ))}
      </ul>
    );
  }

  const { first, last } = listWindow(items.length, ROW_PX, view.top, view.height);
  const spacer = (rows: number): CSSProperties => ({ height: rows * ROW_PX });
  return (
    <ul ref={ref} className="story-list story-list--windowed" aria-label="Stories">
      <li aria-hidden="true" className="story-list__spacer" style={spacer(first)} />
      {items.slice(first, last).map((item, i) => (
        <li
          key={item.story.id}
          className="story-list__row"
          aria-setsize={items.length}
          aria-posinset={first + i + 1}
        >
          <StoryRow
            item={item}
            selected={item.story.id === selectedId}
            onSelect={onSelect}
            terms={terms}
          />
        </li>
      ))}
      <li aria-hidden="true" className="story-list__spacer" style={spacer(items.length - last)} />
    </ul>
  );
}
