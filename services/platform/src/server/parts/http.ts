import { randomUUID } from 'node:crypto';
import { IncomingMessage, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../../audit/audit-trail';
import { actorFromAuthorizationHeader, createTokenVerifier } from '../../auth/verify-token';
import { ServiceConfig } from '../../config/service-config';
import { KeepConsuming } from '../../consumer/keep-consuming';
import { Loaders } from '../../graphql/loaders';
import { Logger } from '../../logging/logger';
import { OutboxRelay } from '../../outbox/outbox-relay';
import { RequestContext } from '../context';
import { createHttpServer, listen, Readiness } from '../http-server';

export interface HttpParts {
  apollo: ApolloServer<RequestContext>;
  config: ServiceConfig;
  dataSource: DataSource;
  logger: Logger;
  relay?: OutboxRelay;
  consumer?: KeepConsuming;
  /** The service's name, for its spans. */
  service?: string;
  /** True once shutdown began: readiness then says so, so load balancers stop sending. */
  stopping: () => boolean;
}

/** The HTTP server (GraphQL, /health, /ready, /metrics), listening; its bound port and GraphQL URL. */
export async function startHttp(parts: HttpParts): Promise<{ server: Server; port: number; url: string }> {
  const { config } = parts;
  const server = createHttpServer<RequestContext>({
    apollo: parts.apollo,
    logger: parts.logger,
    http: config.edge.http,
    limits: config.edge.limits,
    // Subgraphs are called by the gateway, never by browsers: no origin is allowed.
    cors: { origins: [] },
    context: requestContext(parts),
    readiness: readiness(parts),
    service: parts.service,
  });
  const port = await listen(server, config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/graphql`;
  return { server, port, url };
}

/** Each request's context: the verified caller, fresh loaders and audit trail, a request id. */
function requestContext(parts: HttpParts): (req: IncomingMessage) => Promise<RequestContext> {
  const verify = createTokenVerifier(parts.config.auth);
  return async (req) => {
    const actor = await actorFromAuthorizationHeader(req.headers.authorization, verify);
    return {
      actor,
      dataSource: parts.dataSource,
      loaders: new Loaders(),
      audit: new AuditTrail(actor),
      logger: parts.logger,
      config: parts.config,
      requestId: String(req.headers['x-request-id'] ?? randomUUID()),
      idempotencyKey: firstHeader(req.headers['idempotency-key']),
    };
  };
}

/** Ready when the database answers; says what is wrong in words an operator can act on, never the driver's message (hosts, ports). */
function readiness({ dataSource, relay, consumer, stopping }: HttpParts): Readiness {
  return {
    async check() {
      if (stopping()) return { ready: false, details: { reason: 'shutting down' } };
      const database = await dataSource.query('SELECT 1').then(
        () => 'ok',
        () => 'unreachable',
      );
      return {
        ready: database === 'ok',
        details: {
          database,
          relay: relay ? (relay.healthy ? (relay.listening ? 'ok' : 'polling') : 'retrying') : 'off',
          consumer: consumer ? (consumer.connected ? 'ok' : 'connecting') : 'off',
        },
      };
    },
  };
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
