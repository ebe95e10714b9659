import { CRITIQUE_PROMPT_VERSION } from './critique-prompt';
import { answerCritiqueId, storyCritiqueId, type CritiqueRow } from './critique-row-schema';
import { CRITIQUE_SCHEMA_VERSION, type CritiqueKind, type CritiqueOf } from './critique-schema';
import { sourceDigest } from './critique-sources';
import type { Availability } from './language-model-api';

/** What a run of the on-device model gave, once it passed the guard. */
interface Made<K extends CritiqueKind> {
  critique: CritiqueOf<K>;
  droppedQuotes: number;
  availability: Availability;
}

/** Which prompt and schema made it, from what text, and when: the same for both kinds. */
function stamp(source: string, made: Made<CritiqueKind>, now: number) {
  return {
    createdAt: now,
    promptVersion: CRITIQUE_PROMPT_VERSION,
    schemaVersion: CRITIQUE_SCHEMA_VERSION,
    availability: made.availability,
    sourceDigest: sourceDigest(source),
    droppedQuotes: made.droppedQuotes,
  };
}

/** The row kept for a story's critique (the latest replaces the one before). */
export function storyCritiqueToStore(
  storyId: string,
  source: string,
  made: Made<'story'>,
  now: number,
): CritiqueRow {
  return {
    id: storyCritiqueId(storyId),
    kind: 'story',
    subjectId: storyId,
    answerIndex: null,
    ...stamp(source, made, now),
    result: made.critique,
  };
}

/** The row kept for one answer's critique. */
export function answerCritiqueToStore(
  sessionId: string,
  answerIndex: number,
  source: string,
  made: Made<'answer'>,
  now: number,
): CritiqueRow {
  return {
    id: answerCritiqueId(sessionId, answerIndex),
    kind: 'answer',
    subjectId: sessionId,
    answerIndex,
    ...stamp(source, made, now),
    result: made.critique,
  };
}
