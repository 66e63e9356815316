/** A seat counts for access and membership from its start until its end date (inclusive). */
export function seatIsCurrent(seat: { startsOn: string; endsOn: string | null }, today: string): boolean {
  return seat.startsOn <= today && (seat.endsOn === null || seat.endsOn >= today);
}

/** Not yet ended (current or starting later): what makes a person a member who sees the forum's business. */
export function seatNotEnded(seat: { endsOn: string | null }, today: string): boolean {
  return seat.endsOn === null || seat.endsOn >= today;
}

/** Two date ranges (null end = open-ended) share at least one day. */
export function periodsOverlap(
  a: { startsOn: string; endsOn: string | null },
  b: { startsOn: string; endsOn: string | null },
): boolean {
  const aEndsBeforeB = a.endsOn !== null && a.endsOn < b.startsOn;
  const bEndsBeforeA = b.endsOn !== null && b.endsOn < a.startsOn;
  return !aEndsBeforeB && !bEndsBeforeA;
}
