/**
 * The part of Chrome's Prompt API (`LanguageModel`) Loopside uses, typed by hand: the API is
 * not in TypeScript's DOM types, and the critique code only ever talks to an object of this
 * shape — the browser's own, or a stand-in in the unit tests.
 */
export const AVAILABILITIES = ['unavailable', 'downloadable', 'downloading', 'available'] as const;
export type Availability = (typeof AVAILABILITIES)[number];
/** `missing`: this browser has no `LanguageModel` at all (Firefox, older Chrome, other browsers). */
export type ModelState = Availability | 'missing';

interface ExpectedIo {
  type: 'text';
  languages: string[];
}

interface CoreOptions {
  expectedInputs?: ExpectedIo[];
  expectedOutputs?: ExpectedIo[];
}

interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

export interface CreateOptions extends CoreOptions {
  signal?: AbortSignal;
  monitor?: (monitor: DownloadMonitor) => void;
  initialPrompts?: { role: 'system' | 'user' | 'assistant'; content: string }[];
}

export interface PromptOptions {
  responseConstraint?: object;
  signal?: AbortSignal;
}

export interface LanguageModelSession {
  prompt(input: string, options?: PromptOptions): Promise<string>;
  destroy(): void;
  /** Newer Chrome: the context window and what is used of it. */
  contextWindow?: number;
  contextUsage?: number;
  measureContextUsage?(input: string, options?: PromptOptions): Promise<number>;
  /** Older names for the same, still in extension contexts. */
  inputQuota?: number;
  inputUsage?: number;
  measureInputUsage?(input: string, options?: PromptOptions): Promise<number>;
}

export interface LanguageModelApi {
  availability(options?: CoreOptions): Promise<Availability | string>;
  create(options?: CreateOptions): Promise<LanguageModelSession>;
}

/** English in, English out: asked the same way for availability() and create(). */
export const MODEL_OPTIONS: CoreOptions = {
  expectedInputs: [{ type: 'text', languages: ['en'] }],
  expectedOutputs: [{ type: 'text', languages: ['en'] }],
};
