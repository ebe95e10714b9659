// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { readDraft } from '../../lib/browser/draft-journal';
import { useAutosaveText } from '../../components/hooks/use-autosave-text';

/** A database stand-in whose writes finish only when the test says so. */
function slowStore() {
  const writes: { text: string; at: number; done: () => void; fail: () => void }[] = [];
  let open = 0;
  let most = 0;
  const save = (text: string, at: number) =>
    new Promise<void>((resolve, reject) => {
      open++;
      most = Math.max(most, open);
      const end = (ok: boolean) => {
        open--;
        if (ok) resolve();
        else reject(new Error('disk full'));
      };
      writes.push({ text, at, done: () => end(true), fail: () => end(false) });
    });
  return { save, writes, mostInFlight: () => most };
}

const settle = () => act(async () => await Promise.resolve());

afterEach(() => localStorage.clear());

describe('useAutosaveText writes through to the database', () => {
  it('starts a write on the first keystroke, without waiting for typing to stop', () => {
    const store = slowStore();
    const { result } = renderHook(() =>
      useAutosaveText({ journalKey: 'k1', stored: '', storedAt: 0, save: store.save }),
    );
    act(() => result.current.onChange('H'));
    expect(store.writes.map((w) => w.text)).toEqual(['H']);
    expect(readDraft('k1')?.text).toBe('H');
  });

  it('keeps one write in flight and sends only the newest text next', async () => {
    const store = slowStore();
    const { result } = renderHook(() =>
      useAutosaveText({ journalKey: 'k2', stored: '', storedAt: 0, save: store.save }),
    );
    for (const t of ['H', 'He', 'Hel', 'Hell', 'Hello']) act(() => result.current.onChange(t));
    expect(store.writes.map((w) => w.text)).toEqual(['H']);
    store.writes[0]!.done();
    await settle();
    expect(store.writes.map((w) => w.text)).toEqual(['H', 'Hello']);
    store.writes[1]!.done();
    await settle();
    expect(store.mostInFlight()).toBe(1);
    expect(result.current.state).toBe('saved');
    // Everything is in the database now, so the journal entry is gone.
    expect(readDraft('k2')).toBeUndefined();
  });

  it('keeps a failed write for the next attempt and says it is not saved', async () => {
    const store = slowStore();
    const { result } = renderHook(() =>
      useAutosaveText({ journalKey: 'k3', stored: '', storedAt: 0, save: store.save }),
    );
    act(() => result.current.onChange('Draft'));
    store.writes[0]!.fail();
    await settle();
    expect(result.current.state).toBe('error');
    expect(readDraft('k3')?.text).toBe('Draft');
    act(() => result.current.flush());
    expect(store.writes.map((w) => w.text)).toEqual(['Draft', 'Draft']);
    store.writes[1]!.done();
    await settle();
    expect(result.current.state).toBe('saved');
  });

  it('finishes the newest text after the field unmounts mid-write', async () => {
    const store = slowStore();
    const { result, unmount } = renderHook(() =>
      useAutosaveText({ journalKey: 'k4', stored: '', storedAt: 0, save: store.save }),
    );
    act(() => result.current.onChange('a'));
    act(() => result.current.onChange('ab'));
    unmount();
    store.writes[0]!.done();
    await settle();
    expect(store.writes.map((w) => w.text)).toEqual(['a', 'ab']);
  });
});
