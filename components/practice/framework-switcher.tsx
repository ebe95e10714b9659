import type { Framework } from '../../lib/frameworks/framework-schema';

export function FrameworkSwitcher({
  frameworks,
  activeId,
  onChange,
  disabled,
  label = 'Value framework',
}: {
  frameworks: readonly Framework[];
  activeId: string;
  onChange: (id: string) => void;
  disabled?: boolean;
  label?: string;
}) {
  return (
    <label className="switcher">
      <span className="visually-hidden">{label}</span>
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
