import * as z from 'zod/mini';
import { UTTERANCE_TEXT_MAX } from './utterance-limits';

// Others import the limit alongside the schema; it lives apart so content scripts skip zod.

export const platformSchema = z.enum(['meet', 'teams', 'zoom']);
export type Platform = z.infer<typeof platformSchema>;

/**
 * One stretch of speech read from the call's captions. The same `id` is re-emitted with a higher
 * `revision` while the platform corrects its recognition; consumers keep the highest revision per id.
 * `final` means the text is settled (a speaker-name correction may still arrive as a later revision).
 */
export const utteranceSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(128)),
  revision: z.int().check(z.minimum(0)),
  speaker: z.string().check(z.maxLength(200)),
  isSelf: z.boolean(),
  text: z.string().check(z.maxLength(UTTERANCE_TEXT_MAX)),
  /** ms since epoch of the first text seen. */
  start: z.number(),
  /** ms since epoch of the last change to the text. */
  end: z.number(),
  final: z.boolean(),
});
export type Utterance = z.infer<typeof utteranceSchema>;

const captionHealthStateSchema = z.enum([
  'searching',
  'not-found',
  'captions-off',
  'working',
  'lost',
  'refound',
]);
export type CaptionHealthState = z.infer<typeof captionHealthStateSchema>;

export const captionHealthSchema = z.object({
  platform: platformSchema,
  state: captionHealthStateSchema,
  /** A calm sentence for the panel; for captions-off it says how to turn captions on. */
  detail: z.string().check(z.maxLength(500)),
  at: z.number(),
});
export type CaptionHealth = z.infer<typeof captionHealthSchema>;
