import type { Framework } from '../../lib/frameworks/framework-schema';

export function FrameworkSwitcher({
  frameworks,
  activeId,
  onChange,
  disabled,
}: {
  frameworks: readonly Framework[];
  activeId: string;
  onChange: (id: string) => void;
  disabled?: boolean;
}) {
  return (
    <label className="switcher">
      <span className="visually-hidden">Value framework</span>
      <select value={activeId} onChange={(e) => onChange(e.target.value)} disabled={disabled}>
        {frameworks.map((f) => (
          <option key={f.id} value={f.id}>
            {f.name}
          </option>
        ))}
      </select>
    </label>
  );
}
