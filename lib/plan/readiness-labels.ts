import type { CompSource, ReadinessRow } from './plan-schema';

/** How each pay source is named on the form and in the exported plan. */
export const compSourceLabels: Record<CompSource, string> = {
  levels: 'Levels data (e.g. Levels.fyi)',
  offers: 'Competing offers',
  surveys: 'Pay surveys',
  other: 'Other',
};

/** The Keeper Test answers, as the form and the exported plan word them. */
export const keeperAnswerLabels: Record<Exclude<ReadinessRow['keeperAnswer'], ''>, string> = {
  yes: 'Yes',
  unsure: 'Not sure',
  no: 'No',
};
