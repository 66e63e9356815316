import { RunningService, ServiceDefinition, StartOptions } from '@voicegraph/platform';
import { loadGatewayConfig } from '../gateway/src/config';
import { RunningGateway, startGateway } from '../gateway/src/start-gateway';
import { TEST_AUTH } from './config';
import { startTestService } from './service';
import { SubgraphName } from './subgraphs';

/** Starts subgraphs (definitions, or peers by name; real Postgres, real Kafka) and a gateway over them, on free ports. */
export async function startStack(
  definitions: (ServiceDefinition | SubgraphName)[],
  options: StartOptions = {},
): Promise<{ services: RunningService[]; gateway: RunningGateway; stop(): Promise<void> }> {
  const services: RunningService[] = [];
  for (const definition of definitions) services.push(await startTestService(definition, options));
  const urls = Object.fromEntries(services.map((s) => [`SUBGRAPH_${s.name.toUpperCase()}_URL`, s.url]));
  const gateway = await startGateway(
    loadGatewayConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      VOICEGRAPH_JWT_SECRET: TEST_AUTH.secret,
      ...urls,
    }),
  );
  return {
    services,
    gateway,
    async stop() {
      await gateway.stop();
      for (const service of services.reverse()) await service.stop();
    },
  };
}
