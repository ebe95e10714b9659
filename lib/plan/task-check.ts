/** What has to be seen for a plan task to tick itself; `manual` tasks are ticked by hand only. */
export type TaskCheck =
  | { kind: 'manual' }
  /** Stories tagged with at least one value of the framework. */
  | { kind: 'stories-mapped'; count: number }
  /** Every value of the framework has at least one story. */
  | { kind: 'stories-every-value' }
  /** Stories with a value line, a measurable outcome and what you would do differently. */
  | { kind: 'stories-strong'; count: number }
  /** The three thinnest values each have this many strong stories. */
  | { kind: 'stories-thinnest'; perValue: number }
  /** Finished rounds of these types since the plan began. */
  | { kind: 'rounds'; tag: RoundTag; count: number }
  | { kind: 'rehearsals'; count: number }
  | { kind: 'career-arc' }
  | { kind: 'readiness' };

/** What a finished round counts as; one round may carry several tags. */
export type RoundTag =
  | 'behavioural'
  | 'recruiter-screen'
  | 'coding'
  | 'system-design'
  | 'role-screen'
  | 'technical'
  | 'peer-mock'
  | 'full-loop'
  | 'cold-start';
