import {
  AVAILABILITIES,
  MODEL_OPTIONS,
  type Availability,
  type LanguageModelApi,
  type LanguageModelSession,
  type ModelState,
} from './language-model-api';

export async function checkModel(lm: LanguageModelApi | null): Promise<ModelState> {
  if (!lm) return 'missing';
  try {
    const state = await lm.availability(MODEL_OPTIONS);
    return (AVAILABILITIES as readonly string[]).includes(state)
      ? (state as Availability)
      : 'unavailable';
  } catch {
    // A browser that has the API but refuses to answer cannot run it either.
    return 'unavailable';
  }
}

export type PromptFailure =
  'missing' | 'unavailable' | 'needs-click' | 'too-long' | 'aborted' | 'failed';

type PromptOutcome =
  | { ok: true; reply: string; availability: Availability }
  | { ok: false; reason: PromptFailure; message: string };

interface PromptRequest {
  instructions: string;
  input: string;
  /** The JSON Schema the reply must follow, sent as `responseConstraint`. */
  schema: object;
}

export interface PromptRunOptions {
  signal?: AbortSignal;
  /** True only when a click started this run: Chrome lets only a click start the download. */
  userClicked: boolean;
  /** Download progress, 0–1, while the model is fetched. */
  onProgress?: (fraction: number) => void;
}

export const STATE_MESSAGES = {
  missing:
    'This browser has no on-device model (Chrome’s Prompt API is missing here, as in Firefox and older Chrome). Everything else in Loopside works as before.',
  unavailable:
    'Chrome says its on-device model cannot run on this computer (it needs enough free disk, memory and a capable graphics card or processor). Everything else in Loopside works as before.',
  needsClick:
    'The on-device model has to be downloaded first. The download starts only when you press the download button.',
  aborted: 'Stopped. Nothing was saved.',
} as const;

function errorName(e: unknown): string {
  return e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
}

function tooLong(used?: number, quota?: number): string {
  const figures =
    typeof used === 'number' && typeof quota === 'number' && Number.isFinite(quota)
      ? ` (about ${Math.round(used).toLocaleString('en-US')} tokens; it takes ${Math.round(quota).toLocaleString('en-US')})`
      : '';
  return `This is too long for the on-device model${figures}. Shorten the longest parts and try again. Nothing was saved.`;
}

function failure(e: unknown, signal?: AbortSignal): PromptOutcome {
  const name = errorName(e);
  if (signal?.aborted || name === 'AbortError') {
    return { ok: false, reason: 'aborted', message: STATE_MESSAGES.aborted };
  }
  if (name === 'QuotaExceededError') {
    const { requested, quota } = e as { requested?: number; quota?: number };
    return { ok: false, reason: 'too-long', message: tooLong(requested, quota) };
  }
  if (name === 'NotAllowedError') {
    return { ok: false, reason: 'needs-click', message: STATE_MESSAGES.needsClick };
  }
  const detail = e instanceof Error && e.message ? `: ${e.message}` : '';
  return {
    ok: false,
    reason: 'failed',
    message: `The on-device model could not answer${detail}. Nothing was saved; try again.`,
  };
}

/** Usage of `input` against the session's window, with whichever names this Chrome has. */
async function measure(
  session: LanguageModelSession,
  input: string,
  schema: object,
): Promise<{ used: number; quota: number } | null> {
  const quota = session.contextWindow ?? session.inputQuota;
  const already = session.contextUsage ?? session.inputUsage ?? 0;
  const fn = session.measureContextUsage ?? session.measureInputUsage;
  if (typeof quota !== 'number' || !Number.isFinite(quota) || !fn) return null;
  const used = await fn.call(session, input, { responseConstraint: schema });
  return { used: used + already, quota };
}

/**
 * One question to the on-device model and its raw reply. Never a network request: where the
 * model cannot run, it says so and stops. The session is destroyed whatever happens, and a
 * download starts only from a click (`userClicked`), as Chrome itself requires.
 */
export async function promptOnDevice(
  lm: LanguageModelApi | null,
  request: PromptRequest,
  options: PromptRunOptions,
): Promise<PromptOutcome> {
  const { signal, userClicked, onProgress } = options;
  const state = await checkModel(lm);
  if (state === 'missing' || !lm) {
    return { ok: false, reason: 'missing', message: STATE_MESSAGES.missing };
  }
  if (state === 'unavailable') {
    return { ok: false, reason: 'unavailable', message: STATE_MESSAGES.unavailable };
  }
  if (state !== 'available' && !userClicked) {
    return { ok: false, reason: 'needs-click', message: STATE_MESSAGES.needsClick };
  }
  if (signal?.aborted) return { ok: false, reason: 'aborted', message: STATE_MESSAGES.aborted };
  let session: LanguageModelSession | undefined;
  try {
    session = await lm.create({
      ...MODEL_OPTIONS,
      signal,
      initialPrompts: [{ role: 'system', content: request.instructions }],
      monitor: onProgress
        ? (m) => m.addEventListener('downloadprogress', (e) => onProgress(e.loaded))
        : undefined,
    });
    const usage = await measure(session, request.input, request.schema);
    if (usage && usage.used > usage.quota) {
      return { ok: false, reason: 'too-long', message: tooLong(usage.used, usage.quota) };
    }
    const reply = await session.prompt(request.input, {
      responseConstraint: request.schema,
      signal,
    });
    if (signal?.aborted) return { ok: false, reason: 'aborted', message: STATE_MESSAGES.aborted };
    return { ok: true, reply, availability: state };
  } catch (e) {
    return failure(e, signal);
  } finally {
    session?.destroy();
  }
}
