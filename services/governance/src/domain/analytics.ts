import { publishActivity, publishedShare, publishPeoplePartition } from '@voicegraph/platform';
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
 * secondary suppression and rounding. All seats of a kind are people too (adults' seats plus the
 * young people's), and an exact "1 seat" beside "young people: withheld" says that one young
 * person holds it: so all seats are withheld wherever the young people's seats are, and rounded
 * to 5 like them elsewhere (publishActivity); shares come from the published figures.
 */
export function seatFigures(rows: SeatRow[], threshold: number) {
  const rowOf = (kind: ForumKind) =>
    rows.find((row) => row.forumKind === kind) ?? { forumKind: kind, seats: 0, heldByYoungPeople: 0 };
  const young = publishPeoplePartition(
    FORUM_KINDS.map((key) => ({ key, count: rowOf(key).heldByYoungPeople })),
    threshold,
  );
  const seats = publishActivity(
    rows.reduce((sum, row) => sum + row.seats, 0),
    young.total,
  );
  return {
    seats,
    heldByYoungPeople: young.total,
    youngPeopleShare: publishedShare(young.total, seats),
    byForumKind: young.cells.map((cell) => {
      const kindSeats = publishActivity(rowOf(cell.key).seats, cell.count);
      return {
        forumKind: cell.key,
        seats: kindSeats,
        heldByYoungPeople: cell.count,
        youngPeopleShare: publishedShare(cell.count, kindSeats),
      };
    }),
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
