import { RunningService, ServiceDefinition, StartOptions } from '@voicegraph/platform';
import { loadGatewayConfig } from '../gateway/src/config';
import { RunningGateway, startGateway } from '../gateway/src/start-gateway';
import { TEST_AUTH } from './config';
import { startTestService } from './service';
import { SubgraphName } from './subgraphs';

/**
 * The gateway's settings under test: free port, the test database's gateway role, the test
 * secret; the rate limit out of reach unless a test sets it (`gatewayEnv`).
 */
export function testGatewayEnv(extra: Record<string, string> = {}): Record<string, string | undefined> {
  return {
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    VOICEGRAPH_JWT_SECRET: TEST_AUTH.secret,
    GATEWAY_DATABASE_URL: process.env.VOICEGRAPH_TEST_GATEWAY_DATABASE_URL,
    VOICEGRAPH_RATE_LIMIT_REQUESTS: '1000000',
    ...extra,
  };
}

/** Starts subgraphs (definitions, or peers by name; real Postgres, real Kafka) and a gateway over them, on free ports. */
export async function startStack(
  definitions: (ServiceDefinition | SubgraphName)[],
  options: StartOptions = {},
  gatewayEnv: Record<string, string> = {},
): Promise<{ services: RunningService[]; gateway: RunningGateway; stop(): Promise<void> }> {
  const services: RunningService[] = [];
  for (const definition of definitions) services.push(await startTestService(definition, options));
  const urls = Object.fromEntries(services.map((s) => [`SUBGRAPH_${s.name.toUpperCase()}_URL`, s.url]));
  const gateway = await startGateway(loadGatewayConfig(testGatewayEnv({ ...urls, ...gatewayEnv })));
  return {
    services,
    gateway,
    async stop() {
      await gateway.stop();
      for (const service of services.reverse()) await service.stop();
    },
  };
}
