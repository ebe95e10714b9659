import type { LanguageModelApi } from '../critique/language-model-api';

/** Chrome's on-device model, or null where the browser has none (Firefox, older Chrome). */
export function findLanguageModel(scope: object = globalThis): LanguageModelApi | null {
  const lm = (scope as { LanguageModel?: unknown }).LanguageModel;
  if (!lm || (typeof lm !== 'function' && typeof lm !== 'object')) return null;
  const api = lm as Partial<LanguageModelApi>;
  return typeof api.availability === 'function' && typeof api.create === 'function'
    ? (api as LanguageModelApi)
    : null;
}
