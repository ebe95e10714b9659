import type { CaptionScript } from '../captions/caption-script';

/**
 * A made-up answer to a judgment-style prompt ("a decision you made without all the data"), written
 * to trip the live signals: it hedges, leans on fillers, says "we" far more than "I", brings its
 * only number in at the very end and never says which value it shows.
 */
export const demoScript: CaptionScript = {
  steps: [
    {
      atMs: 0,
      speaker: 'You',
      self: true,
      text: 'Um, okay, so I guess this was at my last company, where we were sort of moving our reporting off an old database that we all kind of depended on.',
    },
    {
      atMs: 11_500,
      speaker: 'You',
      self: true,
      text: 'We had a deadline from the finance team, and we, like, did not really know if the new system could handle the month-end load.',
    },
    {
      atMs: 21_500,
      speaker: 'You',
      self: true,
      text: 'So we talked about it a lot. Some of us wanted to wait and, you know, some of us wanted to just go. It depends who you asked, honestly.',
    },
    {
      atMs: 32_000,
      speaker: 'You',
      self: true,
      text: 'I think maybe we went with a partial switch. We moved the smaller reports first and kept the old one running, sort of as a backup.',
    },
    {
      atMs: 42_500,
      speaker: 'You',
      self: true,
      text: 'Uh, there were a couple of rough days where we had to roll back one of the jobs, and we, um, fixed it together over a weekend.',
    },
    {
      atMs: 53_000,
      speaker: 'You',
      self: true,
      text: 'Looking back it was probably the right way to go, more or less. It is hard to say what would have happened if we had waited.',
    },
    {
      atMs: 63_000,
      speaker: 'You',
      self: true,
      text: 'Oh, and in the end the month-end run finished about forty percent faster, which the finance team was, like, pretty happy about.',
    },
    {
      atMs: 73_000,
      speaker: 'You',
      self: true,
      text: 'So yeah, that is kind of the story, I guess.',
    },
  ],
};
