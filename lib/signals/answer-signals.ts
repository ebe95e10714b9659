import type { Utterance } from '../captions/utterance-schema';
import type { AnswerSignals } from './signals-schema';
import type { TokenCache } from './token-cache';
import { findPhrases, phraseIndex, tokenize, type PhraseMatch, type Token } from './text-tokens';
import {
  FILLER_SOUNDS,
  HEDGE_PHRASES,
  I_WORDS,
  NUMBER_WORDS,
  POSITIONAL_FILLERS,
  REFLECTION_PHRASES,
  RESULT_UNITS,
  STAR_CUES,
  WE_WORDS,
  YOU_KNOW_NOT_FILLER_BEFORE,
  type StarPart,
} from './word-lists';

export interface SignalValue {
  id: string;
  name: string;
  synonyms?: readonly string[];
}

interface AnswerSignalsInput {
  /** Any utterances; only final, self ones inside the answer window count (see `includeOpen`). */
  utterances: readonly Utterance[];
  values: readonly SignalValue[];
  answerStart: number;
  answerEnd?: number;
  now: number;
  /**
   * Also count text still being recognised. Live cues need it: a platform may not settle a block
   * until the speaker pauses, long after the words. Each id counts once, at its latest revision, so
   * a revised word is never counted twice; stored records leave it off and count settled text only.
   */
  includeOpen?: boolean;
  /**
   * Where each utterance's tokens come from: a `TokenCache` reads only the changed tail of a new
   * revision. Without it every utterance is tokenized afresh; the signals are the same either way.
   */
  tokens?: TokenCache;
}

const hedgeIndex = phraseIndex(HEDGE_PHRASES);
const fillerIndex = phraseIndex([...FILLER_SOUNDS, ...POSITIONAL_FILLERS]);
const reflectionIndex = phraseIndex(REFLECTION_PHRASES);
const starIndexes = Object.fromEntries(
  Object.entries(STAR_CUES).map(([part, cues]) => [part, phraseIndex(cues)]),
) as Record<StarPart, ReturnType<typeof phraseIndex>>;
const sounds = new Set(FILLER_SOUNDS);
const iWords = new Set(I_WORDS);
const weWords = new Set(WE_WORDS);
const notBeforeYouKnow = new Set(YOU_KNOW_NOT_FILLER_BEFORE);
/** "you know the answer", "you know what happened": the verb, not the filler. */
const knowObjects = new Set([
  'the',
  'that',
  'what',
  'how',
  'why',
  'where',
  'when',
  'who',
  'it',
  'this',
  'him',
  'her',
  'them',
  'about',
]);

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const NUMBER = `(?:\\d[\\d,]*(?:\\.\\d+)?|${NUMBER_WORDS.map(escape).join('|')})`;
const UNIT = [...RESULT_UNITS]
  .sort((a, b) => b.length - a.length)
  .map(escape)
  .join('|');
const RESULT_NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:\\$\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:k|m|bn|thousand|million|billion)(?![\\p{L}]))?|${NUMBER}\\s?(?:${UNIT})(?![\\p{L}\\p{N}]))`,
  'giu',
);

function isFillerAt(tokens: readonly Token[], m: PhraseMatch): boolean {
  const first = tokens[m.first];
  const last = tokens[m.last];
  if (!first || !last) return false;
  if (sounds.has(m.phrase)) return true;
  const prev = m.first > 0 ? tokens[m.first - 1] : undefined;
  const next = tokens[m.last + 1];
  const samePrev = prev && prev.source === first.source ? prev : undefined;
  const sameNext = next && next.source === last.source ? next : undefined;
  const nextIsSound = sameNext !== undefined && sounds.has(sameNext.word);
  const prevIsSound = samePrev !== undefined && sounds.has(samePrev.word);
  const before = first.sentenceStart || first.commaBefore || prevIsSound;
  const after = last.commaAfter || last.sentenceEndAfter || nextIsSound;
  switch (m.phrase) {
    case 'like':
      return (before && after) || first.sentenceStart || nextIsSound;
    case 'you know':
      if (samePrev && notBeforeYouKnow.has(samePrev.word)) return false;
      return after || (before && (sameNext === undefined || !knowObjects.has(sameNext.word)));
    default:
      return before && (last.commaAfter || nextIsSound);
  }
}

function countPhrases(matches: readonly PhraseMatch[]): { phrase: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of matches) counts.set(m.phrase, (counts.get(m.phrase) ?? 0) + 1);
  return [...counts].map(([phrase, count]) => ({ phrase, count }));
}

function talkTime(spans: [number, number][]): number {
  let total = 0;
  let until = -Infinity;
  for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(from, until);
    if (to > start) total += to - start;
    until = Math.max(until, to);
  }
  return total;
}

/** Latest revision of each utterance, so a caller may pass a raw stream of revisions. */
function latestRevisions(utterances: readonly Utterance[]): Utterance[] {
  const byId = new Map<string, Utterance>();
  for (const u of utterances) {
    const prev = byId.get(u.id);
    if (!prev || u.revision >= prev.revision) byId.set(u.id, u);
  }
  return [...byId.values()];
}

/** What the candidate's own, settled speech in one answer shows. Pure: same input, same signals. */
export function answerSignals(input: AnswerSignalsInput): AnswerSignals {
  const { answerStart } = input;
  const answerEnd = input.answerEnd ?? input.now;
  const said = latestRevisions(input.utterances)
    .filter(
      (u) =>
        (u.final || input.includeOpen === true) &&
        u.isSelf &&
        u.end >= answerStart &&
        u.start <= answerEnd,
    )
    .sort((a, b) => a.start - b.start);
  const cache = input.tokens;
  const tokens = cache
    ? said.flatMap((u, source) =>
        cache.tokensOf(u.id, u.text).map((t) => (source === 0 ? t : { ...t, source })),
      )
    : tokenize(said.map((u) => u.text));

  const perSource = new Map<number, number>();
  for (const t of tokens) perSource.set(t.source, (perSource.get(t.source) ?? 0) + 1);
  const firstOfSource = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (!firstOfSource.has(t.source)) firstOfSource.set(t.source, i);
  });
  // Captions carry no word timings, so a word's time is spread evenly across its utterance.
  const offsetOf = (i: number): number => {
    const t = tokens[i];
    const u = t ? said[t.source] : undefined;
    if (!t || !u) return 0;
    const n = perSource.get(t.source) ?? 1;
    const k = i - (firstOfSource.get(t.source) ?? i);
    const at = n > 1 ? u.start + ((u.end - u.start) * k) / (n - 1) : u.start;
    return Math.max(0, Math.round(at - answerStart));
  };
  const spoken = (m: PhraseMatch): string => {
    const a = tokens[m.first];
    const b = tokens[m.last];
    const text = a ? said[a.source]?.text : undefined;
    return a && b && text ? text.slice(a.start, b.end) : m.phrase;
  };

  const valueHits: { valueId: string; match: PhraseMatch }[] = [];
  for (const value of input.values) {
    const index = phraseIndex([value.name, ...(value.synonyms ?? [])]);
    const [first] = findPhrases(tokens, index);
    if (first) valueHits.push({ valueId: value.id, match: first });
  }
  valueHits.sort((a, b) => a.match.first - b.match.first);
  const firstHit = valueHits[0];

  const hedgeMatches = findPhrases(tokens, hedgeIndex);
  const fillerMatches = findPhrases(tokens, fillerIndex).filter((m) => isFillerAt(tokens, m));
  const starMatches = Object.fromEntries(
    (Object.keys(STAR_CUES) as StarPart[]).map((part) => [
      part,
      findPhrases(tokens, starIndexes[part]),
    ]),
  ) as Record<StarPart, PhraseMatch[]>;

  let iCount = 0;
  let weCount = 0;
  for (const t of tokens) {
    if (iWords.has(t.word)) iCount++;
    else if (weWords.has(t.word)) weCount++;
  }

  const resultFrom = starMatches.result[0]?.first ?? Math.floor((tokens.length * 2) / 3);
  const resultNumbers: string[] = [];
  const fromToken = tokens[resultFrom];
  if (fromToken) {
    const tail = [
      said[fromToken.source]?.text.slice(fromToken.start) ?? '',
      ...said.slice(fromToken.source + 1).map((u) => u.text),
    ].join(' ');
    for (const m of tail.matchAll(RESULT_NUMBER)) resultNumbers.push(m[0].trim());
  }

  const talkMs = talkTime(
    said.map((u) => [Math.max(u.start, answerStart), Math.min(u.end, answerEnd)]),
  );
  const words = tokens.length;
  return {
    talkMs,
    words,
    wpm: talkMs > 0 ? Math.round((words / talkMs) * 60_000) : 0,
    firstValueNamed: firstHit
      ? {
          valueId: firstHit.valueId,
          atMs: offsetOf(firstHit.match.first),
          phrase: spoken(firstHit.match),
        }
      : null,
    valuesNamed: valueHits.map((h) => h.valueId),
    hedges: countPhrases(hedgeMatches),
    hedgeCount: hedgeMatches.length,
    hedgeTimesMs: hedgeMatches.map((m) => offsetOf(m.first)),
    fillers: countPhrases(fillerMatches),
    fillerCount: fillerMatches.length,
    iCount,
    weCount,
    iWeRatio: iCount + weCount > 0 ? iCount / (iCount + weCount) : null,
    starCues: {
      situation: starMatches.situation.length > 0,
      task: starMatches.task.length > 0,
      action: starMatches.action.length > 0,
      result: starMatches.result.length > 0,
    },
    resultNumbers,
    reflected: findPhrases(tokens, reflectionIndex).length > 0,
  };
}
