import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PORTS, DEV_JWT_SECRET, SERVICE_NAMES, ServiceName } from '@voicegraph/platform';
import { ensureInfrastructure, Infrastructure } from '../infra/infrastructure';
import { repoRoot } from '../infra/paths';
import { ChildService, spawnService, waitUntilReady } from './child-service';

export interface RunningSystem {
  infrastructure: Infrastructure;
  services: ChildService[];
  gatewayUrl: string;
  /** The public "You said, we did" board (web/), when built: `${boardUrl}/board/<partnership-id>`. */
  boardUrl: string | null;
  stop(): Promise<void>;
}

export interface SystemOptions {
  database?: string;
  gatewayPort?: number;
  logLevel?: string;
}

/** The services that are built (a subgraph counts once its dist/index.js exists). */
export function builtSubgraphs(): ServiceName[] {
  return SERVICE_NAMES.filter((name) => existsSync(join(repoRoot(), 'services', name, 'dist', 'index.js')));
}

/**
 * Infrastructure, migrations (each service runs its own at start), every built subgraph and
 * the gateway, each a child process; stop() ends them in reverse and stops what it started.
 */
export async function startSystem(options: SystemOptions = {}): Promise<RunningSystem> {
  const infrastructure = await ensureInfrastructure({
    database: options.database ?? process.env.VOICEGRAPH_DATABASE ?? 'voicegraph',
  });
  const secret = process.env.VOICEGRAPH_JWT_SECRET ?? DEV_JWT_SECRET;
  const common = {
    KAFKA_BROKERS: infrastructure.brokers.join(','),
    VOICEGRAPH_JWT_SECRET: secret,
    LOG_LEVEL: options.logLevel ?? process.env.LOG_LEVEL ?? 'info',
    HOST: '127.0.0.1',
  };
  const services: ChildService[] = [];
  const stop = async () => {
    for (const service of [...services].reverse()) await service.stop();
    await infrastructure.stop();
  };
  try {
    const subgraphs = builtSubgraphs().map((name) =>
      spawnService(
        name,
        join(repoRoot(), 'services', name, 'dist', 'index.js'),
        { ...common, DATABASE_URL: infrastructure.serviceUrls[name], PORT: String(DEFAULT_PORTS[name]) },
        DEFAULT_PORTS[name],
      ),
    );
    services.push(...subgraphs);
    await Promise.all(subgraphs.map((service) => waitUntilReady(service)));
    const gatewayPort = options.gatewayPort ?? Number(process.env.GATEWAY_PORT ?? 4000);
    const subgraphUrls = Object.fromEntries(
      subgraphs.map((s) => [`SUBGRAPH_${s.name.toUpperCase()}_URL`, `${s.url}/graphql`]),
    );
    const gateway = spawnService(
      'gateway',
      join(repoRoot(), 'gateway', 'dist', 'index.js'),
      { ...common, ...subgraphUrls, GATEWAY_DATABASE_URL: infrastructure.gatewayUrl, PORT: String(gatewayPort) },
      gatewayPort,
    );
    services.push(gateway);
    await waitUntilReady(gateway);
    const board = startBoard({ ...common, BOARD_GATEWAY_URL: `${gateway.url}/graphql` });
    if (board) services.push(board);
    if (board) await waitUntilReady(board);
    return { infrastructure, services, gatewayUrl: `${gateway.url}/graphql`, boardUrl: board?.url ?? null, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The public board (web/), if built, on BOARD_PORT (4010): it reads the graph through the gateway. */
function startBoard(env: Record<string, string>): ChildService | null {
  const entry = join(repoRoot(), 'web', 'dist', 'board', 'index.js');
  if (!existsSync(entry)) return null;
  const port = Number(process.env.BOARD_PORT ?? 4010);
  return spawnService('board', entry, { ...env, PORT: String(port) }, port);
}
