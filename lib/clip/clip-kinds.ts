/** Kept apart from the zod schema so the panel can name kinds without loading zod at start. */
export const CLIP_KINDS = ['job-posting', 'culture-memo', 'values-page', 'other'] as const;
export type ClipKind = (typeof CLIP_KINDS)[number];

export const CLIP_KIND_LABELS: Record<ClipKind, string> = {
  'job-posting': 'Job posting',
  'culture-memo': 'Culture memo',
  'values-page': 'Values page',
  other: 'Other',
};
