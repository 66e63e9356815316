import { publishCount, publishOverlapping, publishPartition, publishRate } from '../../src/analytics/disclosure';

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
    expect(values(b)).toEqual({ A: 40, B: null, C: null, D: 0 });
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

  it('a zero cell cannot hide a small one: the next non-zero cell is withheld instead', () => {
    const b = publishPartition(
      [
        { key: 'A', count: 3 },
        { key: 'B', count: 0 },
        { key: 'C', count: 50 },
      ],
      5,
    );
    expect(values(b)).toEqual({ A: null, B: 0, C: null });
    expect(b.total).toEqual({ value: 53, suppressed: false });
    expect(recoverByTotal(b)).toBeNull();
  });

  it('withholds everything but zeros when the whole population is small', () => {
    const b = publishPartition(
      [
        { key: 'A', count: 2 },
        { key: 'B', count: 0 },
      ],
      5,
    );
    expect(b.total.suppressed).toBe(true);
    expect(values(b)).toEqual({ A: null, B: 0 });
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
});
