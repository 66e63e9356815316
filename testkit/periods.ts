/** Whole calendar months relative to `now`: this month, the one before, both, and a moment mid last month. */
export function months(now = new Date()) {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const first = (y: number, m: number) => new Date(Date.UTC(y, m, 1));
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const month = (offset: number) => ({
    from: iso(first(y, m + offset)),
    to: iso(new Date(first(y, m + offset + 1).getTime() - 86_400_000)),
  });
  const current = month(0);
  const previous = month(-1);
  return {
    current,
    previous,
    both: { from: previous.from, to: current.to },
    midPrevious: `${previous.from.slice(0, 8)}15T10:00:00Z`,
  };
}
