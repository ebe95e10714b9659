import * as z from 'zod/mini';

/**
 * A timed caption script: lets a fixture page or a demo play a call's captions without a call.
 * Steps are in time order; consecutive steps by one speaker share a block, as Meet shows them.
 */
const captionScriptStepSchema = z.object({
  atMs: z.number().check(z.minimum(0)),
  speaker: z.string().check(z.minLength(1), z.maxLength(200)),
  text: z.string().check(z.maxLength(20_000)),
  self: z.optional(z.boolean()),
});
export type CaptionScriptStep = z.infer<typeof captionScriptStepSchema>;

export const captionScriptSchema = z.object({
  steps: z.array(captionScriptStepSchema).check(
    z.maxLength(10_000),
    z.refine((steps) => steps.every((s, i) => i === 0 || s.atMs >= (steps[i - 1]?.atMs ?? 0)), {
      message: 'steps must be in time order',
    }),
  ),
});
export type CaptionScript = z.infer<typeof captionScriptSchema>;

interface ScriptFrameBlock {
  /** Index of the block's first step: stable while the block grows, so a page can edit in place. */
  key: number;
  speaker: string;
  text: string;
  self: boolean;
}

interface ScriptFrameOptions {
  /** Speaking pace: one more word appears every `msPerWord`. */
  msPerWord?: number;
  /** How many of the newest blocks are on screen. */
  maxBlocks?: number;
}

function wordsShown(
  step: CaptionScriptStep,
  next: CaptionScriptStep | undefined,
  ms: number,
  msPerWord: number,
) {
  const words = step.text.split(/\s+/).filter((w) => w !== '');
  if (next && ms >= next.atMs) return words;
  return words.slice(0, Math.min(words.length, 1 + Math.floor((ms - step.atMs) / msPerWord)));
}

/** The caption blocks visible `ms` into the script, the current step's text growing word by word. */
export function scriptFrameAt(
  script: CaptionScript,
  ms: number,
  options: ScriptFrameOptions = {},
): ScriptFrameBlock[] {
  const msPerWord = options.msPerWord ?? 350;
  const maxBlocks = options.maxBlocks ?? 3;
  const blocks: ScriptFrameBlock[] = [];
  const { steps } = script;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (!step || step.atMs > ms) break;
    const shown = wordsShown(step, steps[i + 1], ms, msPerWord).join(' ');
    const last = blocks.at(-1);
    const self = step.self ?? false;
    if (last && last.speaker === step.speaker && last.self === self) {
      last.text = shown ? `${last.text} ${shown}` : last.text;
    } else {
      blocks.push({ key: i, speaker: step.speaker, text: shown, self });
    }
  }
  return blocks.slice(-maxBlocks);
}

/** When the last word of the script has appeared. */
export function scriptDurationMs(script: CaptionScript, options: ScriptFrameOptions = {}): number {
  const msPerWord = options.msPerWord ?? 350;
  const last = script.steps.at(-1);
  if (!last) return 0;
  const words = last.text.split(/\s+/).filter((w) => w !== '').length;
  return last.atMs + Math.max(0, words - 1) * msPerWord;
}
