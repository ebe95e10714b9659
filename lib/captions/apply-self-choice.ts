import type { Utterance } from './utterance-schema';

/**
 * When the platform does not label the local user, the panel lets them pick "this is me".
 * Returns the utterance with `isSelf` set from that choice (a new object only when it changes).
 */
export function applySelfChoice(utterance: Utterance, selfSpeakerName: string | null): Utterance {
  if (selfSpeakerName === null) return utterance;
  const isSelf =
    utterance.speaker.trim().toLowerCase() === selfSpeakerName.trim().toLowerCase() ||
    utterance.isSelf;
  return isSelf === utterance.isSelf ? utterance : { ...utterance, isSelf };
}
