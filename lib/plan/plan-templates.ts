import type { PlanLength, PlanTrack } from './plan-schema';
import type { TaskCheck } from './task-check';

/** Where a task leads in the product: a workspace section, or a round of a given type. */
export type TaskLink =
  | { kind: 'section'; section: 'stories' | 'coverage' | 'plan-readiness' | 'plan-rehearsal' }
  | { kind: 'round'; presetId: string };

interface TaskTemplate {
  /** Stable within a plan length, so a hand tick survives a change of date. */
  slug: string;
  /** Day within the nominal plan (0 = first day); scaled to the days actually available. */
  day: number;
  title: string;
  detail: string;
  check: TaskCheck;
  link?: TaskLink;
}

const round = (presetId: string): TaskLink => ({ kind: 'round', presetId });
const section = (s: Extract<TaskLink, { kind: 'section' }>['section']): TaskLink => ({
  kind: 'section',
  section: s,
});

function mocks(days: number[], of: number): TaskTemplate[] {
  return days.map((day, i) => ({
    slug: `behavioural-${i + 1}`,
    day,
    title: `Behavioural mock ${i + 1} of ${of}`,
    detail:
      'A full onsite-style round; have every answer name the value it shows, and take the "which principle was that?" probe each time.',
    check: { kind: 'rounds', tag: 'behavioural', count: i + 1 },
    link: round('onsite'),
  }));
}

function technical(track: PlanTrack, days: number[]): TaskTemplate[] {
  const [a = 0, b = a, c = b] = days;
  if (track === 'engineer')
    return [
      {
        slug: 'tech-coding',
        day: a,
        title: 'Solve a medium coding problem out loud',
        detail: 'Clarify, plan, code, test, and say the complexity before you are asked.',
        check: { kind: 'rounds', tag: 'coding', count: 1 },
        link: round('coding'),
      },
      {
        slug: 'tech-design',
        day: b,
        title: 'One system-design round at streaming scale',
        detail:
          'Pick one: video delivery and caching at the edge, recommendations, or resilience under failure.',
        check: { kind: 'rounds', tag: 'system-design', count: 1 },
        link: round('system-design'),
      },
      {
        slug: 'tech-daily',
        day: c,
        title: 'An hour a day on distributed-systems basics',
        detail:
          'Replication, partitioning, back-pressure, failure testing; tick when the week is done.',
        check: { kind: 'manual' },
      },
    ];
  const what =
    track === 'pm'
      ? 'Product sense with the company’s own levers: keeping subscribers, what people watch, how good the suggestions are — and the metric you would move.'
      : track === 'designer'
        ? 'Walk through two portfolio pieces, defending each decision and what you traded away.'
        : 'The functional screen for your role, with the reasoning said out loud.';
  return [
    {
      slug: 'tech-role',
      day: a,
      title: 'Role screen practice',
      detail: what,
      check: { kind: 'rounds', tag: 'role-screen', count: 1 },
      link: round('role-screen'),
    },
    {
      slug: 'tech-role-2',
      day: c,
      title: 'Second role screen, on what went worst the first time',
      detail: what,
      check: { kind: 'rounds', tag: 'role-screen', count: 2 },
      link: round('role-screen'),
    },
  ];
}

const readMemo = (day: number): TaskTemplate => ({
  slug: 'read-memo',
  day,
  title: 'Read the culture memo end to end',
  detail: 'Note each value in your own words and one moment from your work that fits it.',
  check: { kind: 'manual' },
});
const readiness = (day: number): TaskTemplate => ({
  slug: 'readiness',
  day,
  title: 'Get ready for the recruiter screen',
  detail:
    'A researched pay number with its sources and date, your two-minute career arc, and what you do and do not want next.',
  check: { kind: 'readiness' },
  link: section('plan-readiness'),
});
const screenRound = (day: number): TaskTemplate => ({
  slug: 'recruiter-round',
  day,
  title: 'Practise the recruiter screen',
  detail: 'Say the career arc, the wants and the number out loud, with no hedging.',
  check: { kind: 'rounds', tag: 'recruiter-screen', count: 1 },
  link: round('recruiter-screen'),
});
const rehearse = (day: number, count: number): TaskTemplate => ({
  slug: `rehearse-${count}`,
  day,
  title: `Rehearse stories from the queue (${count} tellings)`,
  detail: 'Tell each due story against the answer timer, then rate how it went.',
  check: { kind: 'rehearsals', count },
  link: section('plan-rehearsal'),
});
const peer = (day: number): TaskTemplate => ({
  slug: 'peer-mock',
  day,
  title: 'One peer mock',
  detail: 'A friend plays the interviewer with their own copy of Loopside and votes alone.',
  check: { kind: 'rounds', tag: 'peer-mock', count: 1 },
});
const loop = (day: number): TaskTemplate => ({
  slug: 'full-loop',
  day,
  title: 'A full simulated loop',
  detail:
    'Four or five onsite interviews back to back; write down which value probes still feel awkward.',
  check: { kind: 'rounds', tag: 'full-loop', count: 1 },
  link: round('onsite'),
});
const coldStart = (day: number): TaskTemplate => ({
  slug: 'cold-start',
  day,
  title: 'Cold-start drill',
  detail: 'Answer for someone who knows nothing about you: no warm-up, no shared context.',
  check: { kind: 'rounds', tag: 'cold-start', count: 1 },
});
const rest = (day: number): TaskTemplate => ({
  slug: 'rest',
  day,
  title: 'Light review and rest',
  detail: 'Skim your cue cards and sleep; no new stories today.',
  check: { kind: 'manual' },
});

export function planTemplates(length: PlanLength, track: PlanTrack): TaskTemplate[] {
  if (length === 2)
    return [
      readMemo(0),
      {
        slug: 'map-8',
        day: 1,
        title: 'Tag your 8–10 strongest stories with the value each proves',
        detail: 'One value per story is enough to start; the coverage map shows the gaps.',
        check: { kind: 'stories-mapped', count: 8 },
        link: section('coverage'),
      },
      ...mocks([2, 3], 2),
      ...technical(track, [4, 5, 6]),
      readiness(6),
      rehearse(7, 3),
      loop(8),
      coldStart(10),
      peer(11),
      screenRound(12),
      rest(13),
    ];
  if (length === 4)
    return [
      readMemo(0),
      {
        slug: 'map-8',
        day: 1,
        title: 'Map your stories to the values',
        detail:
          'Tag at least eight stories; the coverage map then names the three thinnest values.',
        check: { kind: 'stories-mapped', count: 8 },
        link: section('coverage'),
      },
      {
        slug: 'thinnest-2',
        day: 3,
        title: 'Two strong stories for each of the three thinnest values',
        detail:
          'Strong means a named value, a number in the outcome and what you would change now.',
        check: { kind: 'stories-thinnest', perValue: 2 },
        link: section('coverage'),
      },
      readiness(5),
      ...mocks([7, 9, 11], 3),
      peer(12),
      ...technical(track, [14, 16, 18]),
      rehearse(17, 5),
      loop(21),
      coldStart(23),
      screenRound(25),
      rest(27),
    ];
  return [
    {
      slug: 'career-arc',
      day: 0,
      title: 'Write your two-minute career arc',
      detail: 'Where you started, the turns you chose and why, and where you want to go next.',
      check: { kind: 'career-arc' },
      link: section('plan-readiness'),
    },
    readMemo(2),
    {
      slug: 'map-8',
      day: 4,
      title: 'Tag the stories you already have',
      detail: 'Anything from your work that shows a value counts as a start.',
      check: { kind: 'stories-mapped', count: 8 },
      link: section('stories'),
    },
    {
      slug: 'core-12',
      day: 10,
      title: 'Build twelve core stories',
      detail: 'Twelve stories tagged with the values they prove.',
      check: { kind: 'stories-mapped', count: 12 },
      link: section('stories'),
    },
    {
      slug: 'every-value',
      day: 13,
      title: 'A story for every value',
      detail: 'No value left without at least one story.',
      check: { kind: 'stories-every-value' },
      link: section('coverage'),
    },
    {
      slug: 'strong-12',
      day: 17,
      title: 'Deepen every story',
      detail:
        'Each one names its value, ends in a measurable result and says what you would do differently.',
      check: { kind: 'stories-strong', count: 12 },
      link: section('stories'),
    },
    {
      slug: 'thinnest-2',
      day: 20,
      title: 'Two strong stories for each of the three thinnest values',
      detail: 'The coverage map names them; build there first.',
      check: { kind: 'stories-thinnest', perValue: 2 },
      link: section('coverage'),
    },
    ...mocks([19, 22, 25, 27], 4),
    readiness(24),
    ...technical(track, [28, 33, 38]),
    rehearse(36, 8),
    peer(42),
    loop(45),
    coldStart(48),
    screenRound(51),
    rest(55),
  ];
}
