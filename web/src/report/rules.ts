import type { AnnualReportData, Published } from './operation';

/**
 * The report's judgements, as plain functions of the graph's published figures. They never
 * see a withheld number (the graph never sends one), so they cannot leak one: where a figure
 * they need is withheld they say so instead of judging.
 */

type Participation = AnnualReportData['partnership']['participation'];

/** The top of the ladder: co-designing and co-producing ("doing with"). */
export const DOING_WITH_LEVELS = ['CO_DESIGNING', 'CO_PRODUCING'];

export interface LadderMovement {
  /** Share of consultations "doing with" young people this year and the year before (null: none ran). */
  share: number | null;
  comparedShare: number | null;
  direction: 'up' | 'down' | 'level' | 'no comparison';
}

/** Movement up the ladder: did the share of consultations at the "doing with" rungs grow? */
export function ladderMovement(shift: Participation['ladderShift']): LadderMovement {
  const total = shift.reduce((sum, row) => sum + row.count, 0);
  const comparedTotal = shift.reduce((sum, row) => sum + row.comparedCount, 0);
  const top = (pick: (row: Participation['ladderShift'][number]) => number) =>
    shift.filter((row) => DOING_WITH_LEVELS.includes(row.ladderLevel)).reduce((sum, row) => sum + pick(row), 0);
  const share = total ? top((row) => row.count) / total : null;
  const comparedShare = comparedTotal ? top((row) => row.comparedCount) / comparedTotal : null;
  if (share === null || comparedShare === null) return { share, comparedShare, direction: 'no comparison' };
  const points = Math.round(share * 100) - Math.round(comparedShare * 100);
  return { share, comparedShare, direction: points > 0 ? 'up' : points < 0 ? 'down' : 'level' };
}

/**
 * A cohort is under-represented when its reach (young people of the cohort who took part over
 * those registered) is below four-fifths of the reach among all registered young people — the
 * "four-fifths rule" used to spot adverse impact.
 */
export const UNDER_REPRESENTED_RATIO = 0.8;

export type CohortJudgement =
  | { cohort: string; verdict: 'under-represented' | 'represented'; reach: number; overallReach: number }
  | { cohort: string; verdict: 'none registered' }
  | { cohort: string; verdict: 'cannot be judged'; why: string };

/** Overall reach from the published (rounded) figures, or null when either is withheld or zero. */
export function overallReach(youngPeople: Published, registered: Published): number | null {
  if (youngPeople.value === null || registered.value === null || registered.value === 0) return null;
  return youngPeople.value / registered.value;
}

/** Who is missing: each vulnerable cohort judged against the overall reach. */
export function whoIsMissing(participation: Participation): CohortJudgement[] {
  const overall = overallReach(participation.youngPeople, participation.registeredYoungPeople);
  return participation.byCohort.map((row): CohortJudgement => {
    if (row.registered.value === 0 && !row.registered.suppressed)
      return { cohort: row.cohort, verdict: 'none registered' };
    if (row.reach.suppressed || row.reach.value === null)
      return { cohort: row.cohort, verdict: 'cannot be judged', why: 'too few young people to publish' };
    if (overall === null)
      return { cohort: row.cohort, verdict: 'cannot be judged', why: 'the overall reach is withheld' };
    const verdict = row.reach.value < overall * UNDER_REPRESENTED_RATIO ? 'under-represented' : 'represented';
    return { cohort: row.cohort, verdict, reach: row.reach.value, overallReach: overall };
  });
}

/** SMART objectives on track: on track or done, over all objectives running in the year. */
export function objectivesOnTrackShare(objectives: { total: number; onTrack: number; done: number }): number | null {
  return objectives.total ? (objectives.onTrack + objectives.done) / objectives.total : null;
}

/** Lundy answers sum: the share answering YES to a question, when every cell is published. */
export function yesShare(answers: { answer: string; youngPeople: Published }[]): number | null {
  if (answers.some((a) => a.youngPeople.value === null)) return null;
  const total = answers.reduce((sum, a) => sum + (a.youngPeople.value ?? 0), 0);
  const yes = answers.find((a) => a.answer === 'YES')?.youngPeople.value ?? 0;
  return total ? yes / total : null;
}
