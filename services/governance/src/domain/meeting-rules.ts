import { badUserInput } from '@voicegraph/platform';
import type { MeetingStatus } from './vocabulary';

/**
 * A meeting's status must agree with its time: a scheduled meeting is in the future, a held one
 * has started. Cancelled meetings may be recorded either way.
 */
export function checkMeetingTiming(status: MeetingStatus, startsAt: Date, endsAt: Date | null, now = new Date()): void {
  if (endsAt && endsAt.getTime() <= startsAt.getTime()) throw badUserInput('endsAt must be after startsAt.', 'endsAt');
  if (status === 'SCHEDULED' && startsAt.getTime() <= now.getTime()) {
    throw badUserInput(
      `A meeting starting at ${startsAt.toISOString()} is in the past, so it cannot be SCHEDULED; record it as HELD or CANCELLED.`,
      'status',
    );
  }
  if (status === 'HELD' && startsAt.getTime() > now.getTime()) {
    throw badUserInput(
      `A meeting starting at ${startsAt.toISOString()} has not happened yet, so it cannot be HELD; schedule it instead.`,
      'status',
    );
  }
}

/** The calendar: a date range of at most about a year, so one query answers "the annual calendar". */
export const MAX_CALENDAR_DAYS = 400;

export function checkCalendarRange(from: Date, to: Date): void {
  if (to.getTime() <= from.getTime()) throw badUserInput('`to` must be after `from`.', 'to');
  const days = (to.getTime() - from.getTime()) / 86_400_000;
  if (days > MAX_CALENDAR_DAYS)
    throw badUserInput(
      `A calendar covers at most ${MAX_CALENDAR_DAYS} days (asked for ${Math.ceil(days)}); page through shorter ranges.`,
      'to',
    );
}
