import type * as z from 'zod/mini';
import { fromBase64Url, toBase64Url } from './base64url';
import { crc32Hex } from './crc32';
import {
  OVERALL_VOTES,
  planPartSchema,
  sealedVoteSchema,
  type PlanPart,
  type SealedVote,
} from './peer-schema';

/**
 * A block is `[[loopside <kind> <format> <payload> <crc32>]]`: one line of chat-safe characters.
 * The checksum covers kind, format and payload, so any edit shows; the brackets show a cut.
 */
const BLOCK_LABEL = 'loopside';
const BLOCK_FORMAT = 1;
type BlockKind = 'vote' | 'plan';
const kindWords: Record<BlockKind, string> = { vote: 'vote', plan: 'loop plan' };

type DecodedBlock =
  | { kind: 'vote'; vote: SealedVote; text: string; index: number; line: number }
  | { kind: 'plan'; plan: PlanPart; text: string; index: number; line: number };

interface BlockProblem {
  index: number;
  line: number;
  message: string;
}

export interface DecodeResult {
  blocks: DecodedBlock[];
  problems: BlockProblem[];
}

function voteToTuple(v: SealedVote): unknown[] {
  return [
    v.loopId,
    v.interviewNo,
    v.revision,
    v.interviewer,
    v.frameworkId,
    v.values.map((x) => [x.valueId, x.score, x.evidence]),
    OVERALL_VOTES.indexOf(v.overall),
    v.rationale,
    v.sealedAt,
  ];
}

function tupleToVote(t: unknown): unknown {
  if (!Array.isArray(t) || t.length !== 9 || !Array.isArray(t[5])) return null;
  return {
    loopId: t[0],
    interviewNo: t[1],
    revision: t[2],
    interviewer: t[3],
    frameworkId: t[4],
    values: (t[5] as unknown[]).map((x) =>
      Array.isArray(x) ? { valueId: x[0], score: x[1], evidence: x[2] } : null,
    ),
    overall: typeof t[6] === 'number' ? OVERALL_VOTES[t[6]] : undefined,
    rationale: t[7],
    sealedAt: t[8],
  };
}

function planToTuple(p: PlanPart): unknown[] {
  return [
    p.loopId,
    p.loopName,
    p.candidate,
    p.frameworkId,
    p.frameworkName,
    p.interviewNo,
    p.interviewCount,
    p.interviewer,
    p.values.map((v) => [v.id, v.name]),
    p.minutes,
    p.day,
  ];
}

function tupleToPlan(t: unknown): unknown {
  if (!Array.isArray(t) || t.length !== 11 || !Array.isArray(t[8])) return null;
  return {
    loopId: t[0],
    loopName: t[1],
    candidate: t[2],
    frameworkId: t[3],
    frameworkName: t[4],
    interviewNo: t[5],
    interviewCount: t[6],
    interviewer: t[7],
    values: (t[8] as unknown[]).map((x) => (Array.isArray(x) ? { id: x[0], name: x[1] } : null)),
    minutes: t[9],
    day: t[10],
  };
}

function wrap(kind: BlockKind, tuple: unknown[]): string {
  const body = `${kind} ${BLOCK_FORMAT} ${toBase64Url(JSON.stringify(tuple))}`;
  return `[[${BLOCK_LABEL} ${body} ${crc32Hex(body)}]]`;
}

export function encodeVote(vote: SealedVote): string {
  return wrap('vote', voteToTuple(sealedVoteSchema.parse(vote)));
}

export function encodePlanPart(plan: PlanPart): string {
  return wrap('plan', planToTuple(planPartSchema.parse(plan)));
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = row[j] ?? 0;
      row[j] = Math.min(here + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return row[b.length] ?? 0;
}

interface Found {
  start: number;
  raw: string;
  closed: boolean;
  openingOk: boolean;
}

/**
 * Every place in the text that is, or was meant to be, a block: a `[[` followed by something close
 * to the label, or the label and kind without their brackets. Damaged ones are found so they can
 * be reported rather than silently skipped.
 */
function findBlocks(text: string): Found[] {
  const anchors = new Map<number, boolean>();
  for (const m of text.matchAll(/\[\[([^\s\]]{0,16})/g)) {
    const word = (m[1] ?? '').toLowerCase();
    const head = word.slice(0, BLOCK_LABEL.length);
    const cutShort = m.index + m[0].length === text.length && BLOCK_LABEL.startsWith(word);
    if (editDistance(head, BLOCK_LABEL) <= 1 || (cutShort && word.length > 0)) {
      anchors.set(m.index, true);
    }
  }
  for (const m of text.matchAll(/loopside\s+(?:vote|plan)\s+\d/gi)) {
    const covered = [...anchors.keys()].some((a) => m.index - a >= 0 && m.index - a <= 3);
    if (!covered) anchors.set(Math.max(0, m.index - (text[m.index - 1] === '[' ? 1 : 0)), false);
  }
  const starts = [...anchors.keys()].sort((a, b) => a - b);
  return starts.map((start, i) => {
    const limit = starts[i + 1] ?? text.length;
    const end = text.indexOf(']]', start);
    const closed = end !== -1 && end + 2 <= limit;
    return {
      start,
      raw: closed ? text.slice(start, end + 2) : text.slice(start, limit).trimEnd(),
      closed,
      openingOk: anchors.get(start) ?? false,
    };
  });
}

type Parsed =
  { ok: true; kind: BlockKind; value: unknown; text: string } | { ok: false; message: string };

function parseBlock(f: Found): Parsed {
  if (!f.openingOk || !f.raw.startsWith('[[')) {
    return { ok: false, message: 'its opening “[[” is missing or damaged' };
  }
  if (!f.closed) {
    return { ok: false, message: 'it is cut off: the closing “]]” is missing' };
  }
  // A chat that wraps long lines breaks the code with spaces or line breaks; the code itself has
  // none, so the pieces between the format and the check code are joined again (the check code
  // still catches any other change).
  const words = f.raw.slice(2, -2).trim().split(/\s+/);
  const parts =
    words.length > 5 ? [...words.slice(0, 3), words.slice(3, -1).join(''), words.at(-1)] : words;
  const [label, kind, format, payload, crc] = parts;
  if (label !== BLOCK_LABEL) {
    return { ok: false, message: `its label is damaged (“${label ?? ''}” instead of “loopside”)` };
  }
  if (parts.length !== 5 || !kind || !format || !payload || !crc) {
    return { ok: false, message: 'it is damaged: its parts are not where they should be' };
  }
  if (!/^[0-9a-f]{8}$/.test(crc)) {
    return { ok: false, message: 'its check code is damaged' };
  }
  if (crc32Hex(`${kind} ${format} ${payload}`) !== crc) {
    return {
      ok: false,
      message:
        'it was changed after it was made (the check code does not match) — ask for a fresh copy',
    };
  }
  if (kind !== 'vote' && kind !== 'plan') {
    return { ok: false, message: `it is not a vote or a loop plan (kind “${kind}”)` };
  }
  if (format !== String(BLOCK_FORMAT)) {
    return {
      ok: false,
      message: `it was made by a newer Loopside (format ${format}) — update Loopside to read it`,
    };
  }
  let tuple: unknown;
  try {
    tuple = JSON.parse(fromBase64Url(payload));
  } catch {
    return { ok: false, message: 'its content cannot be read' };
  }
  const schema: z.ZodMiniType = kind === 'vote' ? sealedVoteSchema : planPartSchema;
  const parsed = schema.safeParse(kind === 'vote' ? tupleToVote(tuple) : tupleToPlan(tuple));
  if (!parsed.success) {
    return { ok: false, message: `its ${kindWords[kind]} is not complete or not valid` };
  }
  return { ok: true, kind, value: parsed.data, text: `[[${parts.join(' ')}]]` };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Finds every block in pasted text (one block, several, or a whole chat transcript) and checks each
 * whole. Pure: callers decide what to store, and store nothing when `problems` is not empty unless
 * the user asks for the good blocks alone.
 */
export function decodeBlocks(text: string): DecodeResult {
  const found = findBlocks(text);
  const blocks: DecodedBlock[] = [];
  const problems: BlockProblem[] = [];
  const seen = new Map<string, number>();
  found.forEach((f, i) => {
    const index = i + 1;
    const line = lineAt(text, f.start);
    const first = seen.get(f.raw);
    if (first !== undefined) {
      problems.push({
        index,
        line,
        message: `Block ${index} (line ${line}) repeats block ${first} word for word — it counts once.`,
      });
      return;
    }
    seen.set(f.raw, index);
    const p = parseBlock(f);
    if (!p.ok) {
      problems.push({ index, line, message: `Block ${index} (line ${line}): ${p.message}.` });
    } else if (p.kind === 'vote') {
      blocks.push({ kind: 'vote', vote: p.value as SealedVote, text: p.text, index, line });
    } else {
      blocks.push({ kind: 'plan', plan: p.value as PlanPart, text: p.text, index, line });
    }
  });
  if (found.length === 0) {
    problems.push({
      index: 0,
      line: 1,
      message:
        text.trim() === ''
          ? 'Nothing was pasted.'
          : 'No Loopside block found in the pasted text. A block starts with “[[loopside” and ends with “]]”.',
    });
  }
  return { blocks, problems };
}
