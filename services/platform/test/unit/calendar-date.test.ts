import { calendarDate } from '../../src/time/calendar-date';

describe('calendarDate', () => {
  it('is the UTC calendar day of an instant, written YYYY-MM-DD', () => {
    expect(calendarDate(new Date('2026-03-01T18:00:00Z'))).toBe('2026-03-01');
    // 23:30 in New York on 28 February is already 1 March in UTC.
    expect(calendarDate(new Date('2026-02-28T23:30:00-05:00'))).toBe('2026-03-01');
  });

  it('is today without an instant', () => {
    const before = new Date().toISOString().slice(0, 10);
    const today = calendarDate();
    const after = new Date().toISOString().slice(0, 10);
    expect([before, after]).toContain(today);
  });
});
