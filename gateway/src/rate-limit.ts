import { IncomingMessage } from 'node:http';
import { Pool } from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { Logger, TokenVerifier } from '@voicegraph/platform';

export interface RateLimitConfig {
  /** Requests one caller may make per window (VOICEGRAPH_RATE_LIMIT_REQUESTS); 0 turns the limit off. */
  requests: number;
  /** The window, in seconds (VOICEGRAPH_RATE_LIMIT_WINDOW_SECONDS). */
  windowSeconds: number;
  /** Where the shared counters live: the gateway's own role and schema (GATEWAY_DATABASE_URL). */
  databaseUrl: string;
}

export interface RateLimiter {
  /** undefined: go ahead; a number: refuse, retry after that many seconds. */
  admit(req: IncomingMessage): Promise<number | undefined>;
  stop(): Promise<void>;
}

/**
 * Who is asking: the verified token's subject, else the client's address. A token that does not
 * verify counts against the address, so a stream of forged tokens is one caller.
 */
export async function callerKey(req: IncomingMessage, verify: TokenVerifier): Promise<string> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization?.trim() ?? '');
  if (match) {
    const actor = await verify(match[1]).catch(() => null);
    if (actor) return `sub:${actor.personId}`;
  }
  return `addr:${req.socket.remoteAddress ?? 'unknown'}`;
}

/** How often the gateway tries again to reach the counters' table after a failure. */
const RETRY_MS = 10_000;

/**
 * A fixed-window limit per caller, counted in Postgres (rate-limiter-flexible's
 * RateLimiterPostgres) so every worker and every replica of the gateway shares one count.
 * A caller over the limit is then refused from memory until the window ends, without a round
 * trip. While Postgres is unreachable (at start, or later), each process counts in its own
 * memory instead, rather than refusing everyone or no one, and keeps trying to reach it.
 */
export async function createRateLimiter(
  config: RateLimitConfig,
  verify: TokenVerifier,
  logger: Logger,
): Promise<RateLimiter | undefined> {
  if (config.requests === 0) return undefined;
  const pool = new Pool({ connectionString: config.databaseUrl, max: 4, connectionTimeoutMillis: 2000 });
  pool.on('error', (error) => logger.warn({ err: error.message }, 'rate-limit database connection failed'));
  const common = { points: config.requests, duration: config.windowSeconds, keyPrefix: 'graphql' };
  const memory = new RateLimiterMemory(common);
  let limiter: RateLimiterMemory | RateLimiterPostgres = memory;
  let retry: NodeJS.Timeout | undefined;
  let stopped = false;
  const connect = () =>
    new Promise<void>((resolve) => {
      const shared: RateLimiterPostgres = new RateLimiterPostgres(
        {
          ...common,
          storeClient: pool,
          storeType: 'pool',
          tableName: 'rate_limits',
          clearExpiredByTimeout: true,
          inMemoryBlockOnConsumed: config.requests + 1,
          insuranceLimiter: memory,
        },
        (error?: Error) => {
          if (!error) limiter = shared;
          else if (!stopped) {
            logger.warn(
              { err: error.message },
              'rate-limit counters unreachable (GATEWAY_DATABASE_URL); counting per process until they are',
            );
            retry = setTimeout(() => void connect(), RETRY_MS);
            retry.unref();
          }
          resolve();
        },
      );
    });
  await connect();
  return {
    async admit(req) {
      const key = await callerKey(req, verify);
      try {
        await limiter.consume(key);
        return undefined;
      } catch (refused) {
        if (refused instanceof RateLimiterRes) return Math.max(1, Math.ceil(refused.msBeforeNext / 1000));
        throw refused;
      }
    },
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await pool.end();
    },
  };
}
