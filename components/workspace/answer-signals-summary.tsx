import { formatDuration } from '../../lib/practice/round-clock';
import type { AnswerSignals } from '../../lib/signals/signals-schema';

const list = (items: { phrase: string; count: number }[]) =>
  items.map((h) => (h.count > 1 ? `“${h.phrase}” ×${h.count}` : `“${h.phrase}”`)).join(', ');

/** The detail the live panel kept quiet about, for reading after the round. */
export function AnswerSignalsSummary({
  signals,
  valueNames,
}: {
  signals: AnswerSignals;
  valueNames: ReadonlyMap<string, string>;
}) {
  const named = signals.firstValueNamed;
  const star = Object.entries(signals.starCues)
    .filter(([, on]) => on)
    .map(([k]) => k);
  return (
    <dl className="signals" data-testid="answer-signals">
      <dt>Talk time</dt>
      <dd data-testid="signal-talk" data-talk-ms={signals.talkMs}>
        {formatDuration(signals.talkMs)} · {signals.words} {signals.words === 1 ? 'word' : 'words'}
        {/* Lines that arrived whole give no talk time to measure a pace from. */}
        {signals.talkMs > 0 ? ` · ${Math.round(signals.wpm)} wpm` : ''}
      </dd>
      <dt>Value named</dt>
      <dd data-testid="signal-value">
        {named
          ? `${valueNames.get(named.valueId) ?? named.valueId} at ${formatDuration(named.atMs)} (“${named.phrase}”)`
          : 'Not named'}
      </dd>
      <dt>Hedges</dt>
      <dd data-testid="signal-hedges">{signals.hedgeCount ? list(signals.hedges) : 'None'}</dd>
      <dt>Fillers</dt>
      <dd>{signals.fillerCount ? list(signals.fillers) : 'None'}</dd>
      <dt>I / we</dt>
      <dd>
        {signals.iCount} / {signals.weCount}
      </dd>
      <dt>STAR beats heard</dt>
      <dd>{star.length ? star.join(', ') : 'None'}</dd>
      <dt>Numbers in the result</dt>
      <dd>{signals.resultNumbers.length ? signals.resultNumbers.join(', ') : 'None'}</dd>
      <dt>Reflection</dt>
      <dd>{signals.reflected ? 'Said what they would do differently' : 'Not heard'}</dd>
    </dl>
  );
}
