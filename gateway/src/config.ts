import { resolve } from 'node:path';
import { AuthConfig, DEFAULT_PORTS, EnvReader, readAuthConfig, SERVICE_NAMES, ServiceName } from '@voicegraph/platform';

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  /** Where each subgraph answers; overrides the URLs baked into the supergraph. */
  subgraphUrls: Record<ServiceName, string>;
  auth: AuthConfig;
  logLevel: string;
  maxDepth: number;
  /** Keep-alive sockets per subgraph (GATEWAY_SUBGRAPH_CONNECTIONS). */
  subgraphConnections: number;
  /** Abort a subgraph call after this long (GATEWAY_SUBGRAPH_TIMEOUT_MS). */
  subgraphTimeoutMs: number;
  /** Share one subgraph call between identical in-flight query fetches (GATEWAY_DEDUPLICATE_QUERIES). */
  deduplicateQueries: boolean;
  /** Approximate size of the query plan cache (GATEWAY_QUERY_PLAN_CACHE_MIB). */
  queryPlanCacheMiB: number;
}

export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const reader = new EnvReader(env);
  const subgraphUrls = Object.fromEntries(
    SERVICE_NAMES.map((name) => [name, reader.url(`SUBGRAPH_${name.toUpperCase()}_URL`, `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`)]),
  ) as Record<ServiceName, string>;
  const config: GatewayConfig = {
    port: reader.int('PORT', 4000, 0, 65535),
    host: reader.string('HOST', '0.0.0.0'),
    supergraphPath: reader.string('SUPERGRAPH_PATH', resolve(__dirname, '../../schema/supergraph.graphql')),
    subgraphUrls,
    auth: readAuthConfig(reader, env.NODE_ENV === 'production'),
    logLevel: reader.oneOf('LOG_LEVEL', ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const, 'info'),
    maxDepth: reader.int('GATEWAY_MAX_DEPTH', 15, 2, 100),
    subgraphConnections: reader.int('GATEWAY_SUBGRAPH_CONNECTIONS', 64, 1, 4096),
    subgraphTimeoutMs: reader.int('GATEWAY_SUBGRAPH_TIMEOUT_MS', 30_000, 100, 600_000),
    deduplicateQueries: reader.oneOf('GATEWAY_DEDUPLICATE_QUERIES', ['true', 'false'] as const, 'true') === 'true',
    queryPlanCacheMiB: reader.int('GATEWAY_QUERY_PLAN_CACHE_MIB', 30, 1, 4096),
  };
  reader.done();
  return config;
}
