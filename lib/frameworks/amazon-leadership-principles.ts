import type { Framework } from './framework-schema';
import { commonProbes } from './common-probes';

/** Amazon's sixteen Leadership Principles; no core values, so rounds spread across all of them. */
export const amazonLeadershipPrinciples: Framework = {
  id: 'amazon-leadership-principles',
  name: 'Amazon Leadership Principles',
  source: "Amazon's sixteen published Leadership Principles",
  coreValueIds: [],
  decisionValueIds: ['are-right-a-lot', 'have-backbone-disagree-and-commit', 'bias-for-action'],
  values: [
    {
      id: 'customer-obsession',
      name: 'Customer Obsession',
      definition:
        'Start from what the customer needs and work backwards; earn and keep their trust above all.',
      synonyms: ['customer obsession', 'customer obsessed', 'worked backwards from the customer'],
      prompts: [
        'Tell me about a time you changed a plan after talking directly to customers.',
        'Describe a time you did what was right for the customer even though it cost your team a target.',
        'Tell me about a customer complaint you personally chased to its root cause.',
      ],
    },
    {
      id: 'ownership',
      name: 'Ownership',
      definition:
        'Act on behalf of the whole company for the long term, and never say "that is not my job".',
      synonyms: ['ownership', 'took ownership', 'owned it', 'not my job'],
      prompts: [
        'Tell me about a problem outside your area that you fixed because nobody else was going to.',
        'Describe a time you gave up a short-term win for a better long-term result.',
        'Tell me about something you owned that failed. What did you do after?',
      ],
    },
    {
      id: 'invent-and-simplify',
      name: 'Invent and Simplify',
      definition:
        'Look for new ideas anywhere, make things simpler, and accept being misunderstood for a while.',
      synonyms: ['invent and simplify', 'simplified', 'made it simpler', 'invented'],
      prompts: [
        'Tell me about a process you made dramatically simpler. What did you remove?',
        'Describe an invention of yours that people doubted at first.',
        'Tell me about an idea you adopted from outside your company or industry.',
      ],
    },
    {
      id: 'are-right-a-lot',
      name: 'Are Right, A Lot',
      definition:
        'Make good calls most of the time, seek views that challenge yours, and update when wrong.',
      synonyms: ['right a lot', 'good judgment', 'good judgement', 'sought out different views'],
      prompts: [
        'Tell me about a decision you made with very little data. How did it turn out?',
        'Describe a time you were sure you were right and turned out to be wrong. What did you change?',
        'Tell me about a time you went looking for evidence against your own view before deciding.',
      ],
    },
    {
      id: 'learn-and-be-curious',
      name: 'Learn and Be Curious',
      definition: 'Keep learning and improving, and stay curious about new possibilities.',
      synonyms: ['learn and be curious', 'curious', 'curiosity', 'taught myself'],
      prompts: [
        'Tell me about the most useful thing you learned in the last year and how you learned it.',
        'Describe a time curiosity about an unrelated area paid off in your work.',
        'Tell me about a time you realised you lacked a skill a project needed. What did you do?',
      ],
    },
    {
      id: 'hire-and-develop-the-best',
      name: 'Hire and Develop the Best',
      definition:
        'Raise the bar with every hire and treat growing other people as part of the job.',
      synonyms: [
        'hire and develop',
        'raised the bar',
        'mentored',
        'coached them',
        'developed them',
      ],
      prompts: [
        'Tell me about someone you helped grow into a bigger role. What did you do specifically?',
        'Describe a hiring decision where you said no to a candidate others liked.',
        'Tell me about a time you gave a struggling teammate feedback that turned their performance around.',
      ],
    },
    {
      id: 'insist-on-the-highest-standards',
      name: 'Insist on the Highest Standards',
      definition:
        'Hold standards others may find unreasonably high, and stop defects from travelling downstream.',
      synonyms: ['highest standards', 'high standards', 'raised the standard', 'quality bar'],
      prompts: [
        'Tell me about a time you refused to accept work that others thought was good enough.',
        'Describe a time you raised the quality bar for a whole team. How did you get them to keep it?',
        'Tell me about a time your standards slowed a project down. Was it worth it?',
      ],
    },
    {
      id: 'think-big',
      name: 'Think Big',
      definition:
        'Set bold direction that inspires results, and look around corners for new ways to serve customers.',
      synonyms: ['think big', 'thought big', 'bold vision', 'bigger vision'],
      prompts: [
        'Tell me about a time you pushed a team to aim far beyond its original goal.',
        'Describe a long-term vision you wrote or sold. How did you bring others along?',
        'Tell me about a time you turned a small fix into a much larger opportunity.',
      ],
    },
    {
      id: 'bias-for-action',
      name: 'Bias for Action',
      definition:
        'Move fast when a decision can be reversed, and take calculated risks rather than wait.',
      synonyms: ['bias for action', 'moved fast', 'acted quickly', 'reversible decision'],
      prompts: [
        'Tell me about a time you acted without waiting for approval. What made it safe to do so?',
        'Describe a decision you made quickly that you could undo if it went wrong.',
        'Tell me about a time you moved too fast. What did it cost, and what did you learn?',
      ],
    },
    {
      id: 'frugality',
      name: 'Frugality',
      definition:
        'Achieve more with less; tight constraints breed resourcefulness and self-reliance.',
      synonyms: ['frugality', 'frugal', 'did more with less', 'saved money', 'cut costs'],
      prompts: [
        'Tell me about a time you delivered a result with far less budget or staff than you asked for.',
        'Describe a time you cut a cost nobody had questioned before.',
        'Tell me about a time you chose a scrappy solution over an expensive one. Did it hold up?',
      ],
    },
    {
      id: 'earn-trust',
      name: 'Earn Trust',
      definition:
        'Listen carefully, speak candidly, treat people respectfully, and be open about your own mistakes.',
      synonyms: ['earn trust', 'earned their trust', 'built trust', 'rebuilt trust'],
      prompts: [
        'Tell me about a time you rebuilt trust with someone after it broke down.',
        'Describe a time you admitted a mistake to a stakeholder who had not noticed it.',
        'Tell me about a time you won over a skeptical partner team.',
      ],
    },
    {
      id: 'dive-deep',
      name: 'Dive Deep',
      definition:
        'Stay close to the details, audit often, and be suspicious when the numbers and the stories disagree.',
      synonyms: ['dive deep', 'dove deep', 'dug into the data', 'into the details'],
      prompts: [
        'Tell me about a time a metric looked fine but you suspected something was wrong underneath.',
        'Describe the most complicated problem you have debugged or untangled. How did you get to the cause?',
        'Tell me about a time you found an error in data that others had already accepted.',
      ],
    },
    {
      id: 'have-backbone-disagree-and-commit',
      name: 'Have Backbone; Disagree and Commit',
      definition:
        'Challenge decisions you disagree with, respectfully and persistently, then commit fully once decided.',
      synonyms: [
        'disagree and commit',
        'have backbone',
        'had backbone',
        'pushed back',
        'committed anyway',
      ],
      prompts: [
        'Tell me about a time you disagreed with your manager and pushed your view. How did it end?',
        'Describe a time you lost an argument and then committed fully to the other approach.',
        'Tell me about a time you held your position under social pressure and turned out to be right.',
      ],
    },
    {
      id: 'deliver-results',
      name: 'Deliver Results',
      definition:
        'Focus on the inputs that matter, deliver them with the right quality and on time, and never settle.',
      synonyms: [
        'deliver results',
        'delivered results',
        'delivered on time',
        'hit the goal',
        'shipped it',
      ],
      prompts: [
        'Tell me about the hardest deadline you have met. What did you give up to meet it?',
        'Describe a time you missed a goal. What did you deliver instead, and what did you learn?',
        'Tell me about a time obstacles piled up and you still delivered.',
      ],
    },
    {
      id: 'strive-to-be-earths-best-employer',
      name: "Strive to be Earth's Best Employer",
      definition:
        'Make the workplace safer, fairer and more rewarding, and help people grow whether they stay or leave.',
      synonyms: ['best employer', 'safer workplace', 'team wellbeing', 'team well-being'],
      prompts: [
        'Tell me about a change you made to make your team a better place to work.',
        'Describe a time you noticed someone burning out. What did you do?',
        'Tell me about a time you helped someone build skills for a role outside your team.',
      ],
    },
    {
      id: 'success-and-scale-bring-broad-responsibility',
      name: 'Success and Scale Bring Broad Responsibility',
      definition:
        'Be humble about your reach, weigh the second-order effects of your work, and leave things better.',
      synonyms: [
        'broad responsibility',
        'second-order effects',
        'wider community',
        'leave things better',
      ],
      prompts: [
        'Tell me about a time you changed a plan because of its effect on people outside your company.',
        'Describe a time you considered the long-term or environmental cost of a decision.',
        'Tell me about a time your work had an unintended side effect. How did you respond?',
      ],
    },
  ],
  probes: [...commonProbes],
};
