import { Kafka } from 'kafkajs';
import { DataSource } from 'typeorm';
import { ServiceConfig } from '../../config/service-config';
import { topicOf } from '../../events/envelope';
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

/**
 * Ensures the service's topics (or warns: with Kafka down the relay retries) and starts the
 * outbox relay, which publishes what mutations enqueued.
 */
export async function startRelay(parts: RelayParts): Promise<OutboxRelay> {
  const { definition, config, logger } = parts;
  await ensureTopics(parts.kafka, topicsOf(definition), { retention: config.topicRetention }).catch((error: Error) =>
    logger.warn({ err: error.message }, 'could not ensure Kafka topics yet; the relay will retry'),
  );
  const relay = new OutboxRelay({
    dataSource: parts.dataSource,
    databaseUrl: config.databaseUrl,
    schema: definition.name,
    kafka: parts.kafka,
    logger: logger.child({ component: 'relay' }),
    batchSize: config.relayBatchSize,
    pollMs: config.relayPollMs,
    afterPublish: parts.afterPublish,
  });
  await relay.start();
  return relay;
}
