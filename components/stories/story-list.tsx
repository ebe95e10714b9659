import { isBlankStory } from '../../lib/stories/is-blank-story';
import type { Story } from '../../lib/stories/story-schema';

export interface StoryListItem {
  story: Story;
  gapCount: number;
}

export function StoryList({
  items,
  selectedId,
  onSelect,
}: {
  items: readonly StoryListItem[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}) {
  return (
    <ul className="story-list" aria-label="Stories">
      {items.map(({ story, gapCount }) => (
        <li key={story.id}>
          <button
            type="button"
            className={`story-item ${story.id === selectedId ? 'is-selected' : ''}`}
            aria-current={story.id === selectedId ? 'true' : undefined}
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
              {story.values.map((v) => (
                <span key={v} className="chip" dir="auto">
                  {v}
                </span>
              ))}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
