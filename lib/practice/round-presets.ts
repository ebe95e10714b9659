type RoundKind = 'screen' | 'behavioural' | 'technical' | 'custom';

interface RoundPreset {
  id: string;
  name: string;
  /** Default length; the user may pick anything between minMinutes and maxMinutes. */
  minutes: number;
  minMinutes: number;
  maxMinutes: number;
  description: string;
  kind: RoundKind;
}

export const roundPresets: readonly RoundPreset[] = [
  {
    id: 'recruiter-screen',
    name: 'Recruiter screen',
    minutes: 30,
    minMinutes: 30,
    maxMinutes: 30,
    description:
      'Your career story in a few minutes, what you want from the next role, and the pay number you can back up.',
    kind: 'screen',
  },
  {
    id: 'hiring-manager',
    name: 'Hiring-manager call',
    minutes: 45,
    minMinutes: 45,
    maxMinutes: 60,
    description:
      'Decision stories: what you chose, what you knew then, and what you would weigh differently now.',
    kind: 'behavioural',
  },
  {
    id: 'role-screen',
    name: 'Role screen',
    minutes: 60,
    minMinutes: 60,
    maxMinutes: 90,
    description:
      'The functional screen for your track: architecture for engineers, product sense for PMs, portfolio reasoning for designers.',
    kind: 'technical',
  },
  {
    id: 'onsite',
    name: 'Onsite interview',
    minutes: 45,
    minMinutes: 45,
    maxMinutes: 45,
    description:
      'One of the independent loop interviews: a value question at a time, probed hard, core values always included.',
    kind: 'behavioural',
  },
  {
    id: 'coding',
    name: 'Coding round',
    minutes: 45,
    minMinutes: 45,
    maxMinutes: 45,
    description: 'A medium problem solved out loud: clarify, plan, analyse, test.',
    kind: 'technical',
  },
  {
    id: 'system-design',
    name: 'System design',
    minutes: 45,
    minMinutes: 45,
    maxMinutes: 45,
    description:
      'Design at streaming scale and defend every structural choice: delivery, caching, recommendations, failure, experiments.',
    kind: 'technical',
  },
  {
    id: 'custom',
    name: 'Custom round',
    minutes: 30,
    minMinutes: 5,
    maxMinutes: 120,
    description: 'Pick the length and the values you want to drill.',
    kind: 'custom',
  },
];

export function findPreset(id: string): RoundPreset | undefined {
  return roundPresets.find((p) => p.id === id);
}

/** A drill of one value, started from the plan or the prompt library, runs this long. */
export const DRILL_MINUTES = 15;
