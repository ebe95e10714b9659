import { STOP_WORDS } from '../search/stop-words';

/**
 * Words every posting uses, so they say nothing about this one: everyday English plus the
 * boilerplate of job ads. What is left after removing them is what makes a posting distinctive.
 */
const EVERYDAY =
  'able across again against ago almost along already although always am among another anyone ' +
  'anything around ask asked away back based because become becomes being best better between ' +
  'big both bring build building built call came come comes coming day days different do done ' +
  'down during each early either else end enough even ever every everyone everything few find ' +
  'first five four get gets getting give given go goes going good great help helps here high ' +
  'hold just keep kind know known large last least less let like likely long look lot made make ' +
  'makes making many may might more most much must need needs new next non now number off often ' +
  'once one only other others own part people per place plan point put rather real really right ' +
  'run same say see seek set several should show side since small some someone something ' +
  'sometimes still such sure take takes taking tell things think three through time times today ' +
  'together too top two under until upon use used uses using very want way ways well went where ' +
  'whether while whole why within without work works working world year years yet';
const POSTING =
  'ability apply applicant applicants application benefits candidate candidates career careers ' +
  'company closely collaborate collaborating communication cross day-to-day deliver equal ' +
  'employer environment excellent experience experienced familiarity fast-paced full functional ' +
  'hire hiring ideal including job join key knowledge lead looking member members opportunity ' +
  'opportunities passionate plus position preferred proven qualifications related required ' +
  'requirements responsibilities responsible role roles senior skills strong success successful ' +
  'support team teams understanding what whom years ensure drive improve develop developing own ' +
  'owns rely mentor partner partners conversation duties perks salary pay compensation location ' +
  'schedule shift shifts overview summary description benefit hourly weekly';
/** Days and months: when the work happens, not what it is. */
const CALENDAR =
  'monday tuesday wednesday thursday friday saturday sunday weekday weekdays weekend weekends ' +
  'january february march april june july august september october november december';

/**
 * Words of any job's daily work: alone they could come from any posting, so they are never a term
 * on their own, but they stay in a phrase ("data pipelines", "system design").
 */
export const GENERIC_JOB_WORDS: ReadonlySet<string> = new Set(
  (
    'data design report reports reporting product products business system systems process ' +
    'processes tool tools quality analysis customer customers user users platform platforms ' +
    'engineering engineer engineers technical project projects solution solutions service ' +
    'services development management operations stakeholders insights feature features review ' +
    'reviews docs production end real'
  ).split(' '),
);

export const COMMON_WORDS: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  ...`${EVERYDAY} ${POSTING} ${CALENDAR}`.split(' '),
]);
