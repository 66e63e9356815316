import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_JWT_SECRET, SERVICE_NAMES, ServiceName } from '@voicegraph/platform';
import {
  ensureInfrastructure,
  gatewayDatabaseUrl,
  Infrastructure,
  repoRoot,
  resetDatabase,
} from '@voicegraph/tools/dist/infra';
import { ChildService, spawnService } from '@voicegraph/tools/dist/system/child-service';
import { BENCH_DATABASE, SUBGRAPH_PORTS, subgraphUrl } from './ports';
import { setTimeout as sleep } from 'node:timers/promises';

export interface BenchSystem {
  infrastructure: Infrastructure;
  subgraphs: ChildService[];
  supergraphPath: string;
  common: Record<string, string>;
  serviceUrls: Record<ServiceName, string>;
  /** Our gateway's own role (its rate-limit counters). */
  gatewayDatabaseUrl: string;
  stop(): Promise<void>;
}

export const benchDir = (): string => join(repoRoot(), 'bench');

/** The committed supergraph with the subgraph URLs pointed at the bench ports (every gateway gets this file). */
function writeBenchSupergraph(): string {
  let sdl = readFileSync(join(repoRoot(), 'schema', 'supergraph.graphql'), 'utf8');
  for (const name of SERVICE_NAMES)
    sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*(")`), `$1${subgraphUrl(name)}$2`);
  const dir = join(benchDir(), '.work');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'supergraph.graphql');
  writeFileSync(path, sdl);
  return path;
}

/**
 * Postgres + Kafka (reused when running, as `npm start` does), database vg_bench emptied and
 * migrated afresh, and the four subgraphs as child processes on the bench ports.
 * Kafka is never stopped by the bench (other people's tests use it).
 */
export async function startBenchSystem(
  log: (line: string) => void,
  /** Extra environment for the subgraphs only (a CPU profile: NODE_OPTIONS=--cpu-prof). */
  subgraphEnv: Record<string, string> = {},
): Promise<BenchSystem> {
  const infrastructure = await ensureInfrastructure({ database: BENCH_DATABASE });
  const serviceUrls = await resetDatabase(infrastructure.adminUrl, BENCH_DATABASE);
  const common = {
    KAFKA_BROKERS: infrastructure.brokers.join(','),
    VOICEGRAPH_JWT_SECRET: process.env.VOICEGRAPH_JWT_SECRET ?? DEV_JWT_SECRET,
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
    HOST: '127.0.0.1',
    BENCH_DATABASE,
  };
  const entry = join(benchDir(), 'dist', 'subgraph.js');
  const subgraphs = SERVICE_NAMES.map((name: ServiceName) =>
    spawnService(
      `bench-${name}`,
      entry,
      {
        ...common,
        ...subgraphEnv,
        BENCH_SERVICE: name,
        DATABASE_URL: serviceUrls[name],
        PORT: String(SUBGRAPH_PORTS[name]),
      },
      SUBGRAPH_PORTS[name],
    ),
  );
  const stop = async (): Promise<void> => {
    for (const service of [...subgraphs].reverse()) await service.stop();
    // Postgres: stop only an embedded one this run started; Kafka: never (shared broker).
    if (process.env.BENCH_STOP_INFRA === '1') await infrastructure.stop();
  };
  try {
    await Promise.all(subgraphs.map((service) => waitForGraphQL(`${service.url}/graphql`, service)));
  } catch (error) {
    await stop();
    throw error;
  }
  log(`subgraphs up: ${subgraphs.map((s) => `${s.name} pid ${s.process.pid}`).join(', ')}`);
  return {
    infrastructure,
    subgraphs,
    supergraphPath: writeBenchSupergraph(),
    common,
    serviceUrls,
    gatewayDatabaseUrl: gatewayDatabaseUrl(infrastructure.adminUrl, BENCH_DATABASE),
    stop,
  };
}

/** Waits until `{ __typename }` answers 200 (works for every gateway kind), or the child exits. */
export async function waitForGraphQL(url: string, child?: ChildService, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.process.exitCode !== null)
      throw new Error(`${child.name} exited with code ${child.process.exitCode}; see ${child.logFile}`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s${child ? `; see ${child.logFile}` : ''}`);
}
