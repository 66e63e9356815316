import { publishedShare, Published, publishPeoplePartition } from '@voicegraph/platform';
import { ObjectiveCourse, objectiveStatus } from './objective-status';
import { FORUM_KINDS, ForumKind, ObjectiveStatus } from './vocabulary';

export interface DecisionCounts {
  made: number;
  citingFindings: number;
  involvingYoungPeople: number;
}

/** Decisions are not people: published as they are, with the share citing young people's findings. */
export function decisionFigures(counts: DecisionCounts) {
  return {
    ...counts,
    citingFindingsShare: counts.made === 0 ? null : Math.round((counts.citingFindings / counts.made) * 1000) / 1000,
  };
}

export interface SeatRow {
  forumKind: ForumKind;
  seats: number;
  heldByYoungPeople: number;
}

/**
 * Seats held by young people count young people: a partition over forum kinds, with primary and
 * secondary suppression and rounding. All seats (mostly adults' seats) are published as they are.
 */
export function seatFigures(rows: SeatRow[], threshold: number) {
  const rowOf = (kind: ForumKind) =>
    rows.find((row) => row.forumKind === kind) ?? { forumKind: kind, seats: 0, heldByYoungPeople: 0 };
  const young = publishPeoplePartition(
    FORUM_KINDS.map((key) => ({ key, count: rowOf(key).heldByYoungPeople })),
    threshold,
  );
  const seats = rows.reduce((sum, row) => sum + row.seats, 0);
  const exact = (value: number): Published => ({ value, suppressed: false });
  return {
    seats,
    heldByYoungPeople: young.total,
    youngPeopleShare: publishedShare(young.total, exact(seats)),
    byForumKind: young.cells.map((cell) => ({
      forumKind: cell.key,
      seats: rowOf(cell.key).seats,
      heldByYoungPeople: cell.count,
      youngPeopleShare: publishedShare(cell.count, exact(rowOf(cell.key).seats)),
    })),
  };
}

/** Objectives grouped by their course (one row per distinct course, with how many share it). */
export interface CourseCount extends ObjectiveCourse {
  count: number;
}

/** SMART objectives by status today, with the one status rule of objective-status.ts. */
export function objectiveFigures(
  courses: CourseCount[],
  today: string,
): Record<'total' | 'onTrack' | 'atRisk' | 'offTrack' | 'done', number> {
  const by: Record<ObjectiveStatus, number> = { ON_TRACK: 0, AT_RISK: 0, OFF_TRACK: 0, DONE: 0 };
  for (const course of courses) by[objectiveStatus(course, today)] += course.count;
  return {
    total: courses.reduce((sum, c) => sum + c.count, 0),
    onTrack: by.ON_TRACK,
    atRisk: by.AT_RISK,
    offTrack: by.OFF_TRACK,
    done: by.DONE,
  };
}
