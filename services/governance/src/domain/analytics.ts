import {
  cellsLeavingFewOut,
  leavesFewOut,
  publishedShare,
  publishPeoplePartition,
  withheld,
} from '@voicegraph/platform';
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
 * person holds it: so all seats are a partition over forum kinds of their own, with the same
 * suppression and rounding, in which every kind whose young people's seats are withheld is
 * withheld too. Shares come from the published figures.
 *
 * Filters: `whole` are the same rows for the whole partnership when an organisation filter narrows
 * them. A cell (young people's or all seats, of one kind or in all) that leaves 1 up to the
 * threshold of the whole partnership's out is withheld (platform leavesFewOut), so the whole
 * figure minus the filtered one never isolates a seat: one young person on a partnership-wide
 * board is not "15 in all, 15 for organisations A and B" apart by rounding alone.
 */
export function seatFigures(rows: SeatRow[], threshold: number, whole: SeatRow[] | null = null) {
  const young = (row: SeatRow) => row.heldByYoungPeople;
  const all = (row: SeatRow) => row.seats;
  const youngPartition = publishPeoplePartition(
    kindCells(rows, young),
    threshold,
    seatCellsLeavingFewOut(rows, whole, young, threshold),
  );
  const youngWithheld = youngPartition.cells.filter((cell) => cell.count.suppressed).map((cell) => cell.key);
  const allPartition = publishPeoplePartition(
    kindCells(rows, all),
    threshold,
    new Set([...youngWithheld, ...seatCellsLeavingFewOut(rows, whole, all, threshold)]),
  );
  const totalFewOut = (count: (row: SeatRow) => number) =>
    !!whole && leavesFewOut(sum(rows, count), sum(whole, count), threshold);
  const youngTotal = totalFewOut(young) ? withheld : youngPartition.total;
  const seats = youngTotal.suppressed || totalFewOut(all) ? withheld : allPartition.total;
  return {
    seats,
    heldByYoungPeople: youngTotal,
    youngPeopleShare: publishedShare(youngTotal, seats),
    byForumKind: youngPartition.cells.map((cell, i) => ({
      forumKind: cell.key,
      seats: allPartition.cells[i].count,
      heldByYoungPeople: cell.count,
      youngPeopleShare: publishedShare(cell.count, allPartition.cells[i].count),
    })),
  };
}

const rowOf = (rows: SeatRow[], kind: ForumKind): SeatRow =>
  rows.find((row) => row.forumKind === kind) ?? { forumKind: kind, seats: 0, heldByYoungPeople: 0 };
const kindCells = (rows: SeatRow[], count: (row: SeatRow) => number) =>
  FORUM_KINDS.map((key) => ({ key, count: count(rowOf(rows, key)) }));
const sum = (rows: SeatRow[], count: (row: SeatRow) => number) => rows.reduce((n, row) => n + count(row), 0);

/** Forum kinds whose filtered seats leave 1 up to the threshold of the whole partnership's out (none when unfiltered). */
export function seatCellsLeavingFewOut(
  rows: SeatRow[],
  whole: SeatRow[] | null,
  count: (row: SeatRow) => number,
  threshold: number,
): Set<ForumKind> {
  return whole ? cellsLeavingFewOut(kindCells(rows, count), kindCells(whole, count), threshold) : new Set();
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
