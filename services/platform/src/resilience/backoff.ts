/** 0.5 s, 1 s, 2 s … at most 10 s: retries for as long as it takes, never a storm. */
export function backoffMs(attempt: number): number {
  return Math.min(10_000, 250 * 2 ** Math.min(Math.max(attempt, 1), 6));
}
