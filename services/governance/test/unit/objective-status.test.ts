import { objectiveStatus, reviewOverdue } from '../../src/domain/objective-status';

/** A year-long objective from 2026-01-01 to 2027-01-01, raising a measure from 20 to 70. */
const rising = { baseline: 20, target: 70, startsOn: '2026-01-01', dueOn: '2027-01-01' };
const mid = '2026-07-02'; // half way (182 of 365 days)

describe('objectiveStatus', () => {
  it('is DONE once the target is reached, even late', () => {
    expect(objectiveStatus({ ...rising, latestValue: 70 }, mid)).toBe('DONE');
    expect(objectiveStatus({ ...rising, latestValue: 85 }, '2027-06-01')).toBe('DONE');
  });

  it('is OFF_TRACK once past due without reaching the target', () => {
    expect(objectiveStatus({ ...rising, latestValue: 69 }, '2027-01-02')).toBe('OFF_TRACK');
    expect(objectiveStatus({ ...rising, latestValue: null }, '2027-01-02')).toBe('OFF_TRACK');
  });

  it('is still counted on the due date itself', () => {
    expect(objectiveStatus({ ...rising, latestValue: 66 }, '2027-01-01')).toBe('ON_TRACK');
  });

  it('is ON_TRACK at the start with no progress yet', () => {
    expect(objectiveStatus({ ...rising, latestValue: null }, '2026-01-01')).toBe('ON_TRACK');
    expect(objectiveStatus({ ...rising, latestValue: null }, '2025-12-01')).toBe('ON_TRACK');
  });

  it('compares progress with the straight line from baseline to target', () => {
    // Half way through, the line expects 45. Within 10% of the distance (5 points) is on track.
    expect(objectiveStatus({ ...rising, latestValue: 45 }, mid)).toBe('ON_TRACK');
    expect(objectiveStatus({ ...rising, latestValue: 41 }, mid)).toBe('ON_TRACK');
    // 10–25% behind is at risk.
    expect(objectiveStatus({ ...rising, latestValue: 38 }, mid)).toBe('AT_RISK');
    expect(objectiveStatus({ ...rising, latestValue: 33 }, mid)).toBe('AT_RISK');
    // More than 25% behind is off track.
    expect(objectiveStatus({ ...rising, latestValue: 30 }, mid)).toBe('OFF_TRACK');
    expect(objectiveStatus({ ...rising, latestValue: null }, mid)).toBe('OFF_TRACK');
  });

  it('is ON_TRACK when ahead of the line', () => {
    expect(objectiveStatus({ ...rising, latestValue: 60 }, mid)).toBe('ON_TRACK');
  });

  it('works for objectives that bring a measure down (target below baseline)', () => {
    const falling = { baseline: 40, target: 10, startsOn: '2026-01-01', dueOn: '2027-01-01' };
    expect(objectiveStatus({ ...falling, latestValue: 10 }, mid)).toBe('DONE');
    expect(objectiveStatus({ ...falling, latestValue: 5 }, mid)).toBe('DONE');
    expect(objectiveStatus({ ...falling, latestValue: 25 }, mid)).toBe('ON_TRACK');
    expect(objectiveStatus({ ...falling, latestValue: 31 }, mid)).toBe('AT_RISK');
    expect(objectiveStatus({ ...falling, latestValue: 45 }, mid)).toBe('OFF_TRACK');
  });

  it('treats getting worse than the baseline as behind', () => {
    expect(objectiveStatus({ ...rising, latestValue: 15 }, '2026-01-20')).toBe('AT_RISK');
    expect(objectiveStatus({ ...rising, latestValue: 5 }, '2026-01-20')).toBe('OFF_TRACK');
  });
});

describe('reviewOverdue', () => {
  it('is true only once the review date has passed', () => {
    expect(reviewOverdue({ reviewOn: '2023-11-30' }, '2023-12-01')).toBe(true);
    expect(reviewOverdue({ reviewOn: '2023-11-30' }, '2023-11-30')).toBe(false);
    expect(reviewOverdue({ reviewOn: '2023-11-30' }, '2023-06-01')).toBe(false);
  });
});
