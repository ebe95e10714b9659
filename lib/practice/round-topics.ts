import type { ProbeKind } from '../frameworks/framework-schema';

export type RoleTrack = 'engineer' | 'pm' | 'designer';

/** A non-value prompt a round needs; shown with `label` where a value name would go. */
export interface RoundTopic {
  id: string;
  label: string;
  /** What the interviewer is listening for, in one line. */
  definition: string;
  /** Interchangeable wordings; the round seed picks one. */
  questions: readonly string[];
  /** Follow-up kinds that suit this topic, most useful first. */
  probeKinds: readonly ProbeKind[];
}

const topic = (t: RoundTopic): RoundTopic => t;

export const recruiterTopics = [
  topic({
    id: 'career-arc',
    label: 'Career arc',
    definition: 'A short, coherent story of your moves so far, each with a reason.',
    questions: [
      'Walk me through your career in about three minutes. Why did each move make sense at the time?',
      'Give me the short version of how you got from your first job to where you are now.',
      'What is the thread that connects the roles on your CV?',
    ],
    probeKinds: ['position', 'revisit'],
  }),
  topic({
    id: 'what-you-want',
    label: 'What you want',
    definition:
      'Knowing the work and environment you need, and being frank about what does not suit you.',
    questions: [
      'What do you want from your next role, and what would make you leave within six months?',
      'Describe the environment you do your best work in. What kind of team would frustrate you?',
      'Why this company, and why now? What are you moving away from?',
    ],
    probeKinds: ['limits', 'position'],
  }),
  topic({
    id: 'compensation-number',
    label: 'Compensation number',
    definition:
      'A specific, researched figure with its sources: levels data, competing offers, salary surveys.',
    questions: [
      'What total compensation are you looking for, and how did you arrive at that number?',
      'Give me a figure for your expectations and tell me what it is based on.',
      'If we made an offer tomorrow, what number would make this an easy yes, and where does it come from?',
    ],
    probeKinds: ['position', 'depth'],
  }),
] as const;

export const decisionStoryTopic = topic({
  id: 'decision-story',
  label: 'Decision story',
  definition:
    'Not a failure story: a real decision, the information you had, and what you would weigh differently now.',
  questions: [
    'Tell me about a decision you would revisit. What did you choose, and what did you know at the time?',
    'Pick a significant call you made in the last two years. What were the options, and why did you land where you did?',
    'Describe a decision you stand by even though it turned out badly. What would you weigh differently today?',
    'Tell me about a decision you made that your team disagreed with. What information did you have that they did not?',
    'Walk me through the hardest prioritisation call you made recently, and what it cost.',
  ],
  probeKinds: ['revisit', 'differently', 'position'],
});

export const roleTopics: Readonly<Record<RoleTrack, readonly RoundTopic[]>> = {
  engineer: [
    topic({
      id: 'architecture',
      label: 'Architecture',
      definition: 'Clear structure, explicit trade-offs, and reasons for each boundary.',
      questions: [
        'Sketch the architecture of a system you built. Which boundary would you draw differently now?',
        'Tell me about a technical design choice you defended under pushback. What were the alternatives?',
        'Describe the biggest piece of technical debt you took on deliberately. Was it the right call?',
      ],
      probeKinds: ['position', 'revisit', 'depth'],
    }),
    topic({
      id: 'engineering-ownership',
      label: 'Operating what you build',
      definition: 'Owning production: incidents, on-call and making failures less likely.',
      questions: [
        'Tell me about the worst production incident you were part of. What changed in the system afterwards?',
        'How do you decide a service is ready for production traffic?',
        'Describe how you measured the reliability of something you owned.',
      ],
      probeKinds: ['depth', 'differently'],
    }),
  ],
  pm: [
    topic({
      id: 'product-sense',
      label: 'Product sense',
      definition: 'Understanding members, choosing the right problem, and measuring what matters.',
      questions: [
        'How would you reduce churn among members who finish a series and then go quiet?',
        'Pick a feature of a streaming app you use. What would you change, for whom, and how would you measure it?',
        'How would you decide whether a new recommendation row is worth keeping on the home screen?',
      ],
      probeKinds: ['position', 'depth'],
    }),
    topic({
      id: 'product-metrics',
      label: 'Metrics',
      definition: 'Choosing a success metric and guarding against misleading wins.',
      questions: [
        'Engagement went up after your launch but retention did not. What do you do next?',
        'Which single metric would you own for a kids profile experience, and what would you watch alongside it?',
        'Tell me about a product decision where the data and your users told different stories.',
      ],
      probeKinds: ['depth', 'position'],
    }),
  ],
  designer: [
    topic({
      id: 'portfolio-rationale',
      label: 'Portfolio decisions',
      definition: 'The reasoning behind design choices, not how the screens look.',
      questions: [
        'Pick one project from your portfolio and walk me through the decision you argued hardest for.',
        'Show me a design where you rejected the obvious solution. Why?',
        'Which design in your portfolio would you change most today, and what made you see it differently?',
      ],
      probeKinds: ['revisit', 'position'],
    }),
    topic({
      id: 'design-trade-offs',
      label: 'Design trade-offs',
      definition:
        'Balancing user needs, business goals and engineering cost, and saying which won.',
      questions: [
        'Tell me about a time research contradicted what stakeholders wanted. What did you ship?',
        'Describe a compromise you made with engineering. What did the user lose, and was it worth it?',
        'How did you decide what to leave out of your last major release?',
      ],
      probeKinds: ['position', 'differently'],
    }),
  ],
};

/** One problem narrated end to end, so the steps stay in this order. */
export const codingTopics = [
  topic({
    id: 'coding-clarify',
    label: 'Clarify the problem',
    definition: 'Restating the problem, asking about inputs and edge cases before writing code.',
    questions: [
      'Before you code: restate the problem, and ask me what you need to know about the input.',
      'What assumptions are you making about size, ordering and duplicates? Check them with me.',
    ],
    probeKinds: ['depth'],
  }),
  topic({
    id: 'coding-approach',
    label: 'Approach',
    definition: 'Starting from a simple solution and explaining why the better one is better.',
    questions: [
      'Describe a brute-force approach first, then the one you will actually write, and why.',
      'Talk me through your plan before typing. Which data structure carries the solution?',
    ],
    probeKinds: ['position'],
  }),
  topic({
    id: 'coding-complexity',
    label: 'Complexity',
    definition: 'Stating time and space cost and the trade-off between them.',
    questions: [
      'What are the time and space costs of your solution? Could you trade one for the other?',
      'Where is the bottleneck in what you wrote, and what would it take to remove it?',
    ],
    probeKinds: ['depth', 'position'],
  }),
  topic({
    id: 'coding-test',
    label: 'Testing',
    definition: 'Walking through cases by hand, including the edges, and fixing what breaks.',
    questions: [
      'Walk a small example through your code by hand. Then give me the edge cases you would test.',
      'What input would break this? Show me how your code handles it.',
    ],
    probeKinds: ['differently'],
  }),
] as const;

export const systemDesignTopics = [
  topic({
    id: 'design-streaming',
    label: 'Video streaming',
    definition: 'Adaptive bitrate, encoding ladders and playback that survives poor networks.',
    questions: [
      'Design the playback path for a video service with hundreds of millions of members. How does quality adapt to a weak connection?',
      'How would you get playback to start in under two seconds worldwide? Defend each component.',
    ],
    probeKinds: ['position', 'depth'],
  }),
  topic({
    id: 'design-cdn',
    label: 'CDN and edge caching',
    definition: 'Cache hierarchy, placement near viewers, and keeping load off the origin.',
    questions: [
      'Design an edge caching layer for a catalogue of films. What goes where, and how do you fill the caches before a big launch?',
      'A new season drops at midnight in every region. How do you keep the origin servers from melting?',
    ],
    probeKinds: ['position', 'depth'],
  }),
  topic({
    id: 'design-recommendations',
    label: 'Recommendations',
    definition: 'Candidate generation, ranking and freshness, under latency limits.',
    questions: [
      'Design the system behind a personalised home screen. How fresh must it be, and what do you precompute?',
      'How would you serve recommendations for a brand-new member with no viewing history?',
    ],
    probeKinds: ['position', 'revisit'],
  }),
  topic({
    id: 'design-chaos',
    label: 'Chaos engineering',
    definition:
      'Injecting failure on purpose to learn where the system breaks, and knowing when it is worth it.',
    questions: [
      'How would you introduce deliberate fault injection into a production system safely? When is it not worth the investment?',
      'Which failures would you simulate first in a service mesh of hundreds of services, and how do you limit the blast radius?',
    ],
    probeKinds: ['position', 'depth'],
  }),
  topic({
    id: 'design-ab-testing',
    label: 'A/B testing at scale',
    definition:
      'Running many experiments at once, avoiding interference, and telling real lift from novelty.',
    questions: [
      'Design a platform that runs thousands of experiments at once. How do you keep tests from contaminating each other?',
      'A test shows a strong lift in week one that fades by week four. How do you design experiments to catch that?',
    ],
    probeKinds: ['depth', 'position'],
  }),
] as const;
