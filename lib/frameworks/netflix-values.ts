import type { Framework } from './framework-schema';
import { commonProbes } from './common-probes';

/** The nine values the Netflix loop is scored against; the default framework. */
export const netflixValues: Framework = {
  id: 'netflix-values',
  name: 'Netflix interview values',
  source: 'The nine values Netflix interviewers score behavioural answers against',
  coreValueIds: ['judgment', 'communication'],
  decisionValueIds: ['judgment', 'courage', 'integrity'],
  values: [
    {
      id: 'judgment',
      name: 'Judgment',
      definition:
        'Making sound calls with incomplete information, and knowing which decisions deserve more thought.',
      synonyms: [
        'judgment',
        'judgement',
        'judgment call',
        'judgement call',
        'good call',
        'made the call',
        'weighed the trade-offs',
        'weighed the tradeoffs',
        'sound decision',
      ],
      prompts: [
        'Tell me about a decision you made knowing your manager would have chosen differently. Why did you go ahead?',
        'Describe a time you had to commit to a direction before the data was complete. How did you decide how much certainty was enough?',
        'Walk me through a call you got wrong. What did you weigh at the time, and what did you underweight?',
        'Tell me about a time you decided not to act on something everyone else thought was urgent.',
        'Give me an example of a trade-off where both options had a real cost. How did you pick?',
        'Tell me about a time you changed your mind on an important decision after new information arrived.',
      ],
    },
    {
      id: 'selflessness',
      name: 'Selflessness',
      definition:
        'Putting what is best for the company ahead of what is best for yourself or your own team.',
      synonyms: [
        'selflessness',
        'selfless',
        'gave the credit',
        'gave them credit',
        'best for the company',
        'not about me',
        'bigger than my team',
      ],
      prompts: [
        'Tell me about a time you made sure a colleague got the recognition for work people assumed was yours.',
        'Describe a time you gave up headcount, budget or a project you cared about because another team needed it more.',
        'Tell me about a time you helped another team hit its goal at the expense of your own.',
        'Give me an example of when you backed a decision that made your own job harder because it was right for the company.',
        'Tell me about a time you took on unglamorous work nobody else wanted because it was blocking others.',
        'Describe a time you argued against an idea that would have helped you personally.',
      ],
    },
    {
      id: 'courage',
      name: 'Courage',
      definition:
        'Saying what you think and taking smart risks, even when it is uncomfortable or unpopular.',
      synonyms: [
        'courage',
        'courageous',
        'took courage',
        'took a risk',
        'spoke up',
        'pushed back',
        'uncomfortable conversation',
      ],
      prompts: [
        'Tell me about feedback you gave that you dreaded giving. Who was it for, and what happened next?',
        'Describe a time you disagreed with someone more senior in front of others.',
        'Tell me about a risk you took that could have damaged your reputation if it failed.',
        'Give me an example of when you questioned a plan everyone else had already agreed to.',
        'Tell me about a time you admitted a serious mistake before anyone else found it.',
        'Describe a time you stopped a project you had championed because the evidence turned against it.',
      ],
    },
    {
      id: 'communication',
      name: 'Communication',
      definition:
        'Being concise and clear, listening well, and adapting the message so people actually understand it.',
      synonyms: [
        'communication',
        'communicated clearly',
        'over-communicated',
        'overcommunicated',
        'listened carefully',
        'made sure they understood',
        'tailored the message',
      ],
      prompts: [
        'Tell me about a time a misunderstanding you caused created real problems. How did you untangle it?',
        'Describe a time you had to explain a complex technical or strategic issue to people with no background in it.',
        'Tell me about a time you changed how you communicated with someone because your usual approach was not working.',
        'Give me an example of a written document or message of yours that changed a decision.',
        'Tell me about a time you had to deliver bad news to a group that did not want to hear it.',
        'Describe a time you realised, by listening, that you had the problem wrong.',
      ],
    },
    {
      id: 'innovation',
      name: 'Innovation',
      definition:
        'Finding new ideas that prove useful, and simplifying where others add complexity.',
      synonyms: [
        'innovation',
        'innovative',
        'innovate',
        'new approach',
        'simplified',
        'reframed the problem',
        'tried something new',
      ],
      prompts: [
        'Tell me about an idea of yours that became a real product, process or tool. Where did it come from?',
        'Describe a time you solved a problem by removing something rather than adding something.',
        'Tell me about an experiment you ran that failed. What did you learn, and what did you do next?',
        'Give me an example of when you challenged the way something had always been done.',
        'Tell me about a time you borrowed an idea from a completely different field and made it work.',
      ],
    },
    {
      id: 'inclusion',
      name: 'Inclusion',
      definition:
        'Seeking out people who think differently, and making sure every voice can shape the work.',
      synonyms: [
        'inclusion',
        'inclusive',
        'included everyone',
        'different perspectives',
        'diverse perspectives',
        'different backgrounds',
        'every voice',
      ],
      prompts: [
        'Tell me about a time you noticed someone was being left out of decisions and did something about it.',
        'Describe a time a colleague with a very different background changed your thinking on a project.',
        'Tell me about a time you changed how a meeting or process ran so quieter people could contribute.',
        'Give me an example of when you realised a product or decision had overlooked a group of users.',
        'Tell me about a time you had to work closely with someone whose style clashed with yours.',
      ],
    },
    {
      id: 'integrity',
      name: 'Integrity',
      definition:
        'Being candid and trustworthy, and behaving the same way whether or not anyone is watching.',
      synonyms: [
        'integrity',
        'honesty',
        'the right thing to do',
        'did the right thing',
        'transparent',
        'transparency',
        'owned the mistake',
      ],
      prompts: [
        'Tell me about a time you told a customer or partner something they did not want to hear because it was true.',
        'Describe a time you were pressured to present results more favourably than they were.',
        'Tell me about a time you made a mistake that nobody would have traced back to you. What did you do?',
        'Give me an example of when you kept a commitment that had become very costly to keep.',
        'Tell me about a time you spoke about a colleague the same way behind their back as to their face, even though it was hard.',
      ],
    },
    {
      id: 'passion',
      name: 'Passion',
      definition:
        'Caring intensely about the work and the people it serves, and bringing energy that lifts others.',
      synonyms: [
        'passion',
        'passionate',
        'cared deeply',
        'love this work',
        'energised',
        'energized',
      ],
      prompts: [
        'Tell me about a piece of work you kept improving long after it was officially done. Why?',
        'Describe a time your enthusiasm for a project changed how the rest of the team felt about it.',
        'Tell me about something you taught yourself outside work that ended up helping your job.',
        'Give me an example of a time you pushed hard for a user or customer nobody else was thinking about.',
        'Tell me about a period when you lost motivation at work. How did you get it back?',
      ],
    },
    {
      id: 'impact',
      name: 'Impact',
      definition:
        'Delivering a lot of important work, with results that clearly matter to the business.',
      synonyms: [
        'impact',
        'business impact',
        'moved the needle',
        'measurable result',
        'delivered results',
        'outsized result',
      ],
      prompts: [
        'Tell me about the result you are proudest of in the last two years. How do you know it mattered?',
        'Describe a time you chose to drop work that was going fine because something else mattered more.',
        'Tell me about a time you delivered something important with far fewer people or less time than planned.',
        'Give me an example of when busy work was mistaken for progress on your team. What did you change?',
        'Tell me about a project where you set the success measure yourself. How did it turn out against it?',
      ],
    },
  ],
  probes: [...commonProbes],
};
