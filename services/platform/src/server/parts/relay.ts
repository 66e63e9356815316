import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { ServiceConfig } from '../../config/service-config';
import { topicOf } from '../../events/envelope';
import { createDataSource } from '../../db/create-data-source';
import { ensureTopics } from '../../kafka/ensure-topics';
import { Logger } from '../../logging/logger';
import { OutboxRelay } from '../../outbox/outbox-relay';
import { OutboxRow } from '../../outbox/outbox-row';
import { ServiceDefinition } from '../service-definition';

export interface RelayParts {
  definition: ServiceDefinition;
  config: ServiceConfig;
  dataSource: DataSource;
  kafka: Kafka;
  logger: Logger;
  afterPublish?: (rows: OutboxRow[]) => Promise<void>;
}

/** Every topic the service writes or reads. */
export const topicsOf = (definition: ServiceDefinition): string[] => [
  ...definition.produces.map(topicOf),
  ...(definition.consumes ?? []).map((c) => topicOf(c.event)),
];

/** How the service's topics are declared: partitions, replication, in-sync replicas, retention. */
export const topicOptionsOf = (config: ServiceConfig) => ({ ...config.topics, retention: config.topicRetention });

/**
 * Ensures the service's topics (or warns: with Kafka down the relay retries) and starts the
 * outbox relay, which publishes what mutations enqueued.
 */
export async function startRelay(parts: RelayParts): Promise<OutboxRelay> {
  const { definition, config, logger } = parts;
  await ensureTopics(parts.kafka, topicsOf(definition), topicOptionsOf(config)).catch((error: Error) =>
    logger.warn({ err: error.message }, 'could not ensure Kafka topics yet; the relay will retry'),
  );
  // A connection of its own, not one of the request pool's: under write load every request of the
  // pool held a connection and dozens more waited for one, and the relay's claim of each batch
  // waited behind them (bench --only events: most of commit-to-consumer was the relay's share).
  const relayDataSource = createDataSource({
    url: config.databaseUrl,
    schema: definition.name,
    entities: [],
    migrations: [],
    poolSize: 1,
    ssl: config.databaseTls,
    statementTimeoutMs: config.statementTimeoutMs,
  });
  await relayDataSource.initialize();
  const relay = new OutboxRelay({
    dataSource: relayDataSource,
    ownsDataSource: true,
    databaseUrl: config.databaseUrl,
    databaseSsl: config.databaseTls,
    schema: definition.name,
    kafka: parts.kafka,
    logger: logger.child({ component: 'relay' }),
    batchSize: config.relayBatchSize,
    pollMs: config.relayPollMs,
    afterPublish: parts.afterPublish,
  });
  try {
    await relay.start();
  } catch (error) {
    await relayDataSource.destroy().catch(() => undefined); // its own pool: nobody else would close it
    throw error;
  }
  return relay;
}
