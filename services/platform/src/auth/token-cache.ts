/**
 * A small LRU of verified tokens, so a caller's token is verified once, not once per request
 * per process (the gateway and every subgraph verify the same bearer token again).
 *
 * Only successful verifications are stored; an entry is used while it is younger than
 * `maxAgeMs` and strictly before the token's own `exp`, after which the token is verified
 * afresh (so expiry, including the verifier's clock tolerance, behaves exactly as without the
 * cache). Keyed by the full token string: a different signature is a different key.
 */
export interface TokenCacheOptions {
  /** Most entries kept; the least recently used is dropped first. */
  maxEntries: number;
  /** Upper bound on how long a verification is trusted (signing-key rotation, revocation lists). */
  maxAgeMs: number;
  now?: () => number;
}

interface Entry<V> {
  value: V;
  /** Epoch milliseconds after which the entry is not used. */
  until: number;
}

export class TokenCache<V> {
  private readonly entries = new Map<string, Entry<V>>();
  private readonly now: () => number;

  constructor(private readonly options: TokenCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached value, or undefined when absent or no longer usable (then it is dropped). */
  get(token: string): V | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (this.now() >= entry.until) {
      this.entries.delete(token);
      return undefined;
    }
    // Refresh recency: Map keeps insertion order, so re-inserting moves it to the back.
    this.entries.delete(token);
    this.entries.set(token, entry);
    return entry.value;
  }

  /** Stores a verified token's value; `expSeconds` is the token's `exp` claim, if any. */
  set(token: string, value: V, expSeconds?: number): void {
    if (this.options.maxEntries <= 0 || this.options.maxAgeMs <= 0) return;
    const now = this.now();
    const until = Math.min(
      now + this.options.maxAgeMs,
      typeof expSeconds === 'number' && Number.isFinite(expSeconds) ? expSeconds * 1000 : Infinity,
    );
    if (until <= now) return;
    this.entries.delete(token);
    this.entries.set(token, { value, until });
    while (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
  }
}
