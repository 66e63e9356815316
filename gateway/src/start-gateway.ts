import { randomUUID } from 'node:crypto';
import {
  actorFromAuthorizationHeader,
  closeServer,
  collectProcessMetrics,
  createHttpServer,
  createLogger,
  createTokenVerifier,
  listen,
  Logger,
  startTracing,
} from '@voicegraph/platform';
import { gatewayMetrics } from './cluster-metrics';
import { GatewayConfig, loadGatewayConfig } from './config';
import { createRateLimiter } from './rate-limit';
import { buildGateway, GatewayContext } from './server';
import { subgraphReadiness } from './subgraph-readiness';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
  logger: Logger;
}

/** Starts the gateway: verifies tokens itself, forwards them, serves /health, /ready (which subgraphs answer) and /metrics. */
export async function startGateway(
  config: GatewayConfig = loadGatewayConfig(),
  logger = createLogger('gateway', config.logLevel),
): Promise<RunningGateway> {
  collectProcessMetrics();
  const stopTracing = startTracing('gateway'); // OTLP only when an endpoint is configured
  const apollo = buildGateway(config, logger);
  await apollo.start();
  const verify = createTokenVerifier(config.auth);
  const rateLimiter = await createRateLimiter(config.rateLimit, verify, logger);
  let stopping = false;
  const subgraphs = subgraphReadiness(config.subgraphUrls);
  const server = createHttpServer<GatewayContext>({
    apollo,
    logger,
    http: config.edge.http,
    limits: config.edge.limits,
    cors: config.edge.cors,
    admit: rateLimiter ? (req) => rateLimiter.admit(req) : undefined,
    context: async (req) => ({
      actor: await actorFromAuthorizationHeader(req.headers.authorization, verify),
      authorization: req.headers.authorization,
      requestId: String(req.headers['x-request-id'] ?? randomUUID()),
      idempotencyKey: [req.headers['idempotency-key']].flat()[0],
    }),
    readiness: {
      check: async () => (stopping ? { ready: false, details: { reason: 'shutting down' } } : subgraphs()),
    },
    metrics: gatewayMetrics(),
    service: 'gateway',
  });
  const port = await listen(server, config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/graphql`;
  logger.info({ url }, 'gateway ready');
  return {
    url,
    port,
    logger,
    async stop() {
      stopping = true;
      await closeServer(server);
      await apollo.stop();
      await rateLimiter?.stop();
      await stopTracing();
    },
  };
}
