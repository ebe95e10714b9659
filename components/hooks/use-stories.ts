import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { downloadText } from '../../lib/browser/download-text';
import { localDay } from '../../lib/format/local-day';
import { getDb } from '../../lib/db/loopside-db';
import { noteEdit } from '../../lib/backup/edit-counter';
import { applyFieldEdit, type StoryTextField } from '../../lib/stories/story-field-edit';
import {
  deleteStory,
  duplicateStory,
  putStory,
  recentStories,
  updateStory,
} from '../../lib/db/story-queries';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { emptyStory, type Story } from '../../lib/stories/story-schema';
import { storiesToMarkdown } from '../../lib/stories/stories-to-markdown';

/**
 * The `limit` most recently edited stories, read quickly for a first screen; `initial` (read
 * before the first render) shows until the live query answers.
 */
export function useRecentStories(limit: number, initial?: Story[]): Story[] | undefined {
  return useLiveQuery(() => recentStories(getDb(), limit), [limit], initial);
}

interface StoryActions {
  /** Creates an empty story, optionally already tagged, and resolves with its id. */
  /** Creates an empty story; pass the id to select it before the write lands. */
  create: (values?: readonly string[], id?: string) => Promise<string>;
  /** Copies the stored story under a new id; resolves with that id, or undefined if it is gone. */
  duplicate: (id: string) => Promise<string | undefined>;
  archive: (id: string, archived: boolean) => Promise<void>;
  /** Deletes and resolves with the exact record removed, so it can be restored. */
  remove: (id: string) => Promise<Story | undefined>;
  restore: (story: Story) => Promise<void>;
  saveField: (id: string, field: StoryTextField, value: string) => Promise<void>;
  /** Changes the value tags from the stored list, so two quick clicks never undo each other. */
  updateValues: (id: string, change: (values: readonly string[]) => string[]) => Promise<void>;
  exportMarkdown: (stories: readonly Story[], framework: Framework) => void;
}

export function useStoryActions(): StoryActions {
  return useMemo<StoryActions>(
    () => ({
      async create(values = [], id = crypto.randomUUID()) {
        await putStory(getDb(), { ...emptyStory(id, Date.now()), values: [...values] });
        return id;
      },
      duplicate: (id) => duplicateStory(getDb(), id, crypto.randomUUID(), Date.now()),
      async archive(id, archived) {
        await updateStory(getDb(), id, (s) => ({ ...s, archived }), Date.now());
      },
      remove: (id) => deleteStory(getDb(), id),
      async restore(story) {
        await putStory(getDb(), story);
        await noteEdit(getDb());
      },
      async saveField(id, field, value) {
        // Save time, not keystroke time: updatedAt must never go backwards when fields interleave.
        const now = Date.now();
        await updateStory(getDb(), id, (s) => applyFieldEdit(s, field, value, now), now);
      },
      async updateValues(id, change) {
        await updateStory(getDb(), id, (s) => ({ ...s, values: change(s.values) }), Date.now());
      },
      exportMarkdown(stories, framework) {
        const now = new Date();
        downloadText(
          `loopside-stories-${localDay(now.getTime())}.md`,
          storiesToMarkdown([...stories], framework, now),
          'text/markdown',
        );
      },
    }),
    [],
  );
}
