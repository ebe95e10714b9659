interface OpenErrorText {
  /** A calm sentence about what happened, for people rather than developers. */
  summary: string;
  /** The browser's own words, for a bug report. */
  detail: string;
}

function errorName(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)) {
    const name = (error as { name: unknown }).name;
    if (typeof name === 'string') return name;
  }
  return '';
}

function innerError(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'inner' in error
    ? (error as { inner: unknown }).inner
    : undefined;
}

export function describeOpenError(error: unknown): OpenErrorText {
  // Dexie wraps the browser's error (OpenFailedError → inner VersionError…); look through it.
  const names = [errorName(error), errorName(innerError(error))];
  const has = (name: string) => names.includes(name);
  const detail =
    error instanceof Error ? `${error.name}: ${error.message}` : String(error ?? 'Unknown error');
  if (has('VersionError')) {
    return {
      detail,
      summary:
        'Your saved data was written by a newer version of Loopside than the one installed now.',
    };
  }
  if (has('UpgradeError')) {
    return {
      detail,
      summary:
        'Loopside tried to update the way it stores your data and the update did not finish, so your data was left exactly as it was.',
    };
  }
  if (has('QuotaExceededError')) {
    return { detail, summary: 'The browser has run out of storage space for Loopside.' };
  }
  if (has('MissingAPIError') || has('InvalidStateError')) {
    return {
      detail,
      summary:
        'This browser window does not let Loopside store data (private windows often do this).',
    };
  }
  return { detail, summary: 'Loopside could not open its saved data.' };
}
