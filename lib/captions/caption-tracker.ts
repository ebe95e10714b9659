import {
  cleanAppended,
  cleanCaptionText,
  isCaptionReset,
  isRelatedText,
  isUnknownSpeaker,
  textAfterPrefix,
} from './caption-text';
import { splitPoint } from './split-point';
import { UTTERANCE_TEXT_MAX } from './utterance-limits';
import type { Utterance } from './utterance-schema';

/** One visible caption block as an adapter reads it. `key` is a node identity when it is stable. */
export interface CaptionBlock {
  speaker: string;
  text: string;
  key?: unknown;
}

interface CaptionTrackerOptions {
  onUtterance: (utterance: Utterance) => void;
  isSelf?: (speaker: string) => boolean;
  /** Makes ids unique across tracker instances (e.g. platform + start time). */
  idPrefix?: string;
  /** Open utterances settle after this long without a change. */
  quietMs?: number;
  /** Only the newest blocks of a snapshot are read, which caps work on long transcripts. */
  maxBlocks?: number;
  /** How many vanished blocks are remembered so re-inserted (virtualised) lines are not repeated. */
  recentClosedMax?: number;
}

interface Tracked {
  key: unknown;
  /** The text as the adapter last gave it, before normalising: unchanged text skips the work. */
  raw: string;
  speaker: string;
  /** The block's whole text as last seen. */
  text: string;
  /** Leading text that already belongs to finalised utterances. */
  prefix: string;
  /** The utterance this block is feeding; null when everything visible is already final. */
  id: string | null;
  revision: number;
  start: number;
  end: number;
  final: boolean;
  /** Text of the current utterance as last emitted. */
  emitted: string;
}

interface Closed {
  speaker: string;
  text: string;
}

function sameSpeaker(a: string, b: string): boolean {
  return a === b || isUnknownSpeaker(a) || isUnknownSpeaker(b);
}

/**
 * Turns successive snapshots of caption blocks into revisioned utterances. Pure: time comes in as
 * arguments and quiet-period settling happens in `tick`, so it runs the same in tests and pages.
 * Memory holds only the blocks currently visible plus a short ring of vanished ones.
 */
export class CaptionTracker {
  private records: Tracked[] = [];
  private closed: Closed[] = [];
  private counter = 0;
  private readonly onUtterance: (utterance: Utterance) => void;
  private readonly isSelf: (speaker: string) => boolean;
  private readonly idPrefix: string;
  private readonly quietMs: number;
  private readonly maxBlocks: number;
  private readonly recentClosedMax: number;

  constructor(options: CaptionTrackerOptions) {
    this.onUtterance = options.onUtterance;
    this.isSelf = options.isSelf ?? (() => false);
    this.idPrefix = options.idPrefix ?? 'u-';
    this.quietMs = options.quietMs ?? 2500;
    this.maxBlocks = options.maxBlocks ?? 40;
    this.recentClosedMax = options.recentClosedMax ?? 64;
  }

  /** Number of blocks held in memory (for tests and benchmarks). */
  get openBlockCount(): number {
    return this.records.length;
  }

  update(rawBlocks: readonly CaptionBlock[], now: number): void {
    const tail = rawBlocks.length > this.maxBlocks ? rawBlocks.slice(-this.maxBlocks) : rawBlocks;
    const byKey = new Map<unknown, Tracked>();
    for (const r of this.records) if (r.key !== undefined) byKey.set(r.key, r);
    const blocks = tail.map((b) => {
      const known = b.key === undefined ? undefined : byKey.get(b.key);
      return {
        speaker: cleanCaptionText(b.speaker),
        text: (known && cleanAppended(known.raw, known.text, b.text)) ?? cleanCaptionText(b.text),
        raw: b.text,
        key: b.key,
      };
    });
    const matched = this.match(blocks, byKey);

    const kept = new Set(matched.filter((r): r is Tracked => r !== null));
    for (const r of this.records) {
      if (kept.has(r)) continue;
      this.finalize(r);
      this.remember({ speaker: r.speaker, text: r.text });
    }

    const firstMatched = matched.findIndex((r) => r !== null);
    const next: Tracked[] = [];
    blocks.forEach((block, i) => {
      const found = matched[i];
      if (found) {
        this.apply(found, block, now, next);
        found.raw = block.raw;
        next.push(found);
        return;
      }
      // Lines above the first known one are history scrolled back into view; when nothing at all
      // is known the list was re-rendered, so vanished lines may be coming back.
      const record = this.revive(
        block,
        now,
        firstMatched !== -1 && i < firstMatched,
        firstMatched === -1,
      );
      if (record.id !== null) this.finalizeAll(next);
      if (record.id !== null) this.emit(record);
      next.push(record);
    });
    this.records = next;
  }

  /** Settles utterances that have been quiet for `quietMs`. */
  tick(now: number): void {
    for (const r of this.records) {
      if (r.id !== null && !r.final && now - r.end >= this.quietMs) this.finalize(r);
    }
  }

  /** Settles everything, e.g. when the caption area is gone for good. */
  flush(): void {
    this.finalizeAll(this.records);
  }

  private match(
    blocks: { speaker: string; text: string; key: unknown }[],
    byKey: Map<unknown, Tracked>,
  ): (Tracked | null)[] {
    const matched: (Tracked | null)[] = blocks.map(() => null);
    const used = new Set<Tracked>();
    const keysInView = new Set<unknown>();
    blocks.forEach((b, i) => {
      if (b.key === undefined) return;
      keysInView.add(b.key);
      const r = byKey.get(b.key);
      if (r && !used.has(r)) {
        matched[i] = r;
        used.add(r);
      }
    });
    const free = (r: Tracked) => !used.has(r) && (r.key === undefined || !keysInView.has(r.key));

    // Without a stable node, a block is the same block when its text carries on from one we hold,
    // scanning forwards so that order on screen is respected.
    const pass = (accept: (r: Tracked, b: (typeof blocks)[number]) => boolean) => {
      let cursor = 0;
      blocks.forEach((b, i) => {
        const already = matched[i];
        if (already) {
          cursor = Math.max(cursor, this.records.indexOf(already) + 1);
          return;
        }
        for (let j = cursor; j < this.records.length; j++) {
          const r = this.records[j];
          if (!r || !free(r) || !sameSpeaker(r.speaker, b.speaker) || !accept(r, b)) continue;
          matched[i] = r;
          used.add(r);
          cursor = j + 1;
          break;
        }
      });
    };
    pass((r, b) => isRelatedText(r.text, b.text) && !isCaptionReset(r.text, b.text));
    // Early recognition rewrites short text wholesale ("I" → "Hi everyone"); keep it one utterance.
    pass((r) => r.id !== null && !r.final && r.text.length <= 40);
    return matched;
  }

  private apply(
    r: Tracked,
    b: { speaker: string; text: string },
    now: number,
    earlier: Tracked[],
  ): void {
    let renamed = false;
    if (b.speaker !== r.speaker && !isUnknownSpeaker(b.speaker)) {
      if (isUnknownSpeaker(r.speaker)) {
        r.speaker = b.speaker;
        renamed = true;
      } else {
        // The platform reused the node for someone else: a new utterance, not an edit.
        this.finalize(r);
        r.speaker = b.speaker;
        this.restart(r, b.text, '', now, earlier);
        return;
      }
    }
    if (b.text === r.text) {
      if (renamed && r.id !== null) this.emit(r);
      return;
    }
    if (r.id !== null && !r.final) {
      if (isCaptionReset(r.text, b.text)) {
        this.finalize(r);
        this.restart(r, b.text, '', now, earlier);
        return;
      }
      r.text = b.text;
      r.end = now;
      const { rest, prefix } = textAfterPrefix(r.text, r.prefix);
      r.prefix = prefix;
      // Past the limit `emit` splits the text into a settled piece and a new open one.
      if (rest !== r.emitted || renamed) this.emit(r);
      return;
    }
    // Settled block that changes again: new words become a new utterance, corrections are dropped.
    if (isCaptionReset(r.text, b.text)) {
      this.restart(r, b.text, '', now, earlier);
    } else if (b.text.startsWith(r.text)) {
      this.restart(r, b.text, r.text, now, earlier);
    } else {
      r.text = b.text;
      r.prefix = b.text;
      if (renamed && r.id !== null) this.emit(r);
    }
  }

  private restart(r: Tracked, text: string, prefix: string, now: number, earlier: Tracked[]) {
    r.text = text;
    r.prefix = prefix;
    r.start = now;
    r.end = now;
    r.final = false;
    r.revision = 0;
    r.emitted = '';
    const { rest } = textAfterPrefix(text, prefix);
    if (rest === '') {
      r.id = null;
      return;
    }
    this.finalizeAll(earlier);
    r.id = this.nextId();
    this.emit(r);
  }

  /** A block we hold no record for: history, an echo of a vanished line, or new speech. */
  private revive(
    b: { speaker: string; text: string; raw: string; key: unknown },
    now: number,
    isHistory: boolean,
    mayEcho: boolean,
  ): Tracked {
    const r: Tracked = {
      key: b.key,
      raw: b.raw,
      speaker: b.speaker,
      text: b.text,
      prefix: b.text,
      id: null,
      revision: 0,
      start: now,
      end: now,
      final: true,
      emitted: '',
    };
    if (isHistory) return r;
    const echoAt = mayEcho ? this.findClosed(b) : -1;
    if (echoAt !== -1) {
      const echo = this.closed[echoAt];
      this.closed.splice(echoAt, 1);
      if (echo && b.text.startsWith(echo.text) && b.text.length > echo.text.length) {
        r.prefix = echo.text;
      } else {
        return r;
      }
    } else {
      r.prefix = '';
    }
    const { rest } = textAfterPrefix(b.text, r.prefix);
    if (rest === '') return r;
    r.final = false;
    r.id = this.nextId();
    return r;
  }

  private findClosed(b: { speaker: string; text: string }): number {
    for (let i = this.closed.length - 1; i >= 0; i--) {
      const c = this.closed[i];
      if (!c || !sameSpeaker(c.speaker, b.speaker)) continue;
      if (c.text === b.text) return i;
      // Short lines ("Yeah.") recur for real, so only longer ones count as continuing an echo.
      if (Math.min(c.text.length, b.text.length) >= 12 && b.text.startsWith(c.text)) return i;
    }
    return -1;
  }

  private remember(c: Closed): void {
    if (c.text === '') return;
    this.closed.push(c);
    if (this.closed.length > this.recentClosedMax) this.closed.shift();
  }

  private finalizeAll(records: Tracked[]): void {
    for (const r of records) this.finalize(r);
  }

  private finalize(r: Tracked): void {
    if (r.id === null || r.final) return;
    r.final = true;
    this.emit(r);
  }

  private emit(r: Tracked): void {
    if (r.id === null) return;
    let { rest } = textAfterPrefix(r.text, r.prefix);
    // A monologue longer than one utterance may hold is settled piece by piece; every character
    // goes into exactly one piece, so nothing said is lost at a split, however big the edit was.
    while (rest.length > UTTERANCE_TEXT_MAX) {
      const cut = splitPoint(rest, UTTERANCE_TEXT_MAX);
      this.onUtterance({
        id: r.id,
        revision: r.revision++,
        speaker: r.speaker,
        isSelf: this.isSelf(r.speaker),
        text: rest.slice(0, cut).trimEnd(),
        start: r.start,
        end: r.end,
        final: true,
      });
      // `rest` is the trimmed end of `text`, so its start is found from the end.
      r.prefix = r.text.slice(0, r.text.trimEnd().length - rest.length + cut);
      rest = textAfterPrefix(r.text, r.prefix).rest;
      r.id = this.nextId();
      r.revision = 0;
      r.start = r.end;
    }
    r.emitted = rest;
    if (rest === '' && !r.final) return;
    this.onUtterance({
      id: r.id,
      revision: r.revision++,
      speaker: r.speaker,
      isSelf: this.isSelf(r.speaker),
      text: rest,
      start: r.start,
      end: r.end,
      final: r.final,
    });
  }

  private nextId(): string {
    this.counter += 1;
    return `${this.idPrefix}${this.counter}`;
  }
}
