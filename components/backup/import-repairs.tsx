interface Props {
  repairs: readonly string[];
  /** After the import the same list reads in the past tense. */
  done?: boolean;
}

/** Every change the import makes to the file's rows, shown before and after: nothing silent. */
export function ImportRepairs({ repairs, done = false }: Props) {
  if (repairs.length === 0) return null;
  return (
    <div
      className="backup__repairs"
      aria-label={done ? 'Changes made on import' : 'Changes the import will make'}
    >
      <p>{done ? 'Changed on the way in:' : 'To fit, the import will change this:'}</p>
      <ul>
        {repairs.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
    </div>
  );
}
