import type { ObjectiveStatus } from './vocabulary';

export interface ObjectiveCourse {
  baseline: number;
  target: number;
  /** When the straight line from baseline to target starts, YYYY-MM-DD. */
  startsOn: string;
  dueOn: string;
  /** The latest recorded progress, or null when none has been recorded. */
  latestValue: number | null;
}

/** How far behind the straight line (as a share of the whole distance) still counts as on track / at risk. */
export const ON_TRACK_TOLERANCE = 0.1;
export const AT_RISK_TOLERANCE = 0.25;

const DAY = 86_400_000;
const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY;

/**
 * DONE once the target is reached (in whichever direction the target lies from the baseline);
 * OFF_TRACK when past due without reaching it; otherwise compares progress made with the
 * progress expected on a straight line from baseline (at startsOn) to target (at dueOn).
 */
export function objectiveStatus(course: ObjectiveCourse, today: string): ObjectiveStatus {
  const { baseline, target, latestValue } = course;
  const distance = target - baseline;
  const value = latestValue ?? baseline;
  const achieved = distance === 0 ? 1 : (value - baseline) / distance;
  if (achieved >= 1) return 'DONE';
  if (today > course.dueOn) return 'OFF_TRACK';
  const span = dayNumber(course.dueOn) - dayNumber(course.startsOn);
  const elapsed = dayNumber(today) - dayNumber(course.startsOn);
  const expected = span <= 0 ? 1 : Math.min(1, Math.max(0, elapsed / span));
  const behind = expected - achieved;
  if (behind <= ON_TRACK_TOLERANCE) return 'ON_TRACK';
  if (behind <= AT_RISK_TOLERANCE) return 'AT_RISK';
  return 'OFF_TRACK';
}

/** A plan's review is overdue once its review date has passed. */
export function reviewOverdue(plan: { reviewOn: string }, today: string): boolean {
  return plan.reviewOn < today;
}
