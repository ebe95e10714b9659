import { describe, expect, it } from 'vitest';
import { demoScript } from '../../lib/practice-room/demo-script';
import { scriptTick } from '../../lib/practice-room/script-feed';
import { scriptedDurationMs } from '../../lib/practice-room/scripted-transcript';
import {
  INSTALL_FAILED,
  initialTranscriptState,
  transcriptReducer,
  type TranscriptEvent,
  type TranscriptState,
} from '../../lib/practice-room/transcript-state';

const run = (s: TranscriptState, ...events: TranscriptEvent[]) =>
  events.reduce(transcriptReducer, s);

describe('the practice room transcript state machine', () => {
  it('runs the scripted demo at once and marks it done', () => {
    const s = run(initialTranscriptState('scripted'), { type: 'start' });
    expect(s).toMatchObject({ running: true, scriptDone: false, message: null });
    expect(run(s, { type: 'script-done' }).scriptDone).toBe(true);
    expect(run(s, { type: 'script-done' }, { type: 'stop' })).toMatchObject({ running: false });
  });

  it('listens on-device only once the microphone is open, for the start that is still current', () => {
    const started = run(initialTranscriptState('on-device'), { type: 'start' });
    expect(started.running).toBe(false);
    const mine = started.generation;
    expect(run(started, { type: 'listening', generation: mine }).running).toBe(true);
    // Stop pressed while the microphone prompt was open: the late answer is ignored.
    const stopped = run(started, { type: 'stop' });
    expect(run(stopped, { type: 'listening', generation: mine }).running).toBe(false);
  });

  it('says why listening stopped, unless that listening was already replaced', () => {
    const s = run(initialTranscriptState('on-device'), { type: 'start' });
    const g = s.generation;
    const listening = run(s, { type: 'listening', generation: g });
    expect(
      run(listening, { type: 'speech-stopped', generation: g, why: 'No speech model.' }),
    ).toMatchObject({
      running: false,
      message: 'No speech model.',
    });
    const restarted = run(listening, { type: 'stop' }, { type: 'start' });
    expect(
      run(restarted, { type: 'speech-stopped', generation: g, why: 'old' }).message,
    ).toBeNull();
  });

  it('keeps a refused microphone message, clears it on the next start or mode change', () => {
    const refused = run(
      initialTranscriptState('on-device'),
      { type: 'start' },
      {
        type: 'refused',
        message: 'Loopside was not allowed to use the microphone.',
      },
    );
    expect(refused.message).toMatch(/not allowed/);
    expect(run(refused, { type: 'start' }).message).toBeNull();
    const other = run(refused, { type: 'set-mode', mode: 'scripted' });
    expect(other).toMatchObject({ mode: 'scripted', message: null, running: false });
  });

  it('reports a failed speech-model install', () => {
    const s = run(initialTranscriptState('on-device'), { type: 'install-started' });
    expect(s.installing).toBe(true);
    expect(run(s, { type: 'install-finished', ok: false })).toMatchObject({
      installing: false,
      message: INSTALL_FAILED,
    });
    expect(run(s, { type: 'install-finished', ok: true }).message).toBeNull();
  });
});

describe('the scripted demo feed', () => {
  it('sends each revision once and ends when the script has been said', () => {
    const options = { startAt: 0, speed: 1, idPrefix: 'demo' };
    const doneAfter = scriptedDurationMs(demoScript, options);
    const sent = new Map<string, number>();
    const seen: string[] = [];
    let done = false;
    for (let t = 0; t <= doneAfter + 100 && !done; t += 100) {
      const tick = scriptTick(demoScript, t, options, doneAfter, sent);
      for (const u of tick.emit) seen.push(`${u.id}:${u.revision}`);
      done = tick.done;
    }
    expect(done).toBe(true);
    expect(new Set(seen).size).toBe(seen.length);
    expect(scriptTick(demoScript, doneAfter, options, doneAfter, sent).emit).toEqual([]);
  });
});

describe('the utterance hub', () => {
  it('delivers to each listener until its signal aborts', async () => {
    const { createUtteranceHub } = await import('../../lib/practice-room/utterance-hub');
    const hub = createUtteranceHub();
    const a: string[] = [];
    const b: string[] = [];
    const stopA = new AbortController();
    hub.subscribe({ onUtterance: (u) => a.push(u.text), onHealth: () => {} }, stopA.signal);
    hub.subscribe(
      { onUtterance: (u) => b.push(u.text), onHealth: () => {} },
      new AbortController().signal,
    );
    const u = { id: 'x', revision: 1, speaker: 'You', isSelf: true, start: 0, end: 1, final: true };
    hub.emit({ ...u, text: 'one' });
    stopA.abort();
    hub.emit({ ...u, text: 'two' });
    expect(a).toEqual(['one']);
    expect(b).toEqual(['one', 'two']);
  });
});
