import type { Published } from './operation';

/**
 * How a figure reads in the report. A withheld figure never carries a number: only the words
 * "fewer than N", where N is one more than the partnership's threshold (counts 1 to the
 * threshold are withheld, so "fewer than 6" for the usual threshold of 5).
 */
export interface Figure {
  /** The words the reader sees, e.g. "1,240", "45%" or "fewer than 6". */
  text: string;
  /** The number charts may draw; null when withheld or unknown. */
  value: number | null;
  withheld: boolean;
  /** What it counts: people (disclosure-controlled), activities (as counted), a share or a statistic. */
  kind: 'people' | 'count' | 'share' | 'statistic';
}

const WHOLE = new Intl.NumberFormat('en-GB');
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The words a withheld count reads as, for a partnership whose threshold is `threshold`. */
export function fewerThan(threshold: number): string {
  return `fewer than ${threshold + 1}`;
}

/** A count that is not about people (consultations, decisions, obligations): shown as counted. */
export function counted(value: number): Figure {
  return { text: WHOLE.format(value), value, withheld: false, kind: 'count' };
}

/** A count of young people as disclosure control published it. */
export function people(published: Published, threshold: number): Figure {
  if (published.suppressed || published.value === null)
    return { text: fewerThan(threshold), value: null, withheld: true, kind: 'people' };
  return { ...counted(published.value), kind: 'people' };
}

/**
 * A ratio or mean over young people: withheld when fewer than the threshold stand behind it.
 * Its words say why, without a number.
 */
export function statistic(published: Published, threshold: number, unit = ''): Figure {
  if (published.suppressed || published.value === null)
    return { text: `withheld (${fewerThan(threshold)} behind it)`, value: null, withheld: true, kind: 'statistic' };
  return {
    text: `${ONE_DECIMAL.format(published.value)}${unit}`,
    value: published.value,
    withheld: false,
    kind: 'statistic',
  };
}

/** A share (0 to 1) as a whole percentage; "none to compare" when there is nothing to divide by. */
export function percent(share: number | null): Figure {
  if (share === null) return { text: 'none to compare', value: null, withheld: false, kind: 'share' };
  return { text: `${Math.round(share * 100)}%`, value: share, withheld: false, kind: 'share' };
}

/** A share of young people (reach): withheld when its count is. */
export function peopleShare(published: Published, threshold: number): Figure {
  if (published.suppressed)
    return { text: `withheld (${fewerThan(threshold)})`, value: null, withheld: true, kind: 'share' };
  return percent(published.value); // null and not withheld: nobody to divide by
}
