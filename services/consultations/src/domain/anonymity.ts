/** The start of `at`'s UTC day: the finest time staff see of anything that could be lined up with an anonymous contribution. */
export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}
