import type { Probe } from './framework-schema';

/**
 * Follow-ups an interviewer throws mid-answer. Shared by every built-in framework because they
 * test how a candidate reasons, not which value list the company publishes.
 */
export const commonProbes: readonly Probe[] = [
  {
    id: 'principle-name-it',
    kind: 'principle',
    text: 'Stop there: which value were you acting on in that moment?',
  },
  {
    id: 'principle-why-that-one',
    kind: 'principle',
    text: 'If you had to put one of our values on that decision, which would it be, and why that one rather than another?',
  },
  {
    id: 'principle-before-or-after',
    kind: 'principle',
    text: 'Was that value guiding you while you decided, or is it a label you are adding now?',
  },
  {
    id: 'principle-conflict',
    kind: 'principle',
    text: 'Two of your values pulled in different directions there. Which one won, and what did it cost?',
  },

  {
    id: 'feedback-stop-start',
    kind: 'feedback',
    text: 'Think of the hardest feedback you got around then. What did you stop doing, what did you start, and what changed because of it?',
  },
  {
    id: 'feedback-who-noticed',
    kind: 'feedback',
    text: 'After that feedback, who noticed the change first, and what did they see you do differently?',
  },
  {
    id: 'feedback-disagreed',
    kind: 'feedback',
    text: 'Tell me about feedback in this story you disagreed with. What did you do with it anyway?',
  },

  {
    id: 'limits-weak-spot',
    kind: 'limits',
    text: 'Which of these values is honestly your weakest, and what routine or tool keeps it from hurting your work?',
  },
  {
    id: 'limits-system',
    kind: 'limits',
    text: 'You clearly know your blind spot here. What concrete system do you run so it does not bite you again?',
  },
  {
    id: 'limits-who-covers',
    kind: 'limits',
    text: 'Who on your team covers the thing you are not good at, and how did you set that up?',
  },

  {
    id: 'revisit-the-call',
    kind: 'revisit',
    text: 'Walk me back to the decision itself: what did you pick, what did you know at the time, and what would you weigh differently now?',
  },
  {
    id: 'revisit-missing-fact',
    kind: 'revisit',
    text: 'What one piece of information, had you had it then, would have flipped your decision?',
  },
  {
    id: 'revisit-options',
    kind: 'revisit',
    text: 'Which options did you rule out, and would you still rule them out today?',
  },

  {
    id: 'position-commit',
    kind: 'position',
    text: 'Give me your actual position, not "it depends". Which way would you go, and why?',
  },
  {
    id: 'position-defend',
    kind: 'position',
    text: 'I would have done the opposite. Convince me you were right.',
  },
  {
    id: 'position-one-sentence',
    kind: 'position',
    text: 'Say your recommendation in one sentence, then give me the strongest reason behind it.',
  },

  {
    id: 'differently-now',
    kind: 'differently',
    text: 'Knowing how it ended, what would you do differently if you started over tomorrow?',
  },
  {
    id: 'differently-earlier',
    kind: 'differently',
    text: 'What signal did you see late that you now watch for early?',
  },
  {
    id: 'differently-advice',
    kind: 'differently',
    text: 'What would you tell someone about to walk into the same situation?',
  },

  {
    id: 'keeper-fight',
    kind: 'keeper',
    text: 'If you told your manager back then that you were leaving for a rival, would they have fought to keep you? How do you know?',
  },
  {
    id: 'keeper-evidence',
    kind: 'keeper',
    text: 'What would your last manager say you do that nobody else on the team does?',
  },
  {
    id: 'keeper-miss',
    kind: 'keeper',
    text: 'Six months after you left, what would your old team miss most, and what would they be relieved about?',
  },

  {
    id: 'depth-numbers',
    kind: 'depth',
    text: 'Put numbers on it: what moved, by how much, and over what period?',
  },
  {
    id: 'depth-your-part',
    kind: 'depth',
    text: "Separate your part from the team's. What would not have happened without you personally?",
  },
  {
    id: 'depth-detail',
    kind: 'depth',
    text: 'Take me one level deeper into the hardest step. What exactly did you do, hour by hour?',
  },
  {
    id: 'depth-measure',
    kind: 'depth',
    text: 'How did you measure that result, and how sure are you the change came from your work?',
  },
];
