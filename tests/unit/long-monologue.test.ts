// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { UTTERANCE_TEXT_MAX } from '../../lib/captions/utterance-limits';
import { LoopsideDb } from '../../lib/db/loopside-db';
import { saveTranscriptLine, sessionTranscripts } from '../../lib/db/transcript-queries';
import { answerSignals } from '../../lib/signals/answer-signals';
import { buildMeetCall } from '../fixtures/captions/meet-dom';
import { resetDocument, watchHarness } from '../fixtures/captions/watch-harness';

const values = [{ id: 'judgment', name: 'Judgment' }];

/** A long answer built from numbered sentences, so every word can be looked for afterwards. */
function monologue(sentences: number): string[] {
  const out: string[] = [];
  for (let i = 1; i <= sentences; i++) {
    out.push(...`In step ${i} the team kept moving and I wrote down number ${i * 7}.`.split(' '));
  }
  // Three hedges right at the end, well past the first split, must still be counted.
  out.push(...'Maybe it worked, I guess, probably.'.split(' '));
  return out;
}

describe('a monologue past the split limit', () => {
  afterEach(() => resetDocument(document));

  it('keeps every word in the answer record and its transcript', async () => {
    const call = buildMeetCall(document, { selfName: 'Sam' });
    const h = watchHarness('meet', document);
    h.watcher.start();
    const said = monologue(560);
    const answerStart = 1_000_000;
    const block = call.addBlock('You', '');
    // Captions grow a few words at a time, and now and then a big catch-up lands at once.
    let shown = 0;
    let step = 0;
    while (shown < said.length) {
      shown = Math.min(said.length, shown + (++step % 50 === 0 ? 900 : 12));
      call.setText(block, said.slice(0, shown).join(' '));
      await h.settle(400);
    }
    h.watcher.stop();
    const text = said.join(' ');
    expect(text.length).toBeGreaterThan(UTTERANCE_TEXT_MAX * 1.5);

    const held = h.latest();
    expect(held.length).toBeGreaterThan(1);
    expect(held.every((u) => u.final && u.isSelf)).toBe(true);
    expect(held.map((u) => u.text).join(' ')).toBe(text);

    const signals = answerSignals({
      utterances: held,
      values,
      answerStart,
      now: h.latest().at(-1)!.end,
    });
    expect(signals.words).toBe(said.length);
    expect(signals.hedgeCount).toBe(3);

    const db = new LoopsideDb(`monologue-${crypto.randomUUID()}`);
    for (const u of held) await saveTranscriptLine(db, 's1', 0, u, u.end);
    const [row] = await sessionTranscripts(db, 's1');
    const saved = (row?.lines ?? []).map((l) => l.text).join(' ');
    for (let i = 1; i <= 560; i++) expect(saved).toContain(`In step ${i} the team kept moving`);
    expect(saved).toBe(text);
    db.close();
  });
});
