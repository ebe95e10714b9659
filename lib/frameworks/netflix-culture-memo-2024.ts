import type { Framework } from './framework-schema';
import { commonProbes } from './common-probes';

/** The eight values in Netflix's culture memo as revised in June 2024; dated because memos change. */
export const netflixCultureMemo2024: Framework = {
  id: 'netflix-memo-2024',
  name: 'Netflix culture memo (June 2024)',
  source: "Netflix's public culture memo, revision of June 2024",
  date: '2024-06-01',
  coreValueIds: ['judgment'],
  decisionValueIds: ['judgment', 'courage', 'candor'],
  values: [
    {
      id: 'selflessness',
      name: 'Selflessness',
      definition:
        'Acting for the good of Netflix as a whole rather than for your ego, your function or your team.',
      synonyms: [
        'selflessness',
        'selfless',
        'gave the credit',
        'best for the company',
        'not about me',
        'bigger than my team',
      ],
      prompts: [
        'Tell me about a time you let a peer lead something you wanted to lead because they were better placed.',
        'Describe a time you shared information that gave another team an advantage over yours.',
        'Tell me about a time you changed your roadmap to unblock a team you had no obligation to help.',
        'Give me an example of when you handed off a project you loved so it could grow faster elsewhere.',
        'Tell me about a time you made a colleague look good in a room where they were not present.',
      ],
    },
    {
      id: 'judgment',
      name: 'Judgment',
      definition:
        'Seeing past symptoms to root causes and making wise decisions despite ambiguity.',
      synonyms: [
        'judgment',
        'judgement',
        'judgment call',
        'judgement call',
        'good call',
        'made the call',
        'root cause',
        'weighed the trade-offs',
      ],
      prompts: [
        'Tell me about a time you fixed the underlying cause of a problem when a quick patch would have satisfied everyone.',
        'Describe a decision where the information was ambiguous and you still had to move fast. What did you rely on?',
        'Tell me about a time you decided a problem was not worth solving.',
        "Give me an example of when you spent your team's time on a long-term bet instead of a short-term win.",
        'Tell me about a time your instinct and the data disagreed. Which did you follow?',
      ],
    },
    {
      id: 'candor',
      name: 'Candor',
      definition:
        'Telling people what you really think, kindly and directly, and inviting the same back.',
      synonyms: [
        'candor',
        'candour',
        'candid',
        'told them directly',
        'direct feedback',
        'honest feedback',
      ],
      prompts: [
        'Tell me about the most direct piece of feedback you have given your manager.',
        'Describe a time you asked for blunt feedback and got more than you bargained for. What did you do with it?',
        'Tell me about a time you raised a concern in a meeting instead of mentioning it privately afterwards.',
        'Give me an example of when you told a peer their work was not good enough. How did you say it?',
        'Tell me about a time being candid damaged a relationship for a while. Was it worth it?',
      ],
    },
    {
      id: 'creativity',
      name: 'Creativity',
      definition:
        'Generating original ideas and turning them into work that surprises and delights.',
      synonyms: ['creativity', 'creative', 'original idea', 'fresh idea', 'new angle'],
      prompts: [
        'Tell me about the most original idea you have shipped. How did you get people to back it?',
        'Describe a time a tight constraint pushed you toward a better solution than you would otherwise have found.',
        'Tell me about a time you combined two existing ideas into something new.',
        'Give me an example of an idea of yours that was rejected. What happened to it afterwards?',
        'Tell me about a time you made a routine piece of work noticeably better for the people using it.',
      ],
    },
    {
      id: 'courage',
      name: 'Courage',
      definition:
        'Making tough decisions, taking bold bets, and challenging ideas that seem wrong.',
      synonyms: [
        'courage',
        'courageous',
        'took courage',
        'took a risk',
        'bold bet',
        'spoke up',
        'pushed back',
      ],
      prompts: [
        'Tell me about a bet you championed that most people around you thought was a mistake.',
        'Describe a time you had to make an unpopular people decision. How did you handle it?',
        'Tell me about a time you challenged a strategy that came from the top.',
        'Give me an example of when you put your own credibility on the line for a decision.',
        'Tell me about a time you refused to ship something you thought was not ready, despite pressure.',
      ],
    },
    {
      id: 'inclusion',
      name: 'Inclusion',
      definition:
        'Building teams and products that reflect many backgrounds, and getting the best from each of them.',
      synonyms: [
        'inclusion',
        'inclusive',
        'different perspectives',
        'diverse perspectives',
        'different backgrounds',
        'every voice',
      ],
      prompts: [
        'Tell me about a time you widened a hiring search or a team roster and it changed the outcome.',
        'Describe a time you caught a bias in your own thinking. What tipped you off?',
        'Tell me about a time you adapted your working style so someone new could succeed on your team.',
        'Give me an example of when including a dissenting voice made a decision better.',
        'Tell me about a product choice you influenced so it served people unlike yourself.',
      ],
    },
    {
      id: 'curiosity',
      name: 'Curiosity',
      definition:
        "Learning fast and eagerly, and seeking to understand the business and other people's views.",
      synonyms: ['curiosity', 'curious', 'wanted to understand', 'dug into', 'asked why'],
      prompts: [
        'Tell me about a time you learned an unfamiliar domain quickly because a project depended on it.',
        'Describe a time you asked a question that changed the direction of a project.',
        'Tell me about something you learned about a part of the business far from your own role, and how you used it.',
        'Give me an example of when you sought out someone who disagreed with you just to understand their view.',
        'Tell me about a time your curiosity led you down a path that turned out to be a waste. What did you take from it?',
      ],
    },
    {
      id: 'resilience',
      name: 'Resilience',
      definition:
        'Staying steady and effective through setbacks, and bouncing back stronger from failure.',
      synonyms: ['resilience', 'resilient', 'bounced back', 'kept going', 'recovered from'],
      prompts: [
        'Tell me about a professional setback that hit you hard. How did you recover, and how long did it take?',
        'Describe a time a launch went badly in public. What did you do in the first 48 hours?',
        'Tell me about a time your project was cancelled late. How did you and your team move on?',
        'Give me an example of a period of sustained pressure at work. What kept you effective?',
        'Tell me about a failure that changed how you work today.',
      ],
    },
  ],
  probes: [...commonProbes],
};
