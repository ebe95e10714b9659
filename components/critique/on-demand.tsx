import { useState, type ComponentType } from 'react';

/**
 * A button that loads a feature's code only when pressed: the critique code stays out of the
 * page's first load (and of the side panel's 130 KB budget) until someone asks for it.
 */
export function OnDemand<P extends object>({
  label,
  load,
  props,
}: {
  label: string;
  load: () => Promise<ComponentType<P>>;
  props: P;
}) {
  const [Loaded, setLoaded] = useState<ComponentType<P> | null>(null);
  const [state, setState] = useState<'idle' | 'loading' | 'failed'>('idle');
  if (Loaded) return <Loaded {...props} />;
  const open = () => {
    setState('loading');
    load().then(
      (c) => setLoaded(() => c),
      () => setState('failed'),
    );
  };
  return (
    <p className="on-demand">
      <button type="button" onClick={open} disabled={state === 'loading'}>
        {label}
      </button>
      {state === 'failed' ? (
        <span role="alert" className="error">
          {' '}
          Could not load this part of Loopside; reload the page and try again.
        </span>
      ) : null}
    </p>
  );
}
