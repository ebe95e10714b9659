import type { ClipKind } from './clip-kinds';

const count = (text: string, words: readonly string[]) =>
  words.reduce((n, w) => n + (text.includes(w) ? 1 : 0), 0);

const JOB_WORDS = [
  'responsibilities',
  'qualifications',
  'requirements',
  'what you will do',
  "what you'll do",
  'what we look for',
  'years of experience',
  'apply',
  'salary',
  'compensation',
  'benefits',
  'about the role',
  'the role',
  'you will',
];
const MEMO_WORDS = ['culture', 'memo', 'how we work', 'keeper test', 'feedback', 'context'];
const VALUES_WORDS = ['values', 'principles', 'what we value', 'we hire for', 'our beliefs'];

/** A posting's own path: /jobs/42, /positions/…, /openings/…; a /careers section alone is not one. */
const JOB_ADDRESS = /\/(jobs?|positions?|openings?)\b/;

function addressParts(url: string): { host: string; path: string } {
  try {
    const u = new URL(url);
    return { host: u.hostname.toLowerCase(), path: u.pathname.toLowerCase() };
  } catch {
    return { host: '', path: url.toLowerCase() };
  }
}

/**
 * A first guess at what kind of page was clipped, from its address, title and text; the user can
 * change it. A page with several named values is a values page unless it reads like a posting.
 */
export function classifyClip(input: {
  url: string;
  title: string;
  text: string;
  valueCount: number;
}): ClipKind {
  const head = `${input.url} ${input.title}`.toLowerCase();
  const text = input.text.toLowerCase();
  const { host, path } = addressParts(input.url);
  // A posting's own address says so (/jobs/123); a careers site's host does not: it also serves
  // its values and culture pages (careers.example.com/values).
  const job =
    count(text, JOB_WORDS) +
    (JOB_ADDRESS.test(path) ? 3 : 0) +
    (/^(jobs?|careers?)\./.test(host) || /\/careers?\b/.test(path) ? 1 : 0);
  if (job >= 4) return 'job-posting';
  const values = count(head, VALUES_WORDS) * 2 + count(text.slice(0, 2000), VALUES_WORDS);
  if (input.valueCount >= 3 && values >= 1) return 'values-page';
  if (count(head, MEMO_WORDS) >= 1 || count(text, MEMO_WORDS) >= 3) return 'culture-memo';
  if (input.valueCount >= 4) return 'values-page';
  return 'other';
}
