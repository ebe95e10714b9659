import { isBlankStory } from '../../lib/stories/is-blank-story';
import '../styles/round-extras.css';
import { useMemo, useState } from 'react';
import { sameValueName } from '../../lib/coverage/same-value-name';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { storyGaps, type StoryGap } from '../../lib/stories/story-completeness';
import type { Story } from '../../lib/stories/story-schema';
import {
  fieldMaxLength,
  fieldSavedAt,
  fieldText,
  parseTags,
  type StoryTextField,
} from '../../lib/stories/story-field-edit';
import { useStoryActions } from '../hooks/use-stories';
import { CompletenessPanel } from './completeness-panel';
import { StoryField } from './story-field';
import { ValueTags } from './value-tags';
import { StoryJobTerms } from '../clip/story-job-terms';
import { OnDemand } from '../critique/on-demand';

const loadStoryCritique = () =>
  import('../critique/story-critique').then((m) => m.StoryCritiqueArea);

interface FieldSpec {
  field: StoryTextField;
  label: string;
  placeholder?: string;
  hint?: string;
  multiline?: boolean;
}

const VALUE_LINE: FieldSpec = {
  field: 'valueLine',
  label: 'Value line',
  placeholder: 'The value I acted on was … because …',
  hint: 'One sentence you can say out loud when asked which principle guided you.',
  multiline: true,
};

const STAR: FieldSpec[] = [
  {
    field: 'situation',
    label: 'Situation',
    placeholder: 'Where were you, and what was at stake?',
    multiline: true,
  },
  { field: 'task', label: 'Task', placeholder: 'What was yours to solve?', multiline: true },
  {
    field: 'action',
    label: 'Action',
    placeholder: 'What did you do yourself? Say "I", not "we".',
    multiline: true,
  },
  {
    field: 'result',
    label: 'Result',
    placeholder: 'What changed because of it?',
    multiline: true,
  },
  {
    field: 'outcome',
    label: 'Measurable outcome',
    placeholder: 'A number: a percentage, a count, money or hours saved',
    multiline: true,
  },
  {
    field: 'reflection',
    label: 'What I would do differently',
    placeholder: 'What you would change if it happened again',
    multiline: true,
  },
];

const CONTEXT: FieldSpec[] = [
  { field: 'role', label: 'Role', placeholder: 'Your role then' },
  { field: 'company', label: 'Company' },
  { field: 'when', label: 'When', placeholder: 'e.g. 2023, or spring 2024' },
  { field: 'tags', label: 'Tags', hint: 'Separate tags with commas.' },
];

type Typed = Partial<Record<StoryTextField, string>>;

function withTyped(story: Story, typed: Typed): Story {
  const { tags, ...text } = typed;
  return { ...story, ...text, ...(tags === undefined ? {} : { tags: parseTags(tags) }) };
}

function focusGap(gap: StoryGap): void {
  const target = document.getElementById(`story-${gap.field}`);
  const control = target?.matches('input, textarea') ? target : target?.querySelector('input');
  control?.focus();
}

interface StoryEditorProps {
  story: Story;
  framework: Framework;
  /** True right after "New story", so typing can start at once. */
  focusTitle?: boolean;
  onDuplicate: (id: string) => void;
  onDelete: (id: string) => void;
  /** As Archive (true) or Unarchive (false) is pressed, before it is stored. */
  onArchived?: (id: string, archived: boolean) => void;
}

export function StoryEditor({
  story,
  framework,
  focusTitle,
  onDuplicate,
  onDelete,
  onArchived,
}: StoryEditorProps) {
  const actions = useStoryActions();
  // What is typed reaches the database within moments; the panel follows keystrokes meanwhile.
  const [typed, setTyped] = useState<Typed>({});
  const names = useMemo(() => framework.values.map((v) => v.name), [framework]);
  const current = withTyped(story, typed);
  const gaps = storyGaps(current, names);

  const field = (spec: FieldSpec, autoFocus = false) => {
    const stored = fieldText(story, spec.field);
    return (
      <StoryField
        key={spec.field}
        journalKey={`story:${story.id}:${spec.field}`}
        id={`story-${spec.field}`}
        label={spec.label}
        stored={stored}
        storedAt={fieldSavedAt(story, spec.field)}
        save={(text) => actions.saveField(story.id, spec.field, text)}
        onText={(text) => setTyped((t) => ({ ...t, [spec.field]: text }))}
        multiline={spec.multiline}
        placeholder={spec.placeholder}
        hint={spec.hint}
        autoFocus={autoFocus}
        maxLength={spec.field === 'tags' ? undefined : fieldMaxLength(spec.field)}
      />
    );
  };

  return (
    <article className="story-editor" aria-label="Story editor">
      <div className="story-editor__toolbar">
        {story.archived ? <span className="badge badge--archived">Archived</span> : null}
        <button type="button" onClick={() => onDuplicate(story.id)}>
          Duplicate
        </button>
        <button
          type="button"
          onClick={() => {
            const archiving = !story.archived;
            onArchived?.(story.id, archiving);
            void actions.archive(story.id, archiving);
          }}
        >
          {story.archived ? 'Unarchive' : 'Archive'}
        </button>
        <button type="button" className="danger" onClick={() => onDelete(story.id)}>
          Delete
        </button>
      </div>
      <div className="story-editor__body">
        <div className="story-editor__form">
          {field(
            { field: 'title', label: 'Title', placeholder: 'A few words you will search by' },
            focusTitle,
          )}
          <ValueTags
            framework={framework}
            values={story.values}
            onToggle={(name, on) =>
              actions.updateValues(story.id, (values) =>
                on
                  ? [...values.filter((v) => !sameValueName(v, name)), name]
                  : values.filter((v) => !sameValueName(v, name)),
              )
            }
            onRemoveOther={(tag) =>
              void actions.updateValues(story.id, (values) => values.filter((v) => v !== tag))
            }
          />
          {field(VALUE_LINE)}
          {STAR.map((spec) => field(spec))}
          <div className="story-editor__context">{CONTEXT.map((spec) => field(spec))}</div>
          {/* In the wide column: the side column's completeness panel is sticky. */}
          <OnDemand
            key={story.id}
            label="Critique this story"
            load={loadStoryCritique}
            props={{ story: current, framework }}
          />
        </div>
        <div className="story-editor__side">
          <CompletenessPanel gaps={gaps} onPick={focusGap} blank={isBlankStory(current)} />
          <StoryJobTerms story={current} />
        </div>
      </div>
    </article>
  );
}
