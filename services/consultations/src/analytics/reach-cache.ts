import { calendarDate } from '@voicegraph/platform';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Reach figures already computed, reused only while provably current. Each computation records
 * the snapshot it read (pg_current_snapshot() in a REPEATABLE READ transaction). Every row of
 * reach_month carries the transaction that last wrote it (changed_by), and reach_month_removal
 * logs the months that lost rows. A cached result is served only if no row of its months was
 * written, and no removal logged, by a transaction that snapshot could not see; otherwise it is
 * computed again. So a result is never stale, and a hit costs one indexed lookup per month.
 */
export interface Snapshotted<T> {
  value: T;
  snapshot: string;
}

/** A value and the snapshots of the reads it was made from. */
export interface Entry<T> {
  value: T;
  snapshots: string[];
}

export class ReachCache {
  private readonly entries = new Map<string, Entry<unknown>>();

  constructor(private readonly capacity: number) {}

  /**
   * The figures for `key` covering `months` ('YYYY-MM-01') of a partnership: cached if nothing
   * they depend on changed since, else computed by `compute`.
   */
  async figures<T>(
    db: DataSource,
    partnershipId: string,
    months: string[],
    key: string,
    compute: () => Promise<Entry<T>>,
  ): Promise<T> {
    const cached = this.entries.get(key) as Entry<T> | undefined;
    if (cached && !(await changedSince(db, partnershipId, months, cached.snapshots))) {
      this.entries.delete(key);
      this.entries.set(key, cached); // most recently used last
      return cached.value;
    }
    const computed = await compute();
    if (this.capacity > 0) {
      this.entries.delete(key);
      this.entries.set(key, computed);
      while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    }
    return computed.value;
  }
}

/** One cache per database connection (snapshots mean nothing in another database). */
export class ReachCaches {
  private readonly caches = new WeakMap<DataSource, ReachCache>();

  constructor(private readonly capacity: number) {}

  for(db: DataSource): ReachCache {
    let cache = this.caches.get(db);
    if (!cache) this.caches.set(db, (cache = new ReachCache(this.capacity)));
    return cache;
  }
}

/** Runs `read` in a REPEATABLE READ transaction and returns its result with the snapshot it saw. */
export async function readWithSnapshot<T>(
  db: DataSource,
  read: (tx: EntityManager) => Promise<T>,
): Promise<Snapshotted<T>> {
  return db.transaction('REPEATABLE READ', async (tx) => {
    const value = await read(tx);
    const [row]: { snapshot: string }[] = await tx.query(`SELECT pg_current_snapshot()::text AS snapshot`);
    return { value, snapshot: row.snapshot };
  });
}

/** Whether any reach row of these months was written, or removed, by a transaction one of the snapshots did not see. */
export async function changedSince(
  db: DataSource,
  partnershipId: string,
  months: string[],
  snapshots: string[],
): Promise<boolean> {
  const unseen = `changed_by >= (SELECT min(pg_snapshot_xmin(s)) FROM unnest($3::pg_snapshot[]) s)
    AND NOT (SELECT bool_and(pg_visible_in_snapshot(changed_by, s)) FROM unnest($3::pg_snapshot[]) s)`;
  const [row]: { changed: boolean }[] = await db.query(
    `SELECT EXISTS (SELECT 1 FROM consultations.reach_month WHERE partnership_id = $1 AND month = ANY($2::date[]) AND ${unseen})
         OR EXISTS (SELECT 1 FROM consultations.reach_month_removal WHERE partnership_id = $1 AND month = ANY($2::date[]) AND ${unseen}) AS changed`,
    [partnershipId, months, snapshots],
  );
  return row.changed;
}

/** The first day of every month from `from` ('YYYY-MM-01') up to, not including, `endExclusive`. */
export function monthsOf(from: string, endExclusive: Date): string[] {
  const months: string[] = [];
  const at = new Date(`${from}T00:00:00Z`);
  while (at < endExclusive) {
    months.push(calendarDate(at));
    at.setUTCMonth(at.getUTCMonth() + 1);
  }
  return months;
}
