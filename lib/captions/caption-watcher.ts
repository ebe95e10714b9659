import { CaptionTracker, type CaptionBlock } from './caption-tracker';
import type { CaptionHealth, CaptionHealthState, Platform, Utterance } from './utterance-schema';

export interface CaptionWatcherOptions {
  doc: Document;
  platform: Platform;
  findRoot: (doc: Document) => Element | null;
  readBlocks: (root: Element) => CaptionBlock[];
  /** Whether a speaker label is the local user; defaults to never (the panel then asks). */
  isSelf?: (speaker: string) => boolean;
  /** True when the in-call UI is present, so a missing caption area means captions are off. */
  isCallUi?: (doc: Document) => boolean;
  /**
   * Whether the call shows captions as on (its caption button offers to turn them off); null when
   * the page does not say. On with no caption area means the area went out of sight, not off.
   */
  captionsOn?: (doc: Document) => boolean | null;
  captionsOffDetail?: string;
  onUtterance: (utterance: Utterance) => void;
  onHealth: (health: CaptionHealth) => void;
  now: () => number;
  watchdogMs?: number;
  quietMs?: number;
  /** Watchdog checks without a caption area or call UI before saying "not found". */
  notFoundAfterChecks?: number;
  setInterval?: (fn: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

const DETAILS: Record<Exclude<CaptionHealthState, 'captions-off'>, string> = {
  searching: 'Looking for the call’s captions.',
  'not-found':
    'No call captions on this page yet. Loopside will pick them up once the call starts.',
  working: 'Reading the call’s captions.',
  lost: 'The caption area went away. Looking for it again.',
  refound: 'Found the captions again and carried on reading.',
};

/**
 * Follows one platform's caption area: observes it, re-finds it when the page swaps it out, and
 * reports health. It only ever reads the page.
 */
export class CaptionWatcher {
  private readonly o: CaptionWatcherOptions;
  private readonly tracker: CaptionTracker;
  private root: Element | null = null;
  private observer: MutationObserver | null = null;
  private timer: unknown = null;
  private state: CaptionHealthState | null = null;
  private everFound = false;
  private misses = 0;
  private stopped = false;

  constructor(options: CaptionWatcherOptions) {
    this.o = options;
    this.tracker = new CaptionTracker({
      onUtterance: options.onUtterance,
      isSelf: options.isSelf,
      quietMs: options.quietMs,
      idPrefix: `${options.platform}-${options.now().toString(36)}-`,
    });
  }

  start(): this {
    this.report('searching');
    this.check();
    const every = this.o.setInterval ?? ((fn, ms) => setInterval(fn, ms));
    this.timer = every(() => this.check(), this.o.watchdogMs ?? 2000);
    return this;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.detach();
    if (this.timer !== null) {
      const clear =
        this.o.clearInterval ??
        ((h: unknown) => clearInterval(h as ReturnType<typeof setInterval>));
      clear(this.timer);
      this.timer = null;
    }
    this.tracker.flush();
  }

  /** The watchdog: also exposed so tests and the bench can drive it without real timers. */
  check(): void {
    if (this.stopped) return;
    const found = this.o.findRoot(this.o.doc);
    if (this.root && (!this.root.isConnected || (found !== null && found !== this.root))) {
      this.detach();
      this.report('lost');
    }
    if (!this.root) {
      if (found) {
        this.attach(found);
      } else if (this.o.isCallUi?.(this.o.doc)) {
        // The caption button still says captions are on: the area was moved or hidden (a layout
        // change), so "lost" stands rather than telling the user to turn on what is on.
        if (this.everFound && this.o.captionsOn?.(this.o.doc) === true) this.report('lost');
        else this.report('captions-off');
      } else if (++this.misses >= (this.o.notFoundAfterChecks ?? 3) && this.state !== 'lost') {
        this.report('not-found');
      }
    }
    this.tracker.tick(this.o.now());
  }

  private attach(root: Element): void {
    this.root = root;
    this.misses = 0;
    const view = root.ownerDocument.defaultView ?? this.o.doc.defaultView;
    const Observer = view?.MutationObserver ?? MutationObserver;
    this.observer = new Observer(() => this.read());
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.report(this.everFound ? 'refound' : 'working');
    this.everFound = true;
    this.read();
  }

  private detach(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.root = null;
  }

  private read(): void {
    if (!this.root) return;
    // A surprise in the page's markup must never surface as an error inside the call.
    try {
      this.tracker.update(this.o.readBlocks(this.root), this.o.now());
    } catch {
      /* keep watching; the next mutation may read cleanly */
    }
  }

  private report(state: CaptionHealthState): void {
    if (state === this.state) return;
    this.state = state;
    const detail =
      state === 'captions-off'
        ? (this.o.captionsOffDetail ?? 'Turn them on in the call to get live signals.')
        : DETAILS[state];
    this.o.onHealth({ platform: this.o.platform, state, detail, at: this.o.now() });
  }
}
