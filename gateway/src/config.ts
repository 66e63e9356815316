import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import {
  AuthConfig,
  DEFAULT_PORTS,
  EdgeConfig,
  EnvReader,
  readAuthConfig,
  readEdgeConfig,
  SERVICE_NAMES,
  ServiceName,
} from '@voicegraph/platform';
import { RateLimitConfig } from './rate-limit';

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  /** Where each subgraph answers; overrides the URLs baked into the supergraph. */
  subgraphUrls: Record<ServiceName, string>;
  auth: AuthConfig;
  logLevel: string;
  /** Query, HTTP and CORS limits, production surfaces (VOICEGRAPH_MAX_*, VOICEGRAPH_CORS_ORIGINS, …). */
  edge: EdgeConfig;
  /** Requests per caller per window, counted in Postgres for every worker and replica. */
  rateLimit: RateLimitConfig;
  /** Keep-alive sockets per subgraph (GATEWAY_SUBGRAPH_CONNECTIONS). */
  subgraphConnections: number;
  /** A subgraph call's whole deadline, answer included (GATEWAY_SUBGRAPH_TIMEOUT_MS). */
  subgraphTimeoutMs: number;
  /** Share one subgraph call between identical in-flight query fetches (GATEWAY_DEDUPLICATE_QUERIES). */
  deduplicateQueries: boolean;
  /** Approximate size of the query plan cache (GATEWAY_QUERY_PLAN_CACHE_MIB). */
  queryPlanCacheMiB: number;
  /** Worker processes sharing the port (GATEWAY_WORKERS: a number, or `auto` for one per available core, at most 8). */
  workers: number;
  /** V8's young-generation semi-space per worker, in MiB (GATEWAY_SEMI_SPACE_MIB): fewer scavenges of the short-lived result objects. */
  semiSpaceMiB: number;
}

/**
 * GATEWAY_WORKERS: `auto` (the default) is one worker per core this process may run on, at most 8,
 * because the gateway is CPU-bound and a Node process runs its JavaScript on one core.
 */
export function readWorkers(reader: EnvReader, raw: string | undefined, cores = availableParallelism()): number {
  const value = raw?.trim() || 'auto';
  if (value === 'auto') return Math.max(1, Math.min(8, cores));
  const workers = Number(value);
  if (Number.isInteger(workers) && workers >= 1 && workers <= 64) return workers;
  reader.problem(`GATEWAY_WORKERS must be "auto" or a whole number from 1 to 64 (got "${value}")`);
  return 1;
}

/** The local gateway role's URL, as the bootstrap creates it (tools/src/infra). */
export const LOCAL_GATEWAY_DATABASE_URL = 'postgres://vg_gateway:vg_gateway@127.0.0.1:5432/voicegraph';

function readRateLimit(reader: EnvReader, production: boolean): RateLimitConfig {
  const requests = reader.int('VOICEGRAPH_RATE_LIMIT_REQUESTS', 600, 0, 10_000_000);
  if (production && requests === 0)
    reader.problem('VOICEGRAPH_RATE_LIMIT_REQUESTS must be above 0 when NODE_ENV=production');
  return {
    requests,
    windowSeconds: reader.int('VOICEGRAPH_RATE_LIMIT_WINDOW_SECONDS', 60, 1, 86_400),
    databaseUrl: reader.url('GATEWAY_DATABASE_URL', production ? undefined : LOCAL_GATEWAY_DATABASE_URL, [
      'postgres:',
      'postgresql:',
    ]),
  };
}

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const reader = new EnvReader(env);
  const production = env.NODE_ENV === 'production';
  const subgraphUrls = Object.fromEntries(
    SERVICE_NAMES.map((name) => [
      name,
      reader.url(`SUBGRAPH_${name.toUpperCase()}_URL`, `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`),
    ]),
  ) as Record<ServiceName, string>;
  const config: GatewayConfig = {
    port: reader.int('PORT', 4000, 0, 65535),
    host: reader.string('HOST', '0.0.0.0'),
    supergraphPath: reader.string('SUPERGRAPH_PATH', resolve(__dirname, '../../schema/supergraph.graphql')),
    subgraphUrls,
    auth: readAuthConfig(reader, production),
    logLevel: reader.oneOf(
      'LOG_LEVEL',
      ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const,
      'info',
    ),
    edge: readEdgeConfig(reader, env, { depth: 15 }),
    rateLimit: readRateLimit(reader, production),
    subgraphConnections: reader.int('GATEWAY_SUBGRAPH_CONNECTIONS', 64, 1, 4096),
    subgraphTimeoutMs: reader.int('GATEWAY_SUBGRAPH_TIMEOUT_MS', 10_000, 100, 600_000),
    deduplicateQueries: reader.oneOf('GATEWAY_DEDUPLICATE_QUERIES', ['true', 'false'] as const, 'true') === 'true',
    queryPlanCacheMiB: reader.int('GATEWAY_QUERY_PLAN_CACHE_MIB', 30, 1, 4096),
    workers: readWorkers(reader, env.GATEWAY_WORKERS),
    semiSpaceMiB: reader.int('GATEWAY_SEMI_SPACE_MIB', 32, 1, 256),
  };
  reader.done();
  return config;
}
