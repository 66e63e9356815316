import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { DEV_JWT_SECRET, SERVICE_NAMES, ServiceName, signDevToken } from '@voicegraph/platform';
import { repoRoot } from '@voicegraph/tools/dist/infra';
import { CITY_ANALYST } from '@voicegraph/tools/dist/scale/city-model';
import { ChildService, spawnService } from '@voicegraph/tools/dist/system/child-service';
import { waitForGraphQL } from './system';

/** The generator's ids are the md5 of a key with UUID version and variant digits (tools/src/scale/city-model.ts). */
export const md5Uuid = (key: string): string =>
  createHash('md5')
    .update(key)
    .digest('hex')
    .replace(/^(.{12}).(.{3}).(.{15})$/, '$14$28$3')
    .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');

/** The generated city's partnership. */
export const CITY_PARTNERSHIP = md5Uuid('city:partnership');

export interface CityGraph {
  /** The gateway's GraphQL endpoint. */
  url: string;
  /** A token of the city's registered analyst (the services refuse one for a stranger). */
  analystToken: string;
  stop(): Promise<void>;
}

/**
 * The gateway over the four analytics subgraphs on a generated city (`npm run seed:scale`): no
 * relay, consumers or jobs, so only the questions asked use the machine.
 */
export async function startCityGraph(
  label: string,
  databaseUrlOf: (name: ServiceName) => string,
  /** The gateway's port; the subgraphs take the next four. */
  basePort: number,
  gatewayEnv: Record<string, string> = {},
): Promise<CityGraph> {
  const PORTS = {
    gateway: basePort,
    ...Object.fromEntries(SERVICE_NAMES.map((name, i) => [name, basePort + 1 + i])),
  } as Record<ServiceName | 'gateway', number>;
  const secret = process.env.VOICEGRAPH_JWT_SECRET ?? DEV_JWT_SECRET;
  const common = {
    VOICEGRAPH_JWT_SECRET: secret,
    LOG_LEVEL: 'warn',
    HOST: '127.0.0.1',
    KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:19092',
  };
  const children: ChildService[] = [];
  const stop = async () => {
    for (const child of [...children].reverse()) await child.stop();
  };
  try {
    for (const name of SERVICE_NAMES) {
      const env = { ...common, BENCH_SERVICE: name, DATABASE_URL: databaseUrlOf(name), PORT: String(PORTS[name]) };
      children.push(spawnService(`${label}-${name}`, join(__dirname, 'analytics-subgraph.js'), env, PORTS[name]));
    }
    await Promise.all(children.map((child) => waitForGraphQL(`${child.url}/graphql`, child)));
    const subgraphUrls = Object.fromEntries(
      SERVICE_NAMES.map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, `http://127.0.0.1:${PORTS[name]}/graphql`]),
    );
    const gatewayScript = join(repoRoot(), 'gateway', 'dist', 'index.js');
    const env = { ...common, ...subgraphUrls, PORT: String(PORTS.gateway), ...gatewayEnv };
    const gateway = spawnService(`${label}-gateway`, gatewayScript, env, PORTS.gateway);
    children.push(gateway);
    await waitForGraphQL(`${gateway.url}/graphql`, gateway);
    const analystToken = await signDevToken(
      { secret, issuer: 'voicegraph', audience: 'voicegraph' },
      { sub: CITY_ANALYST, roles: ['ANALYST'], partnership: CITY_PARTNERSHIP },
    );
    return { url: `${gateway.url}/graphql`, analystToken, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
