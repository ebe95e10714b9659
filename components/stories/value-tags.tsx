import { remapStoryValues } from '../../lib/coverage/remap-values';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { StoredCheckbox } from '../practice/stored-checkbox';

export function ValueTags({
  framework,
  values,
  onToggle,
  onRemoveOther,
}: {
  framework: Framework;
  /** The story's stored tags, by value name. */
  values: readonly string[];
  onToggle: (valueName: string, on: boolean) => Promise<unknown>;
  /** Drops a tag that names no value of the active framework. */
  onRemoveOther: (tag: string) => void;
}) {
  const { kept, unmatched } = remapStoryValues(values, framework);
  return (
    <fieldset className="value-tags" id="story-values">
      <legend>Values this story proves</legend>
      <div className="value-tags__options">
        {framework.values.map((v) => (
          <StoredCheckbox
            key={v.id}
            className="value-tag"
            title={v.definition}
            stored={kept.includes(v.name)}
            onChange={(on) => onToggle(v.name, on)}
          >
            {v.name}
          </StoredCheckbox>
        ))}
      </div>
      {unmatched.length > 0 ? (
        <div className="value-tags__other">
          <p className="muted">
            From another framework: kept with the story, but not counted for {framework.name}.
          </p>
          <ul>
            {unmatched.map((tag) => (
              <li key={tag} className="chip chip--other">
                <span dir="auto">{tag}</span>
                <button
                  type="button"
                  className="quiet"
                  aria-label={`Remove ${tag}`}
                  onClick={() => onRemoveOther(tag)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </fieldset>
  );
}
