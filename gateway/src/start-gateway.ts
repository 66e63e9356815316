import { randomUUID } from 'node:crypto';
import {
  actorFromAuthorizationHeader,
  closeServer,
  createHttpServer,
  createLogger,
  createTokenVerifier,
  listen,
  Logger,
} from '@voicegraph/platform';
import { GatewayConfig, loadGatewayConfig } from './config';
import { buildGateway, GatewayContext } from './server';

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
  logger: Logger;
}

/** Starts the gateway: verifies tokens itself, forwards them, serves /health and /ready. */
export async function startGateway(
  config: GatewayConfig = loadGatewayConfig(),
  logger = createLogger('gateway', config.logLevel),
): Promise<RunningGateway> {
  const apollo = buildGateway(config, logger);
  await apollo.start();
  const verify = createTokenVerifier(config.auth);
  let stopping = false;
  const server = createHttpServer<GatewayContext>({
    apollo,
    logger,
    context: async (req) => ({
      actor: await actorFromAuthorizationHeader(req.headers.authorization, verify),
      authorization: req.headers.authorization,
      requestId: String(req.headers['x-request-id'] ?? randomUUID()),
    }),
    readiness: { check: async () => ({ ready: !stopping, details: { supergraph: config.supergraphPath } }) },
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
    },
  };
}
