import { randomUUID } from 'node:crypto';
import { IncomingMessage, Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import { actorFromAuthorizationHeader, createTokenVerifier } from '../auth/verify-token';
import { loadServiceConfig, ServiceConfig } from '../config/service-config';
import { EventConsumer } from '../consumer/event-consumer';
import { KeepConsuming } from '../consumer/keep-consuming';
import { createDataSource, migrate } from '../db/create-data-source';
import { eventType, topicOf } from '../events/envelope';
import { eventSchemas } from '../events/schema-registry';
import { Loaders } from '../graphql/loaders';
import { createKafka } from '../kafka/create-kafka';
import { ensureTopics } from '../kafka/ensure-topics';
import { createLogger, Logger } from '../logging/logger';
import { watchOutbox } from '../metrics/outbox-gauges';
import { collectProcessMetrics } from '../metrics/registry';
import { OutboxRelay } from '../outbox/outbox-relay';
import { OutboxRow } from '../outbox/outbox-row';
import { buildSubgraphServer } from './build-subgraph-server';
import { RequestContext } from './context';
import { closeServer, createHttpServer, listen } from './http-server';
import { ServiceDefinition } from './service-definition';

export interface StartOptions {
  config?: ServiceConfig;
  logger?: Logger;
  /** Tests can run a service without its relay / consumers / jobs, or inject faults. */
  relay?: boolean;
  consumers?: boolean;
  jobs?: boolean;
  consumerGroupId?: string;
  relayAfterPublish?: (rows: OutboxRow[]) => Promise<void>;
}

export interface RunningService {
  name: string;
  url: string;
  port: number;
  config: ServiceConfig;
  dataSource: DataSource;
  apollo: ApolloServer<RequestContext>;
  relay?: OutboxRelay;
  /** Connects in the background; `connected` tells whether it has reached Kafka yet. */
  consumer?: KeepConsuming;
  logger: Logger;
  stop(): Promise<void>;
}

/**
 * Starts one subgraph: validated config, migrations, topics, outbox relay, consumers, jobs,
 * then the HTTP server. `stop()` shuts down in reverse and drains the relay and consumers.
 */
export async function startService(definition: ServiceDefinition, options: StartOptions = {}): Promise<RunningService> {
  const config = options.config ?? loadServiceConfig(definition.name);
  const logger = options.logger ?? createLogger(definition.name, config.logLevel);
  eventSchemas(); // fail fast if the event catalogue is missing or invalid
  const dataSource = createDataSource({
    url: config.databaseUrl,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    poolSize: config.databasePoolSize,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  await dataSource.initialize();
  const applied = await migrate(dataSource);
  if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
  collectProcessMetrics();
  const unwatchOutbox = watchOutbox(dataSource, definition.name);

  const kafka = createKafka(config.kafkaClientId, config.kafkaBrokers, logger);
  const consumes = definition.consumes ?? [];
  const topics = [...definition.produces.map(topicOf), ...consumes.map((c) => topicOf(c.event))];
  const useRelay = options.relay ?? true;
  const useConsumers = (options.consumers ?? true) && consumes.length > 0;
  if (useRelay)
    await ensureTopics(kafka, topics, { retention: config.topicRetention }).catch((error: Error) =>
      logger.warn({ err: error.message }, 'could not ensure Kafka topics yet; the relay will retry'),
    );

  const relay = useRelay
    ? new OutboxRelay({
        dataSource,
        databaseUrl: config.databaseUrl,
        schema: definition.name,
        kafka,
        logger: logger.child({ component: 'relay' }),
        batchSize: config.relayBatchSize,
        pollMs: config.relayPollMs,
        afterPublish: options.relayAfterPublish,
      })
    : undefined;
  await relay?.start();

  const consumerOptions = useConsumers
    ? {
        kafka,
        dataSource,
        schema: definition.name,
        logger: logger.child({ component: 'consumer' }),
        maxAttempts: config.consumerMaxAttempts,
        erasureKey: config.erasureKey,
        groupId: options.consumerGroupId ?? `voicegraph-${definition.name}`,
        topics: [...new Set(consumes.map((c) => topicOf(c.event)))],
        handlers: Object.fromEntries(consumes.map((c) => [eventType(c.event), c.handle])),
      }
    : undefined;
  const consumer = consumerOptions
    ? new KeepConsuming(kafka, topics, () => new EventConsumer(consumerOptions), logger, config.topicRetention)
    : undefined;
  consumer?.start();
  // Normally the consumer has joined its group before we report ready; with Kafka down we start anyway.
  if (consumer && !(await consumer.waitUntilConnected(15_000)))
    logger.warn('starting without Kafka: events will be consumed when it is reachable');

  const timers = ((options.jobs ?? true) ? (definition.jobs ?? []) : []).map((job) =>
    setInterval(() => {
      job
        .run({ dataSource, config, logger })
        .catch((error: Error) => logger.error({ job: job.name, err: error.message }, 'job failed'));
    }, job.everyMs),
  );

  const apollo = buildSubgraphServer(definition, logger, config.edge);
  await apollo.start();
  const verify = createTokenVerifier(config.auth);
  let stopping = false;
  const server: Server = createHttpServer<RequestContext>({
    apollo,
    logger,
    http: config.edge.http,
    // Subgraphs are called by the gateway, never by browsers: no origin is allowed.
    cors: { origins: [] },
    context: async (req: IncomingMessage) => {
      const actor = await actorFromAuthorizationHeader(req.headers.authorization, verify);
      return {
        actor,
        dataSource,
        loaders: new Loaders(),
        audit: new AuditTrail(actor),
        logger,
        config,
        requestId: String(req.headers['x-request-id'] ?? randomUUID()),
      };
    },
    readiness: {
      async check() {
        if (stopping) return { ready: false, details: { reason: 'shutting down' } };
        // Says what is wrong in words an operator can act on, never the driver's message (hosts, ports).
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
    },
  });
  const port = await listen(server, config.port, config.host);
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}/graphql`;
  logger.info({ url }, `${definition.name} subgraph ready`);

  return {
    name: definition.name,
    url,
    port,
    config,
    dataSource,
    apollo,
    relay,
    consumer,
    logger,
    async stop() {
      if (stopping) return;
      stopping = true;
      await closeServer(server);
      await apollo.stop();
      timers.forEach(clearInterval);
      await consumer?.stop();
      await relay?.stop();
      unwatchOutbox();
      await dataSource.destroy();
      logger.info(
        `${definition.name} subgraph stopped (outbox drained: ${relay ? relay.published : 0} events published this run)`,
      );
    },
  };
}
