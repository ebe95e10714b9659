const PREFIX = 'loopside-recording:';

/**
 * Holds a Web Lock named for the recording while this tab writes it. The browser lets go of it
 * when the tab closes or crashes, so another page can tell a live recording from a cut-off one.
 */
export function holdRecordingLock(id: string): () => void {
  const locks = globalThis.navigator?.locks;
  if (!locks) return () => {};
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  void locks.request(PREFIX + id, () => held).catch(() => {});
  return release;
}

/** Ids of recordings some open tab is writing right now. */
export async function liveRecordingIds(): Promise<Set<string>> {
  const locks = globalThis.navigator?.locks;
  if (!locks) return new Set();
  try {
    const state = await locks.query();
    return new Set(
      (state.held ?? [])
        .map((l) => l.name ?? '')
        .filter((n) => n.startsWith(PREFIX))
        .map((n) => n.slice(PREFIX.length)),
    );
  } catch {
    return new Set();
  }
}
