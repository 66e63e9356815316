import { join } from 'node:path';
import { ServiceName, SERVICE_NAMES } from '@voicegraph/platform';
import { repoRoot } from '@voicegraph/tools/dist/infra';
import { ChildService, spawnService } from '@voicegraph/tools/dist/system/child-service';
import { GATEWAY_PORTS, GatewayName, subgraphUrl } from './ports';
import { BenchSystem, waitForGraphQL } from './system';

export interface RunningGateway {
  name: GatewayName;
  url: string;
  child: ChildService;
}

const subgraphEnv = (): Record<string, string> =>
  Object.fromEntries(
    SERVICE_NAMES.map((name: ServiceName) => [`SUBGRAPH_${name.toUpperCase()}_URL`, subgraphUrl(name)]),
  );

/**
 * The four ways to answer the same queries, each its own process on the same supergraph:
 * ours (gateway/dist/index.js as shipped), @apollo/gateway untuned, Hive Gateway (its default
 * runtime, and with the Rust query planner of @graphql-hive/router-runtime), and the direct client. A gateway that fails to start is reported and left out, not fatal.
 */
export async function startGateways(
  system: BenchSystem,
  names: GatewayName[],
  log: (line: string) => void,
  /** Extra environment for our gateway only (a CPU profile: NODE_OPTIONS=--cpu-prof). */
  oursEnv: Record<string, string> = {},
): Promise<RunningGateway[]> {
  const entries: Record<GatewayName, string> = {
    ours: join(repoRoot(), 'gateway', 'dist', 'index.js'),
    untuned: join(__dirname, 'untuned-gateway.js'),
    hive: join(__dirname, 'hive-gateway.js'),
    'hive-router': join(__dirname, 'hive-gateway.js'),
    direct: join(__dirname, 'direct-gateway.js'),
  };
  const started: RunningGateway[] = [];
  for (const name of names) {
    const env = {
      ...system.common,
      ...subgraphEnv(),
      PORT: String(GATEWAY_PORTS[name]),
      SUPERGRAPH_PATH: system.supergraphPath,
      BENCH_SUPERGRAPH: system.supergraphPath,
      ...(name === 'hive-router' ? { BENCH_HIVE_ROUTER_RUNTIME: '1' } : {}),
      // Ours counts every request against its caller in Postgres, as shipped; the bench's few
      // tokens send far more than a person would, so the limit itself is set out of reach.
      ...(name === 'ours'
        ? { GATEWAY_DATABASE_URL: system.gatewayDatabaseUrl, VOICEGRAPH_RATE_LIMIT_REQUESTS: '10000000', ...oursEnv }
        : {}),
    };
    const child = spawnService(`bench-gateway-${name}`, entries[name], env, GATEWAY_PORTS[name]);
    const url = `${child.url}/graphql`;
    try {
      await waitForGraphQL(url, child, 120_000);
      started.push({ name, url, child });
      log(`gateway ${name} up (pid ${child.process.pid})`);
    } catch (error) {
      log(`gateway ${name} did not start and is left out: ${(error as Error).message}`);
      await child.stop();
    }
  }
  return started;
}
