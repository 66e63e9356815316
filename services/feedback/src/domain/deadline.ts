import { calendarDate } from '@voicegraph/platform';
import type { ObligationState } from '../entities';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Feedback is due `days` calendar days after the day the consultation closed (UTC). */
export function dueOnFor(closedAt: Date, days: number): string {
  const closedDay = Date.parse(`${calendarDate(closedAt)}T00:00:00Z`);
  return calendarDate(new Date(closedDay + days * DAY_MS));
}

/** Sent on or before the due day counts as on time. */
export function isOnTime(sentAt: Date, dueOn: string): boolean {
  return calendarDate(sentAt) <= dueOn;
}

/** Past due from the day after the due day. */
export function isPastDue(dueOn: string, now: Date): boolean {
  return calendarDate(now) > dueOn;
}

/** The status to show: an open obligation past its due day is overdue even before the sweep marks it. */
export function obligationStatus(
  obligation: { status: ObligationState; dueOn: string },
  now = new Date(),
): ObligationState {
  if (obligation.status === 'OPEN' && isPastDue(obligation.dueOn, now)) return 'OVERDUE';
  return obligation.status;
}
