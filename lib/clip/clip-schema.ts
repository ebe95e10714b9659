import * as z from 'zod/mini';
import { MAX_CLIP_CHARS, MAX_CLIP_TITLE, MAX_CLIP_URL } from './clip-limits';
import { findUnsafeMarkup } from './safe-html';
import { CLIP_KINDS } from './clip-kinds';

const clipKindSchema = z.enum(CLIP_KINDS);

const webUrl = z.string().check(
  z.maxLength(MAX_CLIP_URL),
  z.refine((u) => /^https?:\/\//i.test(u), 'the source must be a web address (http or https)'),
);

/** Sanitised HTML, checked again without a DOM: nothing that can run survives to storage. */
const safeHtmlSchema = z.string().check(
  z.maxLength(MAX_CLIP_CHARS),
  z.superRefine((html, ctx) => {
    const problem = findUnsafeMarkup(html);
    if (problem)
      ctx.addIssue({ code: 'custom', message: `unsafe markup: ${problem}`, input: html });
  }),
);

const title = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_CLIP_TITLE));

export const clippedPageSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  title,
  url: webUrl,
  siteName: z.string().check(z.maxLength(200)),
  kind: clipKindSchema,
  clippedAt: z.number(),
  excerpt: z.string().check(z.maxLength(600)),
  text: z.string().check(z.minLength(1), z.maxLength(MAX_CLIP_CHARS)),
  html: safeHtmlSchema,
});
export type ClippedPage = z.infer<typeof clippedPageSchema>;

/** What the script injected into the page sends back; parsed before anything is stored. */
export const readerResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('ok'),
    url: webUrl,
    title,
    siteName: z.string().check(z.maxLength(200)),
    excerpt: z.string().check(z.maxLength(600)),
    text: z.string().check(z.minLength(1), z.maxLength(MAX_CLIP_CHARS)),
    html: safeHtmlSchema,
  }),
  z.object({ status: z.literal('not-html'), contentType: z.string().check(z.maxLength(200)) }),
  z.object({ status: z.literal('no-article') }),
  z.object({ status: z.literal('too-large'), what: z.enum(['page', 'article']) }),
]);
export type ReaderResult = z.infer<typeof readerResultSchema>;
