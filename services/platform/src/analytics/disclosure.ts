/**
 * Statistical disclosure control for counts of children, as UK official statistics about
 * children do: small counts are withheld (primary suppression), and enough other cells are
 * withheld that a withheld one cannot be worked out by subtraction (secondary suppression).
 * Pure functions: every analytics resolver publishes figures only through these.
 */

/** A figure as published: the value, or null with `suppressed: true`. */
export interface Published {
  value: number | null;
  suppressed: boolean;
}

export interface Cell<K extends string = string> {
  key: K;
  count: number;
}

export interface PublishedCell<K extends string = string> {
  key: K;
  count: Published;
}

export interface PublishedBreakdown<K extends string = string> {
  total: Published;
  cells: PublishedCell<K>[];
}

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

const shown = (value: number): Published => ({ value, suppressed: false });
export const withheld: Published = { value: null, suppressed: true };

/** True for a count that may not be published: 1 up to the threshold (0 may be shown). */
export function isSmall(count: number, threshold: number): boolean {
  return count >= 1 && count <= threshold;
}

/** One count on its own (no breakdown to protect). */
export function publishCount(count: number, threshold: number): Published {
  return isSmall(count, threshold) ? withheld : shown(count);
}

/**
 * A breakdown whose cells add up to its total (each person in exactly one cell).
 * Primary: cells of 1..threshold are withheld, and so are the cells in `alsoWithhold` (withheld
 * by another rule, e.g. leavesFewOut). Secondary: while the withheld cells could be
 * recovered from the total — a single withheld cell, or withheld cells summing to a small
 * number — the next smallest published non-zero cell is withheld too. When that is not enough
 * (nothing left to withhold), the total is withheld as well. Zeros: see withholdZerosBesideWithheld.
 */
export function publishPartition<K extends string>(
  cells: Cell<K>[],
  threshold: number,
  alsoWithhold: ReadonlySet<K> = new Set(),
): PublishedBreakdown<K> {
  const total = cells.reduce((sum, cell) => sum + cell.count, 0);
  if (isSmall(total, threshold)) {
    return { total: withheld, cells: cells.map((cell) => ({ key: cell.key, count: withheld })) };
  }
  const hidden = new Set(
    cells.filter((cell) => isSmall(cell.count, threshold) || alsoWithhold.has(cell.key)).map((cell) => cell.key),
  );
  let totalHidden = false;
  while (hidden.size > 0 && recoverable(cells, hidden, threshold)) {
    const next = cells
      .filter((cell) => !hidden.has(cell.key) && cell.count > 0)
      .sort((a, b) => a.count - b.count || a.key.localeCompare(b.key))[0];
    if (!next) {
      totalHidden = true;
      break;
    }
    hidden.add(next.key);
  }
  return {
    total: totalHidden ? withheld : shown(total),
    cells: withholdZerosBesideWithheld(
      cells.map((cell) => ({ key: cell.key, count: hidden.has(cell.key) ? withheld : shown(cell.count) })),
    ),
  };
}

/**
 * A zero shown beside withheld cells completes the partition: "NO 0, NOT_SURE 0, YES and PARTLY
 * withheld" says every withheld person answered YES or PARTLY, and when all but one cell is zero,
 * that the whole small group gave the one answer. So a 0 counts as a small cell whenever another
 * cell of the same partition is withheld; zeros are shown only in a partition withholding nothing.
 */
export function withholdZerosBesideWithheld<K extends string>(cells: PublishedCell<K>[]): PublishedCell<K>[] {
  if (!cells.some((cell) => cell.count.suppressed)) return cells;
  return cells.map((cell) => (cell.count.value === 0 ? { key: cell.key, count: withheld } : cell));
}

/** Withheld cells are recoverable when there is only one, or their sum is itself a small count. */
function recoverable<K extends string>(cells: Cell<K>[], hidden: Set<K>, threshold: number): boolean {
  const hiddenCells = cells.filter((cell) => hidden.has(cell.key));
  const nonZeroHidden = hiddenCells.filter((cell) => cell.count > 0).length;
  const hiddenSum = hiddenCells.reduce((sum, cell) => sum + cell.count, 0);
  return nonZeroHidden < 2 || isSmall(hiddenSum, threshold);
}

/**
 * Cells that overlap (a person can be in several cohorts): no total is derived from them, so
 * each is protected on its own; a cell that equals the overall population minus a small number
 * would still leak, so such "near-total" cells are withheld too.
 */
export function publishOverlapping<K extends string>(
  cells: Cell<K>[],
  population: number,
  threshold: number,
): PublishedCell<K>[] {
  return cells.map((cell) => {
    const complement = population - cell.count;
    const leaks = isSmall(cell.count, threshold) || isSmall(complement, threshold);
    return { key: cell.key, count: leaks ? withheld : shown(cell.count) };
  });
}

/**
 * Differencing by a filter: a figure for a filter and the same figure for the whole partnership
 * (same cell, same period) differ by the people of that cell the filter leaves out. When those are
 * 1 up to the threshold, subtracting one published figure from the other isolates them, so the
 * filtered figure must be withheld. `part` and `whole` are exact counts of the same cell.
 */
export function leavesFewOut(part: number, whole: number, threshold: number): boolean {
  return isSmall(whole - part, threshold);
}

/**
 * The keys of the cells whose filtered count leaves 1 up to the threshold of the whole's out (see
 * leavesFewOut). A whole cell that is itself small is withheld by primary suppression, so there
 * is no published pair to subtract: those are left alone (the totals still catch what they leave out).
 */
export function cellsLeavingFewOut<K extends string>(
  cells: Cell<K>[],
  wholeCells: Cell<K>[],
  threshold: number,
): Set<K> {
  const whole = new Map(wholeCells.map((cell) => [cell.key, cell.count]));
  return new Set(
    cells
      .filter((cell) => {
        const wholeCount = whole.get(cell.key) ?? 0;
        return !isSmall(wholeCount, threshold) && leavesFewOut(cell.count, wholeCount, threshold);
      })
      .map((cell) => cell.key),
  );
}

/** A ratio or mean over `people` people: withheld when fewer than threshold + 1 people stand behind it. */
export function publishRate(value: number | null, people: number, threshold: number): Published {
  if (value === null || people <= threshold) return withheld;
  return shown(Math.round(value * 1000) / 1000);
}

/**
 * The people behind one figure in one month of its period, and how it differs there from the
 * figures an analyst can ask for beside it: `leftOut` are those of the unfiltered figure the
 * organisation filter leaves out (0 when unfiltered), `onlyThrough` for each organisation of a
 * filter of two or more, those that organisation alone brings in (they drop out without it).
 */
export interface MonthSlice {
  month: string;
  people: number;
  leftOut: number;
  onlyThrough: number[];
}

/**
 * Differencing: two figures an analyst may compare (a filter and the whole partnership, a filter
 * and the same one organisation fewer, a period and a longer or shifted one) differ by whole
 * months and, within a month they share, by the people a filter leaves out or one organisation
 * brings in. When every one of those pieces is 0 or more than the threshold, no comparison of this
 * figure with any other figure that passed the same test isolates 1..threshold people: each
 * person who differs is hidden among more than the threshold others who differ with them.
 * Figures about what people said (means, answers) are published only when this holds.
 */
export function isolatesFewByDifference(slices: MonthSlice[], threshold: number): boolean {
  return slices.some((slice) =>
    [slice.people, slice.leftOut, ...slice.onlyThrough].some((count) => isSmall(count, threshold)),
  );
}

/** One row of a GROUP BY month and matched organisations: how many fall in a month through exactly these filter organisations. */
export interface MatchedRow {
  month: string;
  /** The filter's organisations this row's consultation has (lead or partner), or null when unfiltered. */
  matched: string[] | null;
  count: number;
}

/**
 * Month slices from rows grouped by month and matched organisations (see MatchedRow): rows with no
 * matched organisation are those the filter leaves out; rows matched through exactly one
 * organisation of a longer filter are those that organisation alone brings in.
 */
export function monthSlices(rows: MatchedRow[], organisationIds: string[] | null): MonthSlice[] {
  const months = [...new Set(rows.map((row) => row.month))].sort();
  return months.map((month) => {
    const ofMonth = rows.filter((row) => row.month === month);
    const sum = (match: (row: MatchedRow) => boolean) =>
      ofMonth.filter(match).reduce((total, row) => total + row.count, 0);
    if (!organisationIds) return { month, people: sum(() => true), leftOut: 0, onlyThrough: [] };
    return {
      month,
      people: sum((row) => (row.matched?.length ?? 0) > 0),
      leftOut: sum((row) => (row.matched?.length ?? 0) === 0),
      onlyThrough:
        organisationIds.length < 2
          ? []
          : organisationIds.map((id) => sum((row) => row.matched?.length === 1 && row.matched[0] === id)),
    };
  });
}
