import { startOfUtcDay } from '../../src/domain/anonymity';

describe('times that could single out an anonymous author are shown to the day', () => {
  it('is the start of the UTC day, whatever the time within it', () => {
    for (const at of ['2026-12-07T00:00:00.000Z', '2026-12-07T13:45:12.231Z', '2026-12-07T23:59:59.999Z'])
      expect(startOfUtcDay(new Date(at)).toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });

  it('never moves a time into another day, across a month and a year end', () => {
    expect(startOfUtcDay(new Date('2026-12-31T23:59:59.999Z')).toISOString()).toBe('2026-12-31T00:00:00.000Z');
    expect(startOfUtcDay(new Date('2027-01-01T00:00:00.001Z')).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});
