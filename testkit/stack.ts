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

/** A gateway in this process over running subgraphs (by name: any not given is left unset). */
export function startTestGateway(
  subgraphUrls: Partial<Record<SubgraphName, string>>,
  gatewayEnv: Record<string, string> = {},
): Promise<RunningGateway> {
  const urls = Object.entries(subgraphUrls).map(([name, url]) => [`SUBGRAPH_${name.toUpperCase()}_URL`, url]);
  return startGateway(loadGatewayConfig(testGatewayEnv({ ...Object.fromEntries(urls), ...gatewayEnv })));
}

/**
 * Starts subgraphs (definitions, or peers by name; real Postgres, real Kafka) and a gateway over
 * them, on free ports. If any part fails to start, the parts already started are stopped before
 * the error is thrown: a failed beforeAll has no handle to stop them with, and a consumer left
 * running past its test file makes Jest fail the run.
 */
export async function startStack(
  definitions: (ServiceDefinition | SubgraphName)[],
  options: StartOptions = {},
  gatewayEnv: Record<string, string> = {},
): Promise<{ services: RunningService[]; gateway: RunningGateway; stop(): Promise<void> }> {
  const services: RunningService[] = [];
  const stopServices = async () => {
    for (const service of [...services].reverse()) await service.stop();
  };
  try {
    for (const definition of definitions) services.push(await startTestService(definition, options));
    const gateway = await startTestGateway(Object.fromEntries(services.map((s) => [s.name, s.url])), gatewayEnv);
    return {
      services,
      gateway,
      async stop() {
        await gateway.stop();
        await stopServices();
      },
    };
  } catch (error) {
    await stopServices().catch(() => undefined); // the start error is the one worth reporting
    throw error;
  }
}

/**
 * Builds a world on a started stack; if building fails, stops the stack (and anything else in
 * `alsoStop`) before the error is thrown, for the same reason as startStack.
 */
export async function buildOnStack<T>(
  stack: { stop(): Promise<void> },
  build: () => Promise<T>,
  alsoStop: { stop(): Promise<void> }[] = [],
): Promise<T> {
  try {
    return await build();
  } catch (error) {
    for (const part of [...alsoStop, stack]) await part.stop().catch(() => undefined);
    throw error;
  }
}
