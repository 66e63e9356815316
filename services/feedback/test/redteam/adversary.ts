/**
 * The differencing adversary against voice-check figures. It is stronger than a real analyst: it
 * knows exactly which voice checks stand behind every figure it asked for (who took part where and
 * when), and only the answers are unknown to it. For a pair of published figures it works out which
 * values of one child's answer are still consistent with both, trying every way the other voice
 * checks could have been answered. If a pair rules out a value the child could have given, that
 * pair has told the analyst something about that one child.
 */

export const ANSWERS = ['YES', 'PARTLY', 'NO', 'NOT_SURE'] as const;
export const QUESTIONS = ['space', 'voice', 'audience', 'influence'] as const;
export type Answer = (typeof ANSWERS)[number];
export type Question = (typeof QUESTIONS)[number];

/** What the analyst was shown, as the graph returns it. */
export interface Shown {
  value: number | null;
  suppressed: boolean;
}
export interface VoiceFigures {
  youngPeople: Shown;
  meanFeltHeard: Shown;
  answers: Record<Question, Shown[]>; // in ANSWERS order
}

/** One figure the adversary asked for: who stands behind it (indices into the data set), and what it was shown. */
export interface Asked {
  label: string;
  members: Set<number>;
  figures: VoiceFigures;
}

/** The same rounding as the platform's publishRate(oneDecimal(mean)). */
const shownMean = (sum: number, n: number) => Math.round((Math.round((sum / n) * 10) / 10) * 1000) / 1000;

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** The pieces two figures are made of, leaving the child out: in both, only in the first, only in the second. */
function pieces(one: Asked, other: Asked, child: number) {
  const everyone = [...new Set([...one.members, ...other.members])].filter((i) => i !== child);
  const size = (keep: (i: number) => boolean) => everyone.filter(keep).length;
  return {
    both: size((i) => one.members.has(i) && other.members.has(i)),
    onlyOne: size((i) => one.members.has(i) && !other.members.has(i)),
    onlyOther: size((i) => !one.members.has(i) && other.members.has(i)),
    childInOne: one.members.has(child),
    childInOther: other.members.has(child),
  };
}

/**
 * Felt-heard scores (1..5) of the child consistent with both figures' means: some sums of the other
 * voice checks (each 1..5) reproduce both shown means. A withheld mean constrains nothing.
 */
export function consistentFeltHeard(one: Asked, other: Asked, child: number): number[] {
  const p = pieces(one, other, child);
  // The sums of all its voice checks each figure allows (null: withheld, any sum).
  const sums = (figure: Asked) => {
    const n = figure.members.size;
    return figure.figures.meanFeltHeard.suppressed
      ? null
      : range(n, 5 * n).filter((sum) => shownMean(sum, n) === figure.figures.meanFeltHeard.value);
  };
  const sumsOne = sums(one);
  const sumsOther = sums(other);
  const reachable = (allowedSums: number[] | null, fixed: number, rest: number) =>
    allowedSums === null || allowedSums.some((sum) => sum - fixed >= rest && sum - fixed <= 5 * rest);
  return range(1, 5).filter((v) =>
    range(p.both, 5 * p.both).some(
      (both) =>
        reachable(sumsOne, both + (p.childInOne ? v : 0), p.onlyOne) &&
        reachable(sumsOther, both + (p.childInOther ? v : 0), p.onlyOther),
    ),
  );
}

/** The counts a shown cell allows: 0 exactly, or above the threshold and rounding to the value; a withheld cell allows any. */
function allowed(cell: Shown, threshold: number): [number, number] {
  if (cell.suppressed || cell.value === null) return [0, Infinity];
  if (cell.value === 0) return [0, 0];
  return [Math.max(cell.value - 2, threshold + 1), cell.value + 2];
}

/** Every way of spreading n voice checks over the four answers. */
function spreads(n: number): number[][] {
  const out: number[][] = [];
  for (let a = 0; a <= n; a += 1)
    for (let b = 0; a + b <= n; b += 1) for (let c = 0; a + b + c <= n; c += 1) out.push([a, b, c, n - a - b - c]);
  return out;
}

/** Can `extra` voice checks be spread so that base + extra falls in every cell's allowed range? */
function canFill(base: number[], extra: number, cells: [number, number][]): boolean {
  let low = 0;
  let high = 0;
  for (let k = 0; k < 4; k += 1) {
    const from = Math.max(0, cells[k][0] - base[k]);
    const to = cells[k][1] - base[k];
    if (to < from) return false;
    low += from;
    high += Math.min(to, extra);
  }
  return low <= extra && extra <= high;
}

/** The child's answers to one question consistent with both figures' published answer counts. */
export function consistentAnswers(
  one: Asked,
  other: Asked,
  child: number,
  question: Question,
  threshold: number,
): Answer[] {
  const p = pieces(one, other, child);
  const cellsOne = one.figures.answers[question].map((cell) => allowed(cell, threshold));
  const cellsOther = other.figures.answers[question].map((cell) => allowed(cell, threshold));
  const shared = spreads(p.both);
  return ANSWERS.filter((_, k) =>
    shared.some((both) => {
      const withChild = (inIt: boolean) => both.map((count, j) => count + (inIt && j === k ? 1 : 0));
      return (
        canFill(withChild(p.childInOne), p.onlyOne, cellsOne) &&
        canFill(withChild(p.childInOther), p.onlyOther, cellsOther)
      );
    }),
  );
}
