import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use by name, so entity references and
 * child lists are fetched with one query per type per request, never one per row.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      // setImmediate rather than DataLoader's default nextTick: sibling resolvers reach load()
      // after different numbers of awaits, and a tick-based batch would split them in two.
      loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000, batchScheduleFn: (run) => setImmediate(run) });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

/** Orders batch results to match keys (DataLoader's contract); missing keys get `fallback`. */
export function byKey<K, V, R = V | null>(
  keys: readonly K[],
  rows: V[],
  keyOf: (row: V) => K,
  fallback: R | null = null,
): (V | R | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? fallback);
}

/** Groups batch results per key, for one-to-many lists. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const list = map.get(keyOf(row)) ?? [];
    list.push(row);
    map.set(keyOf(row), list);
  }
  return keys.map((key) => map.get(key) ?? []);
}
