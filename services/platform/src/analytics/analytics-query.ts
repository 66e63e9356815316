import { Actor, hasRole } from '../auth/actor';
import { requireActor } from '../auth/guards';
import { badUserInput, forbidden } from '../errors/errors';
import { requireDate } from '../errors/validation';
import {
  Cell,
  publishCount,
  publishOverlapping,
  publishPartition,
  Published,
  PublishedBreakdown,
  PublishedCell,
  withheld,
} from './disclosure';

/**
 * What every analytics resolver shares: who may ask, the whole-month period, and the rounding
 * that stops differencing between two published figures (narrower filters, adjacent periods).
 */

/** A reporting period as the graph takes it: two calendar dates, both inclusive. */
export interface AnalyticsPeriod {
  from: string;
  to: string;
}

/** A checked period: whole calendar months, with the instants SQL compares against. */
export interface MonthPeriod {
  from: string;
  to: string;
  start: Date;
  endExclusive: Date;
}

/** Analysts, participation leads and partnership admins of that partnership; anyone else is refused. */
export function requireAnalyticsAccess(actor: Actor | null, partnershipId: string): Actor {
  const caller = requireActor(actor);
  if (!hasRole(caller, 'ANALYST', 'PARTICIPATION_LEAD', 'PARTNERSHIP_ADMIN')) {
    throw forbidden('Analytics need one of these roles: ANALYST, PARTICIPATION_LEAD, PARTNERSHIP_ADMIN.');
  }
  if (caller.partnershipId !== partnershipId)
    throw forbidden('Analytics are only for your own partnership: your token names another one.');
  return caller;
}

/**
 * Periods are whole calendar months (from = the 1st, to = the last day of a month), so two
 * queries can never differ by a day or a week and single out who arrived in it.
 */
export function requireWholeMonths(field: string, period: AnalyticsPeriod): MonthPeriod {
  const from = requireDate(`${field}.from`, period.from);
  const to = requireDate(`${field}.to`, period.to);
  const start = new Date(`${from}T00:00:00Z`);
  const endExclusive = new Date(`${to}T00:00:00Z`);
  endExclusive.setUTCDate(endExclusive.getUTCDate() + 1);
  if (start.getUTCDate() !== 1)
    throw badUserInput(
      `${field}.from must be the first day of a month (got ${from}); analytics periods are whole calendar months.`,
      `${field}.from`,
    );
  if (endExclusive.getUTCDate() !== 1)
    throw badUserInput(
      `${field}.to must be the last day of a month (got ${to}); analytics periods are whole calendar months.`,
      `${field}.to`,
    );
  if (endExclusive <= start)
    throw badUserInput(`${field}.to (${to}) must not be before ${field}.from (${from}).`, `${field}.to`);
  return { from, to, start, endExclusive };
}

/** Published counts of people above the threshold are rounded to the nearest multiple of this. */
export const PEOPLE_ROUNDING_BASE = 5;

/**
 * Rounds a shown count of people to the nearest 5 (halves up; 0 stays 0). Two published figures
 * that differ by a withheld number (a total and a narrower filter, two adjacent periods) then
 * differ by a multiple of 5 that cannot be traced back to the exact count.
 */
export function roundPeople(published: Published): Published {
  if (published.suppressed || published.value === null || published.value === 0) return published;
  return { value: Math.round(published.value / PEOPLE_ROUNDING_BASE) * PEOPLE_ROUNDING_BASE, suppressed: false };
}

/** One count of people: withheld from 1 to the threshold, otherwise rounded. */
export function publishPeopleCount(count: number, threshold: number): Published {
  return roundPeople(publishCount(count, threshold));
}

/** A partition of people (each in one cell): primary and secondary suppression on exact counts, then rounding. */
export function publishPeoplePartition<K extends string>(
  cells: Cell<K>[],
  threshold: number,
  alsoWithhold: ReadonlySet<K> = new Set(),
): PublishedBreakdown<K> {
  const breakdown = publishPartition(cells, threshold, alsoWithhold);
  return {
    total: roundPeople(breakdown.total),
    cells: breakdown.cells.map((cell) => ({ key: cell.key, count: roundPeople(cell.count) })),
  };
}

/**
 * Overlapping cells of people (cohorts, organisations): each protected alone and against the
 * population, then rounded; the cells in `alsoWithhold` (withheld by another rule) are withheld.
 */
export function publishPeopleOverlapping<K extends string>(
  cells: Cell<K>[],
  population: number,
  threshold: number,
  alsoWithhold: ReadonlySet<K> = new Set(),
): PublishedCell<K>[] {
  return publishOverlapping(cells, population, threshold).map((cell) => ({
    key: cell.key,
    count: alsoWithhold.has(cell.key) ? withheld : roundPeople(cell.count),
  }));
}

/**
 * A count of things people did (contributions, seats) published alongside the count of the people
 * behind it: withheld whenever that people count is withheld, otherwise rounded the same way.
 */
export function publishActivity(count: number, people: Published): Published {
  return people.suppressed ? withheld : roundPeople({ value: count, suppressed: false });
}

/**
 * A share of two published people counts, computed from the published (rounded) values so that
 * it adds nothing to them; withheld when either is withheld or the denominator is 0.
 */
export function publishedShare(numerator: Published, denominator: Published): Published {
  if (numerator.suppressed || denominator.suppressed || !denominator.value || numerator.value === null) return withheld;
  return { value: Math.round((numerator.value / denominator.value) * 1000) / 1000, suppressed: false };
}

/**
 * A count of people on one record (a feedback message's recipients; a finding's contributions go
 * by their authors, in consultations' findingContributionCount) for a caller who cannot see them (analysts, a recipient, staff of other organisations):
 * withheld (null) from 1 to the threshold, otherwise rounded to 5, so no record tells them that
 * exactly 1, 2 or 3 young people stand behind it. Staff who can open the rows get the exact count.
 */
export function countBeyondItsPeople(count: number, threshold: number): number | null {
  return publishPeopleCount(count, threshold).value;
}
