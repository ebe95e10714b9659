import { remapStoryValues } from '../../lib/coverage/remap-values';
import type { Framework } from '../../lib/frameworks/framework-schema';
import { useShownUntilStored } from '../hooks/use-shown-until-stored';

/** One value's box: ticked from the click on, not when the story comes back from the database. */
function ValueTag(props: {
  name: string;
  definition: string;
  stored: boolean;
  onToggle: (on: boolean) => Promise<unknown>;
}) {
  const [checked, track] = useShownUntilStored(props.stored);
  return (
    <label className="value-tag" title={props.definition}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => void track(e.target.checked, props.onToggle(e.target.checked))}
      />
      {props.name}
    </label>
  );
}

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
          <ValueTag
            key={v.id}
            name={v.name}
            definition={v.definition}
            stored={kept.includes(v.name)}
            onToggle={(on) => onToggle(v.name, on)}
          />
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
