/**
 * The calendar day (UTC) of an instant, written YYYY-MM-DD — the form of the GraphQL `Date`
 * scalar and of Postgres `date` columns. Without an instant: today.
 */
export function calendarDate(instant: Date = new Date()): string {
  return instant.toISOString().slice(0, 10);
}
