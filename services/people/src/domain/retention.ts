import { Cohort, COHORTS, Env, EnvReader } from '@voicegraph/platform';
import { ageOn } from './age';

/**
 * Storage limitation: young people aged at least `fromAge`, with no activity for `inactiveYears`
 * whole years, in one of `cohorts` (any cohort when empty), are erased. Off unless configured.
 */
export interface RetentionRule {
  inactiveYears: number;
  fromAge: number;
  cohorts: Cohort[];
}

/** What the rule looks at; `lastActivityOn` is the calendar day (UTC) of their latest activity. */
export interface RetentionCandidate {
  dateOfBirth: string | null;
  cohorts: Cohort[];
  lastActivityOn: string;
}

/**
 * Whole years are counted as ages are (ageOn): exactly N years after the last activity is past
 * the rule; an activity on 29 February is N years old on 1 March in a year that is not a leap year.
 */
export function isPastRetention(candidate: RetentionCandidate, rule: RetentionRule, today: Date): boolean {
  if (!candidate.dateOfBirth || ageOn(candidate.dateOfBirth, today) < rule.fromAge) return false;
  if (rule.cohorts.length > 0 && !candidate.cohorts.some((cohort) => rule.cohorts.includes(cohort))) return false;
  return ageOn(candidate.lastActivityOn, today) >= rule.inactiveYears;
}

/**
 * The rule from the environment, or null when it is off (the default). RETENTION_INACTIVE_YEARS
 * turns it on and then RETENTION_FROM_AGE is required; RETENTION_COHORTS narrows it. Any
 * problem is a ConfigError naming the variable, so a service or a run fails at start.
 */
export function readRetentionRule(env: Env): RetentionRule | null {
  const reader = new EnvReader(env);
  const on = reader.optional('RETENTION_INACTIVE_YEARS') !== undefined;
  const inactiveYears = reader.int('RETENTION_INACTIVE_YEARS', 0, 1, 100);
  const fromAge = reader.int('RETENTION_FROM_AGE', 0, 18, 120);
  const cohorts = reader.list('RETENTION_COHORTS', []);
  const unknown = cohorts.filter((cohort) => !(COHORTS as readonly string[]).includes(cohort));
  if (unknown.length)
    reader.problem(`RETENTION_COHORTS must list cohorts from ${COHORTS.join(', ')} (got "${unknown.join(', ')}")`);
  if (on && reader.optional('RETENTION_FROM_AGE') === undefined)
    reader.problem('RETENTION_FROM_AGE is required when RETENTION_INACTIVE_YEARS is set (from 18 to 120)');
  if (!on && (reader.optional('RETENTION_FROM_AGE') || cohorts.length))
    reader.problem('RETENTION_FROM_AGE and RETENTION_COHORTS do nothing without RETENTION_INACTIVE_YEARS');
  reader.done();
  return on ? { inactiveYears, fromAge, cohorts: cohorts as Cohort[] } : null;
}
