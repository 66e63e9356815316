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
 * Primary: cells of 1..threshold are withheld. Secondary: while the withheld cells could be
 * recovered from the total — a single withheld cell, or withheld cells summing to a small
 * number — the next smallest published non-zero cell is withheld too. When that is not enough
 * (nothing left to withhold), the total is withheld as well.
 */
export function publishPartition<K extends string>(cells: Cell<K>[], threshold: number): PublishedBreakdown<K> {
  const total = cells.reduce((sum, cell) => sum + cell.count, 0);
  if (isSmall(total, threshold)) {
    return {
      total: withheld,
      cells: cells.map((cell) => ({ key: cell.key, count: cell.count === 0 ? shown(0) : withheld })),
    };
  }
  const hidden = new Set(cells.filter((cell) => isSmall(cell.count, threshold)).map((cell) => cell.key));
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
    cells: cells.map((cell) => ({ key: cell.key, count: hidden.has(cell.key) ? withheld : shown(cell.count) })),
  };
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

/** A ratio or mean over `people` people: withheld when fewer than threshold + 1 people stand behind it. */
export function publishRate(value: number | null, people: number, threshold: number): Published {
  if (value === null || people <= threshold) return withheld;
  return shown(Math.round(value * 1000) / 1000);
}
