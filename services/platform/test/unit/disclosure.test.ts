import {
  cellsLeavingFewOut,
  isolatesFewByDifference,
  leavesFewOut,
  monthSlices,
  publishCount,
  publishOverlapping,
  publishPartition,
  publishRate,
  withheld,
  withholdZerosBesideWithheld,
} from '../../src/analytics/disclosure';

const values = (b: ReturnType<typeof publishPartition>) =>
  Object.fromEntries(b.cells.map((c) => [c.key, c.count.value]));

/** Everything an analyst can learn about withheld cells from one published breakdown. */
function recoverByTotal(b: ReturnType<typeof publishPartition>): number | null {
  const hidden = b.cells.filter((c) => c.count.suppressed);
  if (b.total.suppressed || hidden.length !== 1) return null;
  return b.total.value! - b.cells.filter((c) => !c.count.suppressed).reduce((s, c) => s + c.count.value!, 0);
}

describe('disclosure control', () => {
  it('withholds counts from 1 to the threshold, shows 0 and larger counts', () => {
    expect([0, 1, 5, 6].map((n) => publishCount(n, 5))).toEqual([
      { value: 0, suppressed: false },
      { value: null, suppressed: true },
      { value: null, suppressed: true },
      { value: 6, suppressed: false },
    ]);
    expect(publishCount(7, 10).suppressed).toBe(true);
  });

  it('a lone small cell takes the next smallest cell with it, so the total does not give it away', () => {
    const b = publishPartition(
      [
        { key: 'A', count: 40 },
        { key: 'B', count: 3 },
        { key: 'C', count: 12 },
        { key: 'D', count: 0 },
      ],
      5,
    );
    expect(values(b)).toEqual({ A: 40, B: null, C: null, D: null });
    expect(b.total).toEqual({ value: 55, suppressed: false });
    expect(recoverByTotal(b)).toBeNull();
  });

  it('two small cells whose sum is small are joined by a third', () => {
    const b = publishPartition(
      [
        { key: 'A', count: 1 },
        { key: 'B', count: 2 },
        { key: 'C', count: 30 },
        { key: 'D', count: 20 },
      ],
      5,
    );
    expect(values(b)).toEqual({ A: null, B: null, C: 30, D: null });
  });

  it('a zero cell cannot hide a small one: the next non-zero cell is withheld instead, and the zero with it', () => {
    const b = publishPartition(
      [
        { key: 'A', count: 3 },
        { key: 'B', count: 0 },
        { key: 'C', count: 50 },
      ],
      5,
    );
    expect(values(b)).toEqual({ A: null, B: null, C: null });
    expect(b.total).toEqual({ value: 53, suppressed: false });
    expect(recoverByTotal(b)).toBeNull();
  });

  it('withholds everything, zeros too, when the whole population is small', () => {
    const b = publishPartition(
      [
        { key: 'A', count: 2 },
        { key: 'B', count: 0 },
      ],
      5,
    );
    expect(b.total.suppressed).toBe(true);
    expect(values(b)).toEqual({ A: null, B: null });
  });

  it('publishes breakdowns with no small cells untouched', () => {
    const b = publishPartition(
      [
        { key: 'A', count: 6 },
        { key: 'B', count: 9 },
      ],
      5,
    );
    expect(values(b)).toEqual({ A: 6, B: 9 });
    expect(b.total.value).toBe(15);
  });

  it('never lets a single withheld cell be worked out from the total, for any small breakdown', () => {
    for (let a = 0; a <= 12; a += 1)
      for (let b = 0; b <= 12; b += 1)
        for (let c = 0; c <= 12; c += 1) {
          const published = publishPartition(
            [
              { key: 'A', count: a },
              { key: 'B', count: b },
              { key: 'C', count: c },
            ],
            5,
          );
          expect(recoverByTotal(published)).toBeNull();
        }
  });

  it('protects overlapping cells (cohorts) on their own and against the population', () => {
    const cells = publishOverlapping(
      [
        { key: 'SEND', count: 4 },
        { key: 'CHILD_IN_CARE', count: 20 },
        { key: 'YOUNG_CARER', count: 98 },
      ],
      100,
      5,
    );
    expect(cells.map((c) => c.count.value)).toEqual([null, 20, null]);
  });

  it('withholds a rate or mean over too few people', () => {
    expect(publishRate(0.5, 5, 5)).toEqual({ value: null, suppressed: true });
    expect(publishRate(2 / 3, 6, 5)).toEqual({ value: 0.667, suppressed: false });
    expect(publishRate(null, 100, 5).suppressed).toBe(true);
  });

  it('a zero never completes a partition beside a withheld cell: the outsider and the unanimous small group', () => {
    // Six said YES, one outsider NO: with the zeros shown, "PARTLY 0, NOT_SURE 0" leaves NO as the outsider's answer.
    const outsider = publishPartition(
      [
        { key: 'YES', count: 6 },
        { key: 'PARTLY', count: 0 },
        { key: 'NO', count: 1 },
        { key: 'NOT_SURE', count: 0 },
      ],
      5,
    );
    expect(Object.values(values(outsider))).toEqual([null, null, null, null]);
    // Three young people all said NO: zeros beside the one withheld cell would say so.
    const unanimous = publishPartition(
      [
        { key: 'YES', count: 0 },
        { key: 'NO', count: 3 },
      ],
      5,
    );
    expect(values(unanimous)).toEqual({ YES: null, NO: null });
    // A partition that withholds nothing still shows its zeros.
    expect(
      values(
        publishPartition(
          [
            { key: 'YES', count: 9 },
            { key: 'NO', count: 0 },
          ],
          5,
        ),
      ),
    ).toEqual({ YES: 9, NO: 0 });
  });

  it('a zero counts as a small cell beside a withheld one, and only then', () => {
    const shown = (value: number) => ({ value, suppressed: false });
    expect(
      withholdZerosBesideWithheld([
        { key: 'A', count: shown(0) },
        { key: 'B', count: withheld },
        { key: 'C', count: shown(10) },
      ]).map((c) => c.count),
    ).toEqual([withheld, withheld, shown(10)]);
    const nothingWithheld = [
      { key: 'A', count: shown(0) },
      { key: 'C', count: shown(10) },
    ];
    expect(withholdZerosBesideWithheld(nothingWithheld)).toEqual(nothingWithheld);
  });

  it('no zero is shown in any partition that withholds a cell, for any small breakdown', () => {
    for (let a = 0; a <= 9; a += 1)
      for (let b = 0; b <= 9; b += 1)
        for (let c = 0; c <= 9; c += 1) {
          const published = publishPartition(
            [
              { key: 'A', count: a },
              { key: 'B', count: b },
              { key: 'C', count: c },
            ],
            5,
          );
          if (published.cells.some((cell) => cell.count.suppressed))
            expect(published.cells.filter((cell) => cell.count.value === 0)).toEqual([]);
        }
  });

  it("a figure is differenced safely only when every month, the filter's complement and each organisation's own part are 0 or more than the threshold", () => {
    const slice = (people: number, leftOut = 0, onlyThrough: number[] = []) => ({
      month: '2026-03',
      people,
      leftOut,
      onlyThrough,
    });
    expect(isolatesFewByDifference([slice(7)], 5)).toBe(false);
    expect(isolatesFewByDifference([slice(7), { ...slice(0), month: '2026-04' }], 5)).toBe(false);
    // 6 voice checks of one organisation beside 7 in all: the seventh is the complement of the filter.
    expect(isolatesFewByDifference([slice(6, 1)], 5)).toBe(true);
    // A year and the year minus a month: that month alone holds 2.
    expect(isolatesFewByDifference([slice(40), { ...slice(2), month: '2026-04' }], 5)).toBe(true);
    // Organisations A and B against A alone: B alone brings in 3.
    expect(isolatesFewByDifference([slice(20, 30, [14, 3])], 5)).toBe(true);
    expect(isolatesFewByDifference([slice(20, 30, [14, 0])], 5)).toBe(false);
    expect(isolatesFewByDifference([slice(20, 6, [6, 8])], 5)).toBe(false);
  });

  it('month slices count what a filter leaves out and what each of its organisations alone brings in', () => {
    const rows = [
      { month: '2026-03', matched: ['a'], count: 6 },
      { month: '2026-03', matched: ['a', 'b'], count: 4 },
      { month: '2026-03', matched: ['b'], count: 2 },
      { month: '2026-03', matched: [], count: 1 },
      { month: '2026-04', matched: [], count: 9 },
    ];
    expect(monthSlices(rows, ['a', 'b'])).toEqual([
      { month: '2026-03', people: 12, leftOut: 1, onlyThrough: [6, 2] },
      { month: '2026-04', people: 0, leftOut: 9, onlyThrough: [0, 0] },
    ]);
    expect(monthSlices(rows, ['a'])[0]).toEqual({ month: '2026-03', people: 12, leftOut: 1, onlyThrough: [] });
    const unfiltered = rows.map((row) => ({ ...row, matched: null }));
    expect(monthSlices(unfiltered, null)).toEqual([
      { month: '2026-03', people: 13, leftOut: 0, onlyThrough: [] },
      { month: '2026-04', people: 9, leftOut: 0, onlyThrough: [] },
    ]);
  });

  it('no two figures that each pass the differencing test differ by 1 to the threshold people (exhaustive over small worlds)', () => {
    // Voice checks in two months from consultations of organisations {a}, {b}, {a,b}, {c}; the
    // analyst asks every filter of a, b, c and every period of those months.
    const filters: (string[] | null)[] = [
      null,
      ['a'],
      ['b'],
      ['c'],
      ['a', 'b'],
      ['a', 'c'],
      ['b', 'c'],
      ['a', 'b', 'c'],
    ];
    const sets = [['a'], ['b'], ['a', 'b'], ['c']];
    const periods = [['m1'], ['m2'], ['m1', 'm2']];
    const sizes = [0, 1, 6];
    let compared = 0;
    const isolated: unknown[] = [];
    for (let world = 0; world < sizes.length ** (sets.length * 2); world += 1) {
      const counts = [...Array(sets.length * 2).keys()].map(
        (i) => sizes[Math.floor(world / sizes.length ** i) % sizes.length],
      );
      const cells = counts.map((count, i) => ({
        month: i < sets.length ? 'm1' : 'm2',
        set: sets[i % sets.length],
        count,
      }));
      const published: { filter: string[] | null; period: string[]; members: Set<number> }[] = [];
      for (const filter of filters)
        for (const period of periods) {
          const inPeriod = cells.map((cell, i) => ({ ...cell, i })).filter((cell) => period.includes(cell.month));
          const rows = inPeriod.map((cell) => ({
            month: cell.month,
            matched: filter ? cell.set.filter((o) => filter.includes(o)) : null,
            count: cell.count,
          }));
          if (isolatesFewByDifference(monthSlices(rows, filter), 5)) continue;
          const members = new Set(
            inPeriod.filter((cell) => !filter || cell.set.some((o) => filter.includes(o))).map((cell) => cell.i),
          );
          published.push({ filter, period, members });
        }
      const size = (cellsOf: number[]) => cellsOf.reduce((sum, i) => sum + counts[i], 0);
      for (const one of published)
        for (const other of published) {
          if (!comparable(one.filter, other.filter)) continue;
          compared += 1;
          const only = size([...one.members].filter((i) => !other.members.has(i)));
          if (only >= 1 && only <= 5) isolated.push({ counts, one, other, only });
        }
    }
    expect(compared).toBeGreaterThan(100000);
    expect(isolated).toEqual([]);
  });
});

/** Filters the guarantee is about: either is the whole partnership, or they are equal or differ by one organisation. */
function comparable(one: string[] | null, other: string[] | null): boolean {
  const oneMoreOrSame = (x: string[], y: string[]) =>
    (x.length === y.length || x.length === y.length + 1) && y.every((o) => x.includes(o));
  return !one || !other || oneMoreOrSame(one, other) || oneMoreOrSame(other, one);
}

describe('differencing by a filter against the whole partnership', () => {
  it('a filtered figure leaves few out when the whole minus it is 1 to the threshold, and only then', () => {
    expect([0, 1, 5, 6].map((outside) => leavesFewOut(10, 10 + outside, 5))).toEqual([false, true, true, false]);
    const few = cellsLeavingFewOut(
      [
        { key: 'SEND', count: 9 },
        { key: 'CHILD_IN_CARE', count: 6 },
        { key: 'YOUTH_JUSTICE', count: 0 },
        { key: 'YOUNG_CARER', count: 0 },
      ],
      [
        { key: 'SEND', count: 20 },
        { key: 'CHILD_IN_CARE', count: 7 },
        { key: 'YOUTH_JUSTICE', count: 3 }, // withheld in the whole anyway: nothing to subtract
      ],
      5,
    );
    expect([...few]).toEqual(['CHILD_IN_CARE']);
  });

  it('a cell withheld by another rule is withheld in a partition, with secondary suppression and its zeros', () => {
    const cells = [
      { key: 'YES', count: 20 },
      { key: 'PARTLY', count: 9 },
      { key: 'NO', count: 0 },
    ];
    expect(values(publishPartition(cells, 5))).toEqual({ YES: 20, PARTLY: 9, NO: 0 });
    const b = publishPartition(cells, 5, new Set(['PARTLY']));
    expect(values(b)).toEqual({ YES: null, PARTLY: null, NO: null });
    expect(b.total).toEqual({ value: 29, suppressed: false });
    expect(recoverByTotal(b)).toBeNull();
  });
});
