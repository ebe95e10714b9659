import { retokenize, type Token } from './text-tokens';

/**
 * The tokens of each utterance, kept between caption updates. A new revision of an utterance is
 * tokenized from where its text changed (`retokenize`), so a long answer growing by a few words
 * costs a few words of work, not the whole utterance again.
 */
export interface TokenCache {
  /** Tokens of this text for this utterance id, all with source 0. */
  tokensOf: (id: string, text: string) => readonly Token[];
  /** Forgets utterances no longer held (a finished round, lines dropped from the log). */
  keepOnly: (ids: ReadonlySet<string>) => void;
  readonly size: number;
}

export function createTokenCache(): TokenCache {
  const byId = new Map<string, { text: string; tokens: readonly Token[] }>();
  return {
    tokensOf(id, text) {
      const before = byId.get(id);
      if (before && before.text === text) return before.tokens;
      const tokens = retokenize(before ?? { text: '', tokens: [] }, text);
      byId.set(id, { text, tokens });
      return tokens;
    },
    keepOnly(ids) {
      for (const id of byId.keys()) if (!ids.has(id)) byId.delete(id);
    },
    get size() {
      return byId.size;
    },
  };
}
