import { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { DataSource } from 'typeorm';
import { Registration } from '../auth/claims-check';
import { loadServiceConfig, ServiceConfig } from '../config/service-config';
import { KeepConsuming } from '../consumer/keep-consuming';
import { eventSchemas } from '../events/schema-registry';
import { createKafka } from '../kafka/create-kafka';
import { createLogger, Logger } from '../logging/logger';
import { watchOutbox } from '../metrics/outbox-gauges';
import { collectProcessMetrics } from '../metrics/registry';
import { OutboxRelay } from '../outbox/outbox-relay';
import { OutboxRow } from '../outbox/outbox-row';
import { buildSubgraphServer } from './build-subgraph-server';
import { RequestContext } from './context';
import { closeServer } from './http-server';
import { startConsumers } from './parts/consumers';
import { openDatabase } from './parts/database';
import { startHttp } from './parts/http';
import { startJobs } from './parts/jobs';
import { startRelay } from './parts/relay';
import { startTracing } from '../tracing/start-tracing';
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
  /** The registration this service knows for a person (what it checks token claims against), or null. */
  registrationOf(personId: string): Promise<Registration | null>;
  stop(): Promise<void>;
}

/**
 * Starts one subgraph: validated config, database and migrations, outbox relay, consumers, jobs,
 * the schema, then the HTTP server. `stop()` shuts down in reverse: in-flight requests finish,
 * then the consumers and the relay drain.
 */
export async function startService(definition: ServiceDefinition, options: StartOptions = {}): Promise<RunningService> {
  const config = options.config ?? loadServiceConfig(definition.name);
  const logger = options.logger ?? createLogger(definition.name, config.logLevel);
  const stopTracing = startTracing(definition.name); // OTLP only when an endpoint is configured
  eventSchemas(); // fail fast if the event catalogue is missing or invalid
  const dataSource = await openDatabase(definition, config, logger);
  collectProcessMetrics();
  const unwatchOutbox = watchOutbox(dataSource, definition.name);

  const kafka = createKafka(config.kafkaClientId, config.kafkaBrokers, logger, config.kafkaSecurity);
  const parts = { definition, config, dataSource, kafka, logger };
  const relay =
    (options.relay ?? true) ? await startRelay({ ...parts, afterPublish: options.relayAfterPublish }) : undefined;
  const consumes = (options.consumers ?? true) && (definition.consumes ?? []).length > 0;
  const consumer = consumes ? await startConsumers({ ...parts, groupId: options.consumerGroupId }) : undefined;
  const stopJobs = startJobs(
    (options.jobs ?? true) ? (definition.jobs ?? []) : [],
    dataSource,
    config,
    logger,
    definition.name,
  );

  const apollo = buildSubgraphServer(definition, logger, config.edge);
  await apollo.start();
  let stopping = false;
  const { server, port, url } = await startHttp({
    apollo,
    config,
    dataSource,
    logger,
    relay,
    consumer,
    stopping: () => stopping,
    service: definition.name,
  });
  logger.info({ url }, `${definition.name} subgraph ready`);

  const shutdown = { definition, logger, server, apollo, stopJobs, consumer, relay, unwatchOutbox, dataSource };
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
    registrationOf: (personId) => definition.claims.lookup(dataSource, personId),
    async stop() {
      if (stopping) return;
      stopping = true;
      await stopInReverse(shutdown);
      await stopTracing();
    },
  };
}

interface Started {
  definition: ServiceDefinition;
  logger: Logger;
  server: Server;
  apollo: ApolloServer<RequestContext>;
  stopJobs: () => void;
  consumer?: KeepConsuming;
  relay?: OutboxRelay;
  unwatchOutbox: () => void;
  dataSource: DataSource;
}

/** Stops taking requests and lets those in flight finish, then stops jobs, drains consumers and the relay, closes the pool. */
async function stopInReverse(started: Started): Promise<void> {
  await closeServer(started.server);
  await started.apollo.stop();
  started.stopJobs();
  await started.consumer?.stop();
  await started.relay?.stop();
  started.unwatchOutbox();
  await started.dataSource.destroy();
  const published = started.relay ? started.relay.published : 0;
  started.logger.info(
    `${started.definition.name} subgraph stopped (outbox drained: ${published} events published this run)`,
  );
}
